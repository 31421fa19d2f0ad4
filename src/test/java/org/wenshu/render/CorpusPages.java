package org.wenshu.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;
import org.wenshu.render.fonts.FontCache;

/**
 * Every document of the test corpus ({@code src/test/resources/corpus/*.txt}) rendered once per test
 * run with the {@code document} template and read back as printed lines, for the tests that check
 * page-level rules over all of them.
 */
final class CorpusPages {
    /** One rendered document: its source, model and printed lines in order (page numbers left out). */
    record Rendered(Path source, Document document, List<PdfLines.Line> lines) {}

    private static List<Rendered> all;

    static synchronized List<Rendered> all() {
        if (all == null) {
            all = render();
        }
        return all;
    }

    private static List<Rendered> render() {
        RenderSetup setup = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(), RenderFixture.CREATED, new FontCache());
        List<Rendered> rendered = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
            for (Path source : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (Document document : Wenshu.standard().parse(source)) {
                    RenderedDocument output = setup.renderer().render(document, OutputFormats.standard().choose("pdf"));
                    try (PDDocument pdf = Loader.loadPDF(output.outputs().get("pdf"))) {
                        List<PdfLines.Line> lines = PdfLines.read(pdf).stream().flatMap(List::stream)
                                .filter(line -> !isPageNumber(line.text())).toList();
                        rendered.add(new Rendered(source, document, lines));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rendered);
    }

    static boolean isPageNumber(String text) {
        return text.strip().matches("—\\s*\\d+\\s*—");
    }

    private CorpusPages() {
    }
}
