package org.wenshu.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.wenshu.render.OutputFormats;
import picocli.CommandLine;

/**
 * The {@code wenshu} command line. Every text around the commands' own output (help, usage errors)
 * comes from the resource bundle {@code org/wenshu/cli/Messages*.properties} in the language
 * {@link CliLanguage} reads from the locale.
 */
public final class Main implements Runnable {
    /**
     * Every subcommand by name, in the order help lists them: one line registers a command. picocli
     * builds a command's model (options, help texts) when it is added; a call naming one of the
     * commands below first ({@code wenshu render …}) adds only that one. The others ({@code help},
     * {@code completion}, no or an unknown subcommand, {@code --help}) see all. The models are
     * built in code ({@link CommandModel}); only picocli's own {@code help} is read from its annotations.
     */
    private static final Map<String, Function<OutputFormats, Object>> COMMANDS = commands();

    /** Commands that need the whole tree (help pages and completion scripts list every command). */
    private static final Set<String> NEED_ALL = Set.of("help", "completion");

    private static Map<String, Function<OutputFormats, Object>> commands() {
        Map<String, Function<OutputFormats, Object>> commands = new LinkedHashMap<>();
        commands.put("parse", formats -> new ParseCommand().model());
        commands.put("render", formats -> new RenderCommand(formats).model());
        commands.put("build", formats -> new BuildCommand(formats).model());
        commands.put("check", formats -> new CheckCommand(formats).model());
        commands.put("gallery", formats -> new GalleryCommand(formats).model());
        commands.put("fonts", formats -> new FontsCommand().model());
        commands.put("bench", formats -> new BenchCommand().model());
        commands.put("serve", formats -> new ServeCommand().model());
        commands.put("completion", formats -> new CompletionCommand().model());
        commands.put("help", formats -> CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(commands);
    }

    /** The Log4j API simple logger's level: read from a system property, not from log4j2.component.properties. */
    private static final String SIMPLE_LOG_LEVEL = "org.apache.logging.log4j.simplelog.level";

    private CommandLine.Model.CommandSpec spec;

    /** The top command's picocli model ({@link CommandModel}). */
    private CommandLine.Model.CommandSpec model() {
        spec = CommandModel.command("wenshu", this);
        return CommandModel.withStandardHelp(spec);
    }

    public static void main(String[] args) {
        quietLibraryLogging(java.util.Arrays.asList(args).contains("--debug"));
        System.exit(run(args));
    }

    /**
     * POI logs through the Log4j API and PDFBox through commons-logging, which hands over to the same
     * API; wenshu ships no Log4j backend, so the API's simple logger prints to stderr. A damaged PDF
     * gives hundreds of its ERROR lines and stack traces beside wenshu's one-line error: they are
     * shown with {@code --debug} only. Must run before the first logger is made (the level is read once).
     */
    static void quietLibraryLogging(boolean debug) {
        // without a backend the API would also warn on stderr that it found none
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty(SIMPLE_LOG_LEVEL) == null) {
            System.setProperty(SIMPLE_LOG_LEVEL, debug ? "ERROR" : "OFF");
        }
    }

    /** Runs the command line in the language of the environment's locale and returns its exit code. */
    public static int run(String... args) {
        return run(CliLanguage.fromEnvironment(System.getenv()), args);
    }

    /** Runs the command line in {@code language}: exit 0 success, 1 bad input, 2 usage error. */
    static int run(CliLanguage language, String... args) {
        return run(language, OutputFormats.standard(), args);
    }

    /** Runs the command line in {@code language}, writing the output formats {@code formats} holds. */
    static int run(CliLanguage language, OutputFormats formats, String... args) {
        CommandLine commandLine = commandLine(formats, args);
        commandLine.setResourceBundle(language.bundle());
        VersionInfo version = new VersionInfo(language.bundle());
        setVersion(commandLine, version);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine.execute(args);
    }

    /**
     * The command tree for {@code args}: the top command with only the subcommand {@code args} start
     * with when that is enough to run them, else with every subcommand.
     */
    static CommandLine commandLine(OutputFormats formats, String... args) {
        CommandLine commandLine = new CommandLine(new Main().model());
        String first = args.length == 0 ? "" : args[0];
        if (COMMANDS.containsKey(first) && !NEED_ALL.contains(first)) {
            commandLine.addSubcommand(first, COMMANDS.get(first).apply(formats));
        } else {
            COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.apply(formats)));
        }
        return commandLine;
    }

    /** Every command's {@code --version} prints the same. */
    private static void setVersion(CommandLine command, CommandLine.IVersionProvider version) {
        command.getCommandSpec().versionProvider(version);
        command.getSubcommands().values().forEach(sub -> setVersion(sub, version));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), CliLanguage.format(spec.resourceBundle(),
                "error.noSubcommand", String.join(" | ", spec.subcommands().keySet())));
    }
}
