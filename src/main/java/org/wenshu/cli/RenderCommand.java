package org.wenshu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wenshu.DocumentWorker;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;
import org.wenshu.model.WenshuException;
import org.wenshu.render.OutputFormats;
import org.wenshu.render.OutputWriter;
import org.wenshu.render.PendingFiles;
import org.wenshu.render.RenderSetup;
import org.wenshu.render.RenderedDocument;
import org.wenshu.render.ReportRenderer;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.template.TemplateSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wenshu render --template NAME [--to pdf,docx,html] [-o DIR] [--set k=v]... FILE...}:
 * parses each file and renders every document in it through the template.
 */
@Command(name = "render", mixinStandardHelpOptions = true)
final class RenderCommand implements Callable<Integer> {
    private final OutputFormats outputFormats;

    RenderCommand(OutputFormats outputFormats) {
        this.outputFormats = outputFormats;
    }

    @Option(names = "--template", required = true, paramLabel = "NAME")
    String template;

    @Option(names = "--to", split = ",", defaultValue = "pdf,docx", paramLabel = "FORMAT",
            completionCandidates = CommandFactory.FormatNames.class)
    List<String> formats;

    @Option(names = {"-o", "--output"}, defaultValue = "out", paramLabel = "DIR")
    Path outputDirectory;

    @Option(names = "--set", paramLabel = "KEY=VALUE")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--font", paramLabel = "ROLE=FILE")
    Map<String, String> fonts = new LinkedHashMap<>();

    @Option(names = "--debug")
    boolean debug;

    @Option(names = "--strict")
    boolean strict;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    List<Path> files;

    @CommandLine.Mixin
    ProgressOption progressOption;

    @CommandLine.Mixin
    StandardInputOption standardInputOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (outputDirectory.toString().isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), spec.resourceBundle().getString("error.emptyOutput"));
        }
        for (String key : settings.keySet()) {
            if (key.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), spec.resourceBundle().getString("error.emptySetKey"));
            }
        }
        Wenshu.StandardInput stdin = standardInputOption.standardInput(files, System.in);
        for (String format : formats) {
            if (outputFormats.find(format).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), CliLanguage.format(spec.resourceBundle(),
                        "error.badChoice", "--to", format,
                        String.join(spec.resourceBundle().getString("error.listSeparator"), outputFormats.names())));
            }
        }
        List<OutputWriter> wanted = outputFormats.choose(formats);
        RenderSetup setup = RenderSetup.resolve(template, Path.of(""), fonts, settings,
                RenderSetup.createdAt(System.getenv("SOURCE_DATE_EPOCH")), new FontCache());
        ReportRenderer renderer = setup.renderer();
        DocumentWorker worker = DocumentWorker.standard();
        List<org.wenshu.model.Wording> settingProblems = TemplateSettings.of(setup.folder()).problems(settings);
        // what a run killed while writing left behind goes now; what this run is writing goes if it is killed
        return PendingFiles.writingInto(outputDirectory,
                pending -> renderAll(settingProblems, renderer, wanted, worker, pending, stdin));
    }

    private int renderAll(List<org.wenshu.model.Wording> settingProblems, ReportRenderer renderer, List<OutputWriter> wanted,
                          DocumentWorker worker, PendingFiles pending, Wenshu.StandardInput stdin) {
        Progress progress = progressOption.start(files.size());
        PrintWriter out = progress.guard(spec.commandLine().getOut());
        PrintWriter err = progress.guard(spec.commandLine().getErr());
        java.util.ResourceBundle bundle = spec.resourceBundle();
        DiagnosticPrinter printer = new DiagnosticPrinter(err, bundle);
        settingProblems.forEach(problem -> printer.warn("--set", "unknown-setting", problem));
        int failed = 0;
        OutputNames names = new OutputNames();
        renderer.prepare(wanted);
        // all files at once, so that the same article sent twice is found (duplicate-source)
        Wenshu.Batch batch = Wenshu.standard().parseAll(files, worker, stdin, path -> progress.fileRead());
        for (Wenshu.Failure failure : batch.failures()) {
            err.println("wenshu: " + CliLanguage.message(bundle, failure.error()));
            if (debug) {
                failure.error().printStackTrace(err);
            }
            failed++;
        }
        try (org.wenshu.AheadPool ahead = org.wenshu.AheadPool.forThisMachine()) {
            // every document starts as soon as a core is free; results are taken in input order
            List<Job> jobs = new ArrayList<>();
            for (Path file : files) {
                List<Document> documents = batch.documents().stream()
                        .filter(d -> d.source().equals(file.toString())).toList();
                for (int i = 0; i < documents.size(); i++) {
                    Document document = documents.get(i);
                    String wantedBase = baseName(file) + (documents.size() > 1 ? String.format("-%02d", i + 1) : "");
                    // each document is laid out under the same limits as it was read
                    jobs.add(new Job(file, document, wantedBase,
                            ahead.submit(ReportRenderer.layoutHeap(document), () -> worker.run("", () -> renderer.render(document, wanted)))));
                }
            }
            for (Job job : jobs) {
                failed += write(job, wanted, pending, names, printer, progress, out, err);
            }
        }
        progress.close();
        out.flush();
        printer.finish();
        return failed == 0 && !(strict && printer.warnings() > 0) ? 0 : 1;
    }

    /** One document of the call, submitted for layout. */
    private record Job(Path file, Document document, String wantedBase, org.wenshu.AheadPool.Pending<RenderedDocument> rendering) {
    }

    /** Prints the job's diagnostics and writes its outputs; the number of failures (0 when all went well). */
    private int write(Job job, List<OutputWriter> wanted, PendingFiles pending, OutputNames names,
                      DiagnosticPrinter printer, Progress progress, PrintWriter out, PrintWriter err) {
        java.util.ResourceBundle bundle = spec.resourceBundle();
        Path file = job.file();
        String wantedBase = job.wantedBase();
        printer.print(job.document());
        RenderedDocument rendered;
        try {
            rendered = job.rendering().get();
            progress.documentLaidOut();
        } catch (RuntimeException e) {
            // One document that cannot be rendered does not stop the others.
            String reason = e instanceof WenshuException ? CliLanguage.message(bundle, e)
                    : CliLanguage.format(bundle, "output.layoutFailed", e);
            err.println("wenshu: " + CliLanguage.format(bundle, "output.fileError", file,
                    String.valueOf(reason).replaceAll("\\s*\\R\\s*", " ")));
            if (debug) {
                e.printStackTrace(err);
            }
            return 1;
        }
        printer.print(file.toString(), rendered.diagnostics());
        String base = names.claim(wantedBase);
        int[] failed = {0};
        List<String> written = OutputFiles.write(rendered, wanted, outputDirectory, base, pending, e -> {
            err.println("wenshu: " + CliLanguage.format(bundle, "output.fileError", file, CliLanguage.message(bundle, e)));
            if (debug) {
                e.printStackTrace(err);
            }
            failed[0]++;
        });
        if (written.isEmpty()) {
            return failed[0];
        }
        progress.pagesWritten(rendered.pdfPages());
        out.println(String.join("  ", written)
                + (rendered.pdfPages() > 0 ? "  " + CliLanguage.format(bundle, "output.pages", rendered.pdfPages()) : "")
                + (base.equals(wantedBase) ? "" : "  " + CliLanguage.format(bundle, "output.renamed", file, wantedBase, base)));
        return failed[0];
    }

    private static String baseName(Path file) {
        if (file.equals(Wenshu.STANDARD_INPUT)) {
            return "stdin";
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
