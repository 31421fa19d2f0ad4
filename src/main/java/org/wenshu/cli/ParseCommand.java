package org.wenshu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wenshu.DocumentWorker;
import org.wenshu.Wenshu;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wenshu parse [--format json|outline] FILE...}: prints the section model of each file. */
@Command(name = "parse", mixinStandardHelpOptions = true)
final class ParseCommand implements Callable<Integer> {
    enum Format { json, outline }

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT")
    Format format;

    @Option(names = "--debug")
    boolean debug;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    List<Path> files;

    @CommandLine.Mixin
    StandardInputOption standardInputOption;

    @CommandLine.Mixin
    ProgressOption progressOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Wenshu.StandardInput stdin = standardInputOption.standardInput(files, System.in);
        Progress progress = progressOption.startReading(files.size());
        Wenshu.Batch batch = Wenshu.standard().parseAll(files, DocumentWorker.standard(), stdin, path -> progress.fileRead());
        progress.close();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!batch.documents().isEmpty()) {
            out.print(format == Format.json
                    ? new DocumentJson(spec.resourceBundle()).write(batch.documents()) + "\n"
                    : new OutlineText(spec.resourceBundle()).write(batch.documents()));
            out.flush();
        }
        if (format == Format.json) {
            // the JSON holds the diagnostics for programs; a person piping it to a file still sees
            // the warnings and removals on stderr, as render prints them (the outline shows them inline)
            DiagnosticPrinter printer = new DiagnosticPrinter(err, spec.resourceBundle());
            batch.documents().forEach(printer::print);
            printer.finish();
        }
        for (Wenshu.Failure failure : batch.failures()) {
            err.println("wenshu: " + CliLanguage.message(spec.resourceBundle(), failure.error()));
            if (debug) {
                failure.error().printStackTrace(err);
            }
        }
        err.flush();
        if (out.checkError() || System.out.checkError()) {
            err.println("wenshu: " + CliLanguage.format(spec.resourceBundle(), "output.cannotWrite",
                    spec.resourceBundle().getString("output.parseResults")));
            err.flush();
            return 1;
        }
        return batch.failures().isEmpty() ? 0 : 1;
    }
}
