package org.wenshu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --quiet} option of a command that shows a {@link Progress} line, and that line while the
 * command runs. The error handlers wipe it ({@link #stopIn}) before they print, so an error never
 * lands on the end of a progress line.
 */
final class ProgressOption {

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandSpec command;

    private Progress progress;

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
