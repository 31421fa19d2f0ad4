package org.wenshu.cli;

import java.io.PrintWriter;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wenshu bench parse|render FILE...}: times one stage over several runs after a warm-up and
 * prints the median. {@code parse} times cleaning and parsing of the files (already read into
 * memory); {@code render} times rendering the parsed documents with the {@code document} template
 * to PDF and DOCX (fonts loaded once, as in one CLI call). Performance is tracked here, never in
 * timed unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "STAGE", descriptionKey = "stage")
    String stage;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    List<Path> files;

    @Option(names = "--runs", defaultValue = "15", paramLabel = "N")
    int runs;

    @Option(names = "--warmup", defaultValue = "10", paramLabel = "N")
    int warmup;

    @CommandLine.Mixin
    ProgressOption progressOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            documents = parseAll(wenshu, sources).size();
            millis.add((System.nanoTime() - start) / 1e6);
            progress.runDone();
        }
        progress.close();
        Collections.sort(millis);
        double median = millis.get(millis.size() / 2);
        ResourceBundle bundle = spec.resourceBundle();
        out.println(CliLanguage.format(bundle, "bench.parse", sources.size(), totalChars, documents, runs, warmup));
        out.println(CliLanguage.format(bundle, "bench.times", "parse", median, millis.get(0), millis.get(millis.size() - 1)));
        out.flush();
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
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            renderAll(renderer, documents, formats);
            millis.add((System.nanoTime() - start) / 1e6);
            progress.runDone();
        }
        progress.close();
        Collections.sort(millis);
        PrintWriter out = spec.commandLine().getOut();
        ResourceBundle bundle = spec.resourceBundle();
        out.println(CliLanguage.format(bundle, "bench.render", documents.size(), pages, runs, warmup));
        out.println(CliLanguage.format(bundle, "bench.times", "render", millis.get(millis.size() / 2), millis.get(0),
                millis.get(millis.size() - 1)));
        out.flush();
        return 0;
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
