package org.wenshu.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * A usage mistake in the user's language: what was wrong in plain words, the usage line of the
 * command it was made in and where its help is; exit 2. picocli's own messages are English
 * sentences, so each kind of parse error is described here from the exception's facts (the
 * unmatched argument, the missing option, the rejected value) rather than its message. A
 * {@link ParameterException} a command throws itself already carries a message in the user's
 * language and is printed as it is.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    /** Wide enough that picocli never wraps the synopsis: the usage line is one line. */
    private static final int UNWRAPPED = 1000;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        ProgressOption.stopIn(command);
        ResourceBundle bundle = command.getResourceBundle();
        PrintWriter err = command.getErr();
        err.println(CliLanguage.format(bundle, "error.usage", describe(ex, List.of(args), bundle)));
        err.println(usageLine(command));
        err.println(CliLanguage.format(bundle, "error.seeHelp", command.getCommandSpec().qualifiedName()));
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** What was wrong, in one sentence. */
    static String describe(ParameterException ex, List<String> args, ResourceBundle bundle) {
        CommandLine command = ex.getCommandLine();
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            String hint = unmatched.getSuggestions().isEmpty() ? ""
                    : CliLanguage.format(bundle, "error.didYouMean", unmatched.getSuggestions().get(0));
            if (first.startsWith("-") && first.length() > 1) {
                return CliLanguage.format(bundle, "error.unknownOption", first) + hint;
            }
            Map<String, CommandLine> subcommands = command.getSubcommands();
            if (!subcommands.isEmpty() && command.getCommandSpec().positionalParameters().isEmpty()) {
                return CliLanguage.format(bundle, "error.unknownSubcommand", first,
                        String.join(bundle.getString("error.listSeparator"), subcommands.keySet())) + hint;
            }
            return CliLanguage.format(bundle, "error.unexpectedArgument", first);
        }
        // picocli checks required options before it complains of an unknown one, but a misspelt
        // option is the likelier cause of both: name it first.
        String unknown = unknownOption(command, args);
        if (unknown != null && !(ex instanceof CommandLine.UnmatchedArgumentException)) {
            List<String> suggestions = new CommandLine.UnmatchedArgumentException(command, List.of(unknown)).getSuggestions();
            return CliLanguage.format(bundle, "error.unknownOption", unknown)
                    + (suggestions.isEmpty() ? "" : CliLanguage.format(bundle, "error.didYouMean", suggestions.get(0)));
        }
        String topic = unknownHelpTopic(command, args);
        if (topic != null) {
            return CliLanguage.format(bundle, "error.unknownSubcommand", topic,
                    String.join(bundle.getString("error.listSeparator"), command.getSubcommands().keySet()));
        }
        if (ex instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            if (arg instanceof OptionSpec option) {
                boolean given = args.stream().anyMatch(a -> Arrays.stream(option.names())
                        .anyMatch(name -> a.equals(name) || a.startsWith(name + "=")));
                return given ? CliLanguage.format(bundle, "error.missingValue", option.longestName())
                        : CliLanguage.format(bundle, "error.missingOption", label(option));
            }
            return CliLanguage.format(bundle, "error.missingParameter", missing.getMissing().stream()
                    .map(UsageErrorHandler::label).collect(Collectors.joining(" ")));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException overwritten) {
            ArgSpec arg = overwritten.getOverwritten();
            return CliLanguage.format(bundle, "error.repeatedOption",
                    arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel());
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return CliLanguage.format(bundle, "error.tooManyValues", String.join(" ", args));
        }
        if (ex.getClass() == ParameterException.class && ex.getArgSpec() != null && ex.getValue() != null) {
            return badValue(ex.getArgSpec(), ex.getValue(), bundle);
        }
        if (ex.getClass() == ParameterException.class && ex.getArgSpec() == null) {
            return ex.getMessage();
        }
        return CliLanguage.format(bundle, "error.badArguments", String.join(" ", args));
    }

    /**
     * The first argument that looks like an option (up to {@code --}) but is no option of the command
     * or its parents, or null.
     */
    private static String unknownOption(CommandLine command, List<String> args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return null;
            }
            if (arg.length() > 1 && arg.startsWith("-") && !Character.isDigit(arg.charAt(1))) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                boolean known = false;
                for (CommandLine c = command; c != null && !known; c = c.getParent()) {
                    known = c.getCommandSpec().findOption(name) != null || isShortOptionCluster(c, name);
                }
                if (!known) {
                    return name;
                }
            }
        }
        return null;
    }

    /** {@code wenshu help NAME} where NAME is no subcommand: NAME, else null. */
    private static String unknownHelpTopic(CommandLine command, List<String> args) {
        int help = -1;
        for (int i = 0; i < args.size() && help < 0; i++) {
            CommandLine sub = command.getSubcommands().get(args.get(i));
            help = sub != null && sub.getCommand() instanceof CommandLine.HelpCommand ? i : -1;
        }
        return help < 0 ? null : args.subList(help + 1, args.size()).stream()
                .filter(a -> !a.startsWith("-") && !command.getSubcommands().containsKey(a)).findFirst().orElse(null);
    }

    /** {@code -hV}: several one-letter options in one argument. */
    private static boolean isShortOptionCluster(CommandLine command, String arg) {
        return !arg.startsWith("--") && arg.length() > 2 && arg.substring(1).chars()
                .allMatch(c -> command.getCommandSpec().findOption((char) c) != null);
    }

    /** A value picocli could not convert to the option's type. */
    private static String badValue(ArgSpec arg, String value, ResourceBundle bundle) {
        String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
        Class<?>[] elements = arg.auxiliaryTypes();
        Class<?> type = arg.isMultiValue() && elements.length > 0 ? elements[elements.length - 1] : arg.type();
        if (Map.class.isAssignableFrom(arg.type()) && !value.contains("=")) {
            return CliLanguage.format(bundle, "error.badKeyValue", name, value, arg.paramLabel());
        }
        if (type.isEnum()) {
            String choices = Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(bundle.getString("error.listSeparator")));
            return CliLanguage.format(bundle, "error.badChoice", name, value, choices);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return CliLanguage.format(bundle, "error.badNumber", name, value);
        }
        return CliLanguage.format(bundle, "error.badValue", name, value);
    }

    /** {@code --template=NAME} for an option, {@code FILE} for a positional parameter. */
    private static String label(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.typeInfo().isBoolean() ? option.longestName() : option.longestName() + "=" + option.paramLabel();
        }
        return ((PositionalParamSpec) arg).paramLabel();
    }

    /** The command's synopsis after its localized heading, on one line. */
    static String usageLine(CommandLine command) {
        command.getCommandSpec().usageMessage().width(UNWRAPPED);
        CommandLine.Help help = command.getHelp();
        String heading = help.synopsisHeading().stripLeading();
        return heading + help.synopsis(0).strip();
    }
}
