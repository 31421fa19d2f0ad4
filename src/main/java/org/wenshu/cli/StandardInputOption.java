package org.wenshu.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.wenshu.Wenshu;
import org.wenshu.ingest.Ingest;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code -} among a command's files reads the source from standard input; {@code --from FORMAT}
 * says what it is when its first bytes do not (Markdown), else the format is told from them.
 */
final class StandardInputOption {

    String format;

    /** The command this option is mixed into. */
    CommandSpec command;

    /** This option's model, mixed into {@code mixee}'s (see {@link CommandModel}). */
    CommandSpec model(CommandSpec mixee) {
        command = mixee;
        CommandSpec mixin = CommandModel.mixin(this);
        mixin.addOption(CommandModel.option(OptionSpec.builder("--from").paramLabel("FORMAT"), String.class,
                () -> format, v -> format = (String) v));
        return mixin;
    }

    /**
     * Standard input for {@link Wenshu#parseAll(List, org.wenshu.DocumentWorker, Wenshu.StandardInput)},
     * or null when no file is {@code -}. {@code -} twice, or a format wenshu does not read, is a usage error.
     */
    Wenshu.StandardInput standardInput(List<Path> files, InputStream in) {
        if (format != null && !Ingest.FORMATS.contains(format)) {
            throw new CommandLine.ParameterException(command.commandLine(), CliLanguage.format(command.resourceBundle(),
                    "error.badChoice", "--from", format,
                    String.join(command.resourceBundle().getString("error.listSeparator"), Ingest.FORMATS)));
        }
        long dashes = files.stream().filter(Wenshu.STANDARD_INPUT::equals).count();
        if (dashes > 1) {
            throw new CommandLine.ParameterException(command.commandLine(), command.resourceBundle().getString("error.stdinTwice"));
        }
        return dashes == 0 ? null : new Wenshu.StandardInput(in, format);
    }
}
