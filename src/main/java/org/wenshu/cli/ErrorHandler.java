package org.wenshu.cli;

import org.wenshu.model.WenshuException;
import picocli.CommandLine;

/** User mistakes print one line and exit 1; anything else is a bug and shows its stack trace. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        ProgressOption.stopIn(commandLine);
        boolean debug = parseResult.originalArgs().contains("--debug");
        if (ex instanceof WenshuException) {
            commandLine.getErr().println("wenshu: " + CliLanguage.message(commandLine.getResourceBundle(), (WenshuException) ex));
            if (debug) {
                ex.printStackTrace(commandLine.getErr());
            }
            return 1;
        }
        commandLine.getErr().println(CliLanguage.format(commandLine.getResourceBundle(), "error.internal", ex));
        ex.printStackTrace(commandLine.getErr());
        return 3;
    }
}
