package org.wenshu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wenshu.DocumentWorker;
import org.wenshu.Wenshu;
import org.wenshu.assemble.Assembler;
import org.wenshu.assemble.DuplicateDetector;
import org.wenshu.assemble.JobFile;
import org.wenshu.assemble.JobFileReader;
import org.wenshu.assemble.ReportKinds;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Report;
import org.wenshu.model.WenshuException;
import org.wenshu.render.OutputFormats;
import org.wenshu.render.OutputWriter;
import org.wenshu.render.PendingFiles;
import org.wenshu.render.RenderSetup;
import org.wenshu.render.RenderedDocument;
import org.wenshu.render.ReportRenderer;
import org.wenshu.render.fonts.FontCache;
import picocli.CommandLine;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code wenshu build JOB.yaml [-o DIR] [--strict]}: reads a job file, assembles the report it asks
 * for from its sources and writes the outputs it names. Nothing is written when the job file or a
 * source is wrong. It shares {@code render}'s machinery: each source is read, and the report laid
 * out, on a {@link DocumentWorker} under its limits; outputs are written through
 * {@link PendingFiles} (whole or not at all, stale temporary files removed, removed on SIGTERM);
 * the sources' warnings and removals are printed by {@link DiagnosticPrinter}.
 */
final class BuildCommand implements Callable<Integer> {
    private final OutputFormats outputFormats;

    BuildCommand(OutputFormats outputFormats) {
        this.outputFormats = outputFormats;
    }

    Path job;
    Path outputDirectory;
    boolean debug;
    boolean strict;
    final ProgressOption progressOption = new ProgressOption();
    CommandLine.Model.CommandSpec spec;

