package org.wenshu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wenshu} command line. */
@Command(name = "wenshu", mixinStandardHelpOptions = true, version = "wenshu 0.1.0",
        description = "文书：把各单位报送的材料整理成汇编、总结、简报、公文和提纲。",
        subcommands = {ParseCommand.class, RenderCommand.class, BuildCommand.class, FontsCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Flying Saucer logs through SLF4J; without a binding SLF4J warns on every run. Quiet unless asked.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        // POI logs through Log4j API, which complains on stderr when no backend is present.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 success, 1 bad input, 2 usage error. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(Main::usageError);
        return commandLine.execute(args);
    }

    /** A usage mistake: one line saying what is wrong and where the help is; exit 2. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        command.getErr().println("wenshu: 用法错误：" + ex.getMessage() + "（详见 " + name + " --help）");
        return 2;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定子命令，例如 wenshu parse FILE");
    }
}
