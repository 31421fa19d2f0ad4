package org.wenshu.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.wenshu.Wenshu;
import org.wenshu.ingest.Ingest;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.Document;
import org.wenshu.render.OutputFormats;
import org.wenshu.render.OutputWriter;
import org.wenshu.render.RenderSetup;
import org.wenshu.render.ReportRenderer;
import org.wenshu.render.fonts.FontCache;
import picocli.CommandLine;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code wenshu bench parse|render FILE...}: times one stage over several runs after a warm-up and
 * prints the median. {@code parse} times cleaning and parsing of the files (already read into
 * memory); {@code render} times rendering the parsed documents with the {@code document} template
 * to PDF and DOCX (fonts loaded once, as in one CLI call). Performance is tracked here, never in
 * timed unit tests.
 */
final class BenchCommand implements Callable<Integer> {

    String stage;
    List<Path> files;
    int runs;
    int warmup;
    final ProgressOption progressOption = new ProgressOption();
    CommandLine.Model.CommandSpec spec;

    /** The command's picocli model ({@link CommandModel}). */
    @SuppressWarnings("unchecked")
    CommandLine.Model.CommandSpec model() {
        spec = CommandModel.command("bench", this);
        spec.addPositional(CommandModel.positional(PositionalParamSpec.builder().required(true).index("0").arity("1").paramLabel("STAGE").descriptionKey("stage"),
                String.class, () -> stage, v -> stage = (String) v));
        spec.addPositional(CommandModel.positional(PositionalParamSpec.builder().required(true).index("1..*").arity("1..*").paramLabel("FILE")
                .descriptionKey("files").auxiliaryTypes(Path.class), List.class, () -> files, v -> files = (List<Path>) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--runs").defaultValue("15").paramLabel("N"), int.class,
                () -> runs, v -> runs = (Integer) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--warmup").defaultValue("10").paramLabel("N"), int.class,
                () -> warmup, v -> warmup = (Integer) v));
        spec.addMixin("progressOption", progressOption.model(spec));
        return CommandModel.withStandardHelp(spec);
    }

    @Override
    public Integer call() {
        if (stage.equals("render")) {
            return benchRender();
        }
        if (!stage.equals("parse")) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliLanguage.format(spec.resourceBundle(),
                    "error.badChoice", "STAGE", stage, "parse" + spec.resourceBundle().getString("error.listSeparator") + "render"));
        }
        Progress progress = progressOption.startReading(files.size());
        PrintWriter out = progress.guard(spec.commandLine().getOut());
        Ingest ingest = Ingest.standard();
        List<SourceText> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(ingest.read(file));
            progress.fileRead();
        }
        Wenshu wenshu = Wenshu.standard();
        long totalChars = sources.stream().flatMap(s -> s.lines().stream()).mapToLong(l -> l.text().length()).sum();
        int documents = 0;
        progress.runs(warmup + runs);
        for (int i = 0; i < warmup; i++) {
            documents = parseAll(wenshu, sources).size();
            progress.runDone();
        }
        List<Double> millis = new ArrayList<>();
        List<Double> cpuMillis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            documents = parseAll(wenshu, sources).size();
            millis.add((System.nanoTime() - start) / 1e6);
            cpuMillis.add((processCpuNanos() - cpuStart) / 1e6);
            progress.runDone();
        }
        progress.close();
        ResourceBundle bundle = spec.resourceBundle();
        out.println(CliLanguage.format(bundle, "bench.parse", sources.size(), totalChars, documents, runs, warmup));
        printTimes(out, "parse", millis, cpuMillis);
        return 0;
    }

    private int benchRender() {
        Progress progress = progressOption.startReading(files.size());
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            documents.addAll(Wenshu.standard().parse(file));
            progress.fileRead();
        }
        RenderSetup setup = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(),
                RenderSetup.createdAt(System.getenv("SOURCE_DATE_EPOCH")), new FontCache());
        ReportRenderer renderer = setup.renderer();
        List<OutputWriter> formats = OutputFormats.standard().choose("pdf", "docx");
        int pages = 0;
        progress.runs(warmup + runs);
        for (int i = 0; i < warmup; i++) {
            pages = renderAll(renderer, documents, formats);
            progress.runDone();
        }
        List<Double> millis = new ArrayList<>();
        List<Double> cpuMillis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            renderAll(renderer, documents, formats);
            millis.add((System.nanoTime() - start) / 1e6);
            cpuMillis.add((processCpuNanos() - cpuStart) / 1e6);
            progress.runDone();
        }
        progress.close();
        PrintWriter out = spec.commandLine().getOut();
        ResourceBundle bundle = spec.resourceBundle();
        out.println(CliLanguage.format(bundle, "bench.render", documents.size(), pages, runs, warmup));
        printTimes(out, "render", millis, cpuMillis);
        return 0;
    }

    /**
     * The wall-time line, then the CPU time of the whole process per run (every thread: the second
     * output's writer, the JIT compiler, the garbage collector), which a busy machine does not
     * inflate as it does wall time. No CPU line where the JVM cannot tell its CPU time.
     */
    private void printTimes(PrintWriter out, String stage, List<Double> millis, List<Double> cpuMillis) {
        ResourceBundle bundle = spec.resourceBundle();
        Collections.sort(millis);
        Collections.sort(cpuMillis);
        out.println(CliLanguage.format(bundle, "bench.times", stage, millis.get(millis.size() / 2), millis.get(0),
                millis.get(millis.size() - 1)));
        if (cpuMillis.get(0) >= 0) {
            out.println(CliLanguage.format(bundle, "bench.cpu", stage, cpuMillis.get(cpuMillis.size() / 2), cpuMillis.get(0),
                    cpuMillis.get(cpuMillis.size() - 1)));
        }
        out.flush();
    }

    /** CPU time of the whole process so far, or a negative number where it cannot be read. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static int renderAll(ReportRenderer renderer, List<Document> documents, List<OutputWriter> formats) {
        int pages = 0;
        for (Document document : documents) {
            pages += renderer.render(document, formats).pdfPages();
        }
        return pages;
    }

    private static List<Document> parseAll(Wenshu wenshu, List<SourceText> sources) {
        List<Document> documents = new ArrayList<>();
        for (SourceText source : sources) {
            documents.addAll(wenshu.parse(source));
        }
        return documents;
    }
}