    /** The command's picocli model ({@link CommandModel}). */
    CommandLine.Model.CommandSpec model() {
        spec = CommandModel.command("build", this);
        spec.addPositional(CommandModel.positional(PositionalParamSpec.builder().required(true).index("0").arity("1").paramLabel("JOB.yaml").descriptionKey("job"),
                Path.class, () -> job, v -> job = (Path) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("-o", "--output").defaultValue("out").paramLabel("DIR"), Path.class,
                () -> outputDirectory, v -> outputDirectory = (Path) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--debug"), boolean.class, () -> debug, v -> debug = (Boolean) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--strict"), boolean.class, () -> strict, v -> strict = (Boolean) v));
        spec.addMixin("progressOption", progressOption.model(spec));
        return CommandModel.withStandardHelp(spec);
    }

    @Override
    public Integer call() {
        if (outputDirectory.toString().isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), spec.resourceBundle().getString("error.emptyOutput"));
        }
        ReportKinds kinds = ReportKinds.standard();
        JobFile jobFile = new JobFileReader(kinds.names(), kinds.planKinds(), outputFormats.names()).read(job);
        DocumentWorker worker = DocumentWorker.standard();
        // what a run killed while writing left behind goes now; what this run is writing goes if it is killed
        return PendingFiles.writingInto(outputDirectory, pending -> build(jobFile, kinds, worker, pending));
    }

    private int build(JobFile jobFile, ReportKinds kinds, DocumentWorker worker, PendingFiles pending) {
        Progress progress = progressOption.start(0);
        PrintWriter out = progress.guard(spec.commandLine().getOut());
        PrintWriter err = progress.guard(spec.commandLine().getErr());
        DiagnosticPrinter printer = new DiagnosticPrinter(err, spec.resourceBundle());
        List<OutputWriter> wanted = outputFormats.choose(jobFile.outputs());
        // set up before the sources are read, so that the faces are parsed on a thread of their own
        // meanwhile; an unknown kind is the assembler's error. The renderer, not its set-up, goes into
        // the lambda below: picocli reflects on this class's methods, and `check` must not load the
        // set-up's classes (CheckCommandTest.checkLoadsNoFontsAndNoLayout)
        org.wenshu.assemble.ReportKind known = kinds.find(jobFile.kind()).orElse(null);
        ReportRenderer renderer = known == null ? null
                : RenderSetup.resolve(jobFile.template() != null ? jobFile.template() : known.template(), jobFile.folder(),
                        Map.of(), settings(jobFile), RenderSetup.createdAt(System.getenv("SOURCE_DATE_EPOCH")), new FontCache())
                        .renderer();
        if (renderer != null) {
            renderer.prepare(wanted);
        }
        Assembler.Assembly assembly;
        try (SourcesAhead sources = new SourcesAhead(Wenshu.standard(), worker, progress)) {
            assembly = new Assembler(sources, kinds).assemble(jobFile);
        }
        if (!assembly.failures().isEmpty()) {
            for (Assembler.Failure failure : assembly.failures()) {
                err.println("wenshu: " + CliLanguage.message(spec.resourceBundle(), failure.error()));
                if (debug) {
                    failure.error().printStackTrace(err);
                }
            }
            err.println("wenshu: " + CliLanguage.format(spec.resourceBundle(), "build.unreadable", job, assembly.failures().size()));
            progress.close();
            err.flush();
            return 1;
        }
        Report report = assembly.report();
        report.parts().forEach(printer::print);
        // the report's own findings name their source file and line in the message; their line is not the job's
        printer.print(job.toString(), withoutLines(report.diagnostics()));

        RenderedDocument rendered;
        try {
            // laid out under the same limits as the sources were read
            rendered = worker.run(job.toString(), () -> renderer.render(report, wanted));
        } catch (RuntimeException e) {
            String reason = e instanceof WenshuException ? CliLanguage.message(spec.resourceBundle(), e)
                    : CliLanguage.format(spec.resourceBundle(), "output.fileError", job,
                            CliLanguage.format(spec.resourceBundle(), "output.layoutFailed", e));
            err.println("wenshu: " + reason.replaceAll("\\s*\\R\\s*", " "));
            if (debug) {
                e.printStackTrace(err);
            }
            progress.close();
            printer.finish();
            return 1;
        }
        progress.documentLaidOut();
        printRenderDiagnostics(report, rendered, printer);
        String base = jobFile.outputName() != null ? jobFile.outputName() : baseName(job);
        int[] failed = {0};
        List<String> written = OutputFiles.write(rendered, wanted, outputDirectory, base, pending, e -> {
            err.println("wenshu: " + CliLanguage.format(spec.resourceBundle(), "output.fileError", job,
                    CliLanguage.message(spec.resourceBundle(), e)));
            if (debug) {
                e.printStackTrace(err);
            }
            failed[0]++;
        });
        progress.pagesWritten(rendered.pdfPages());
        progress.close();
        if (!written.isEmpty()) {
            out.println(String.join("  ", written) + "  " + (rendered.pdfPages() > 0
                    ? CliLanguage.format(spec.resourceBundle(), "build.writtenPages", report.parts().size(), rendered.pdfPages())
                    : CliLanguage.format(spec.resourceBundle(), "build.written", report.parts().size())));
        }
        out.flush();
        printer.finish();
        return failed[0] == 0 && !(strict && printer.warnings() > 0) ? 0 : 1;
    }

    /**
     * What laying out found (characters no font has, resources refused). Its lines are source lines
     * of the part they came from; with one part they name its file, with several the part is not
     * known, so they name the job without a line.
     */
    private void printRenderDiagnostics(Report report, RenderedDocument rendered, DiagnosticPrinter printer) {
        if (report.parts().size() == 1) {
            printer.print(report.parts().get(0).source(), rendered.diagnostics());
        } else {
            printer.print(job.toString(), withoutLines(rendered.diagnostics()));
        }
    }

    private static List<Diagnostic> withoutLines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.atLine(0)).toList();
    }

    /** The template settings: the job's {@code settings}, and its table-of-contents depth as {@code toc}. */
    private static Map<String, String> settings(JobFile job) {
        Map<String, String> settings = new java.util.LinkedHashMap<>(job.settings());
        if (job.options().tocDepth() >= 0) {
            settings.putIfAbsent("toc", Integer.toString(job.options().tocDepth()));
        }
        return settings;
    }

    /**
     * The job's sources read side by side, one per core (as {@code render} reads its files), each
     * under the same limits as render's, so that a hostile one is one line, not a crash; the
     * assembler takes them in its own order. With several sources, each one's documents get their
     * duplicate-check grams on the thread that parsed them, as soon as they are parsed: the check
     * that follows the last source then only counts (it was a tenth of a second or more on the
     * build's path, with the second core idle).
     */
    private static final class SourcesAhead implements Assembler.SourceParser, AutoCloseable {
        private final Wenshu wenshu;
        private final DocumentWorker worker;
        private final Progress progress;
        private final org.wenshu.AheadPool ahead = org.wenshu.AheadPool.forThisMachine();
        private final Map<Path, org.wenshu.AheadPool.Pending<DuplicateDetector.Parsed>> reading = new java.util.HashMap<>();
        private final DuplicateDetector.MadeAhead grams = new DuplicateDetector.MadeAhead();

        SourcesAhead(Wenshu wenshu, DocumentWorker worker, Progress progress) {
            this.wenshu = wenshu;
            this.worker = worker;
            this.progress = progress;
        }

        @Override
        public void expect(List<Path> files) {
            java.util.function.Function<List<Document>, DuplicateDetector.Parsed> then = DuplicateDetector.Parsed.forFiles(files.size());
            files.forEach(path -> reading.put(path, wenshu.parseAhead(path, worker, ahead, then)));
        }

        @Override
        public List<Document> parse(Path path) {
            org.wenshu.AheadPool.Pending<DuplicateDetector.Parsed> pending = reading.remove(path);
            List<Document> documents = grams.take((pending != null ? pending
                    : wenshu.parseAhead(path, worker, ahead, DuplicateDetector.Parsed::alone)).get());
            progress.fileRead();
            return documents;
        }

        @Override
        public DuplicateDetector.Grams grams(Document document) {
            return grams.apply(document);
        }

        @Override
        public void close() {
            ahead.close();
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
