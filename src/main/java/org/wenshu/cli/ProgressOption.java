package org.wenshu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --quiet} option of a command that shows a {@link Progress} line, and that line while the
 * command runs. The error handlers wipe it ({@link #stopIn}) before they print, so an error never
 * lands on the end of a progress line.
 */
final class ProgressOption {

    boolean quiet;

    /** The command this option is mixed into. */
    CommandSpec command;

    private Progress progress;

    /** This option's model, mixed into {@code mixee}'s (see {@link CommandModel}). */
    CommandSpec model(CommandSpec mixee) {
        command = mixee;
        CommandSpec mixin = CommandModel.mixin(this);
        mixin.addOption(CommandModel.option(OptionSpec.builder("-q", "--quiet"), boolean.class, () -> quiet, v -> quiet = (Boolean) v));
        return mixin;
    }

    /** Starts the progress line of a command that will read {@code files} files (0: not known), lay out and write. */
    Progress start(int files) {
        progress = Progress.onStandardError(command.commandLine().getErr(), command.resourceBundle(), quiet, files, true);
        return progress;
    }

    /** Starts the progress line of a command that only reads {@code files} files (0: not known): parse, check, bench. */
    Progress startReading(int files) {
        progress = Progress.onStandardError(command.commandLine().getErr(), command.resourceBundle(), quiet, files, false);
        return progress;
    }

    /** Stops and wipes the progress line of {@code commandLine}'s command, if it has one running. */
    static void stopIn(CommandLine commandLine) {
        for (CommandSpec mixin : commandLine.getCommandSpec().mixins().values()) {
            if (mixin.userObject() instanceof ProgressOption option && option.progress != null) {
                option.progress.close();
            }
        }
    }
}
