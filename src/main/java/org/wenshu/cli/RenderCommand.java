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
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code wenshu render --template NAME [--to pdf,docx,html] [-o DIR] [--set k=v]... FILE...}:
 * parses each file and renders every document in it through the template.
 */
final class RenderCommand implements Callable<Integer> {
    private final OutputFormats outputFormats;

    RenderCommand(OutputFormats outputFormats) {
        this.outputFormats = outputFormats;
    }

    String template;
    List<String> formats;
    Path outputDirectory;
    Map<String, String> settings = new LinkedHashMap<>();
    Map<String, String> fonts = new LinkedHashMap<>();
    boolean debug;
    boolean strict;
    List<Path> files;
    final ProgressOption progressOption = new ProgressOption();
    final StandardInputOption standardInputOption = new StandardInputOption();
    CommandLine.Model.CommandSpec spec;

    /** The registered formats' names, for {@code --to}'s help ({@code ${COMPLETION-CANDIDATES}}) and completion. */
    static final class FormatNames implements Iterable<String> {
        private final OutputFormats formats;

        FormatNames(OutputFormats formats) {
            this.formats = formats;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return formats.names().iterator();
        }
    }

    /** The command's picocli model ({@link CommandModel}). */
    @SuppressWarnings("unchecked")
    CommandLine.Model.CommandSpec model() {
        spec = CommandModel.command("render", this);
        spec.addOption(CommandModel.option(OptionSpec.builder("--template").required(true).paramLabel("NAME"), String.class,
                () -> template, v -> template = (String) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--to").splitRegex(",").defaultValue("pdf,docx").paramLabel("FORMAT")
                        .auxiliaryTypes(String.class).completionCandidates(new FormatNames(outputFormats)), List.class,
                () -> formats, v -> formats = (List<String>) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("-o", "--output").defaultValue("out").paramLabel("DIR"), Path.class,
                () -> outputDirectory, v -> outputDirectory = (Path) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--set").paramLabel("KEY=VALUE").auxiliaryTypes(String.class, String.class),
                Map.class, () -> settings, v -> settings = (Map<String, String>) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--font").paramLabel("ROLE=FILE").auxiliaryTypes(String.class, String.class),
                Map.class, () -> fonts, v -> fonts = (Map<String, String>) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--debug"), boolean.class, () -> debug, v -> debug = (Boolean) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--strict"), boolean.class, () -> strict, v -> strict = (Boolean) v));
        spec.addPositional(CommandModel.positional(PositionalParamSpec.builder().required(true).arity("1..*").paramLabel("FILE").descriptionKey("files")
                .auxiliaryTypes(Path.class), List.class, () -> files, v -> files = (List<Path>) v));
        spec.addMixin("progressOption", progressOption.model(spec));
        spec.addMixin("standardInputOption", standardInputOption.model(spec));
        return CommandModel.withStandardHelp(spec);
    }

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
        // the template's source is scanned for the keys it reads only when there are --set values to check
        List<org.wenshu.model.Wording> settingProblems = settings.isEmpty() ? List.of()
                : TemplateSettings.of(setup.folder()).problems(settings);
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
                    String wantedBase = baseName(file) + (documents.size() > 1 ? String.format(java.util.Locale.ROOT, "-%02d", i + 1) : "");
                    // each document is laid out under the same limits as it was read
                    jobs.add(new Job(file, document, i + 1, documents.size(), wantedBase,
                            ahead.submit(ReportRenderer.layoutHeap(document), () -> worker.run("", () -> renderer.render(document, wanted)))));
                }
            }
            RepeatedFailures repeated = new RepeatedFailures();
            for (Job job : jobs) {
                failed += write(job, wanted, pending, names, printer, progress, out, err, repeated);
            }
            repeated.summaries(bundle).forEach(line -> err.println("wenshu: " + line));
        }
        progress.close();
        out.flush();
        printer.finish();
        return failed == 0 && !(strict && printer.warnings() > 0) ? 0 : 1;
    }

    /** One document of the call, submitted for layout. */
    private record Job(Path file, Document document, int part, int parts, String wantedBase,
                       org.wenshu.AheadPool.Pending<RenderedDocument> rendering) {

        /** The file as the user names it, with the part when the file holds several documents. */
        String label(java.util.ResourceBundle bundle) {
            return parts == 1 ? file.toString() : CliLanguage.format(bundle, "output.part", file, part, parts);
        }
    }

    /**
     * The parts of one file that could not be laid out for the same reason: the reason is printed once,
     * with the first part, and the others are counted in one line at the end instead of repeating it
     * (a file split into twelve documents without a red header gave twelve identical errors).
     */
    static final class RepeatedFailures {
        private final java.util.Map<List<String>, List<Integer>> laterParts = new java.util.LinkedHashMap<>();

        /** Whether this part's reason was already printed for an earlier part of the same file. */
        boolean seen(Job job, String reason) {
            List<Integer> later = laterParts.putIfAbsent(List.of(job.file().toString(), reason), new ArrayList<>());
            if (later == null) {
                return false;
            }
            later.add(job.part());
            return true;
        }

        List<String> summaries(java.util.ResourceBundle bundle) {
            List<String> lines = new ArrayList<>();
            laterParts.forEach((key, parts) -> {
                if (!parts.isEmpty()) {
                    lines.add(CliLanguage.format(bundle, "output.sameFailure", key.get(0), parts.size(),
                            ranges(parts, bundle.getString("error.listSeparator"))));
                }
            });
            return lines;
        }

        /** Ascending part numbers with runs written as ranges: 2, 4–7, 9. */
        static String ranges(List<Integer> parts, String separator) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.size(); ) {
                int end = i;
                while (end + 1 < parts.size() && parts.get(end + 1) == parts.get(end) + 1) {
                    end++;
                }
                text.append(text.length() == 0 ? "" : separator).append(parts.get(i))
                        .append(end > i + 1 ? "–" + parts.get(end) : end == i + 1 ? separator + parts.get(end) : "");
                i = end + 1;
            }
            return text.toString();
        }
    }

    /** Prints the job's diagnostics and writes its outputs; the number of failures (0 when all went well). */
    private int write(Job job, List<OutputWriter> wanted, PendingFiles pending, OutputNames names,
                      DiagnosticPrinter printer, Progress progress, PrintWriter out, PrintWriter err,
                      RepeatedFailures repeated) {
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
            String reason = String.valueOf(e instanceof WenshuException ? CliLanguage.message(bundle, e)
                    : CliLanguage.format(bundle, "output.layoutFailed", e)).replaceAll("\\s*\\R\\s*", " ");
            if (!repeated.seen(job, reason)) {
                err.println("wenshu: " + CliLanguage.format(bundle, "output.fileError", job.label(bundle), reason));
            }
            if (debug) {
                e.printStackTrace(err);
            }
            return 1;
        }
        printer.print(file.toString(), rendered.diagnostics());
        String base = names.claim(wantedBase);
        int[] failed = {0};
        List<String> written = OutputFiles.write(rendered, wanted, outputDirectory, base, pending, e -> {
            err.println("wenshu: " + CliLanguage.format(bundle, "output.fileError", job.label(bundle), CliLanguage.message(bundle, e)));
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
