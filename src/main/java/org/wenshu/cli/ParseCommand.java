package org.wenshu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wenshu.DocumentWorker;
import org.wenshu.Wenshu;
import picocli.CommandLine;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code wenshu parse [--format json|outline] FILE...}: prints the section model of each file. */
final class ParseCommand implements Callable<Integer> {
    enum Format { json, outline }

    Format format;
    boolean debug;
    List<Path> files;
    final StandardInputOption standardInputOption = new StandardInputOption();
    final ProgressOption progressOption = new ProgressOption();
    CommandLine.Model.CommandSpec spec;

    /** The command's picocli model ({@link CommandModel}). */
    @SuppressWarnings("unchecked")
    CommandLine.Model.CommandSpec model() {
        spec = CommandModel.command("parse", this);
        spec.addOption(CommandModel.option(OptionSpec.builder("--format").defaultValue("json").paramLabel("FORMAT"), Format.class,
                () -> format, v -> format = (Format) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--debug"), boolean.class, () -> debug, v -> debug = (Boolean) v));
        spec.addPositional(CommandModel.positional(PositionalParamSpec.builder().required(true).arity("1..*").paramLabel("FILE").descriptionKey("files")
                .auxiliaryTypes(Path.class), List.class, () -> files, v -> files = (List<Path>) v));
        spec.addMixin("standardInputOption", standardInputOption.model(spec));
        spec.addMixin("progressOption", progressOption.model(spec));
        return CommandModel.withStandardHelp(spec);
    }

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
