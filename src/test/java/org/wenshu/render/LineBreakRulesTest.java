package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;
import org.wenshu.render.fonts.FontCache;

/**
 * 禁则 (GB/T 15834-2011 and the W3C "Requirements for Chinese Text Layout"): no printed line starts
 * with closing punctuation, a pause or stop mark, a connector or a unit sign, and none ends with
 * opening punctuation — whatever script stands next to the mark (digits and Latin text are set in
 * another face, a separate run for the layout engine).
 */
class LineBreakRulesTest {
    /** Marks that may not start a line. */
    static final String NO_START = "，。、；：？！…‥）〕］｝〉》」』】〙〗〞’”｠»%％‰℃°′″·‧～〜–,.;:?!)]}";
    /** Marks that may not end a line. */
    static final String NO_END = "（〔［｛〈《「『【〘〖〝‘“｟«([{￥¥$£€";

    private static RenderSetup setup;

    @TempDir
    Path dir;

    @BeforeAll
    static void fonts() {
        setup = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(), RenderFixture.CREATED, new FontCache());
    }

    @Test
    void noLineOfTheRenderedCorpusStartsOrEndsWithAForbiddenMark() {
        List<String> violations = new ArrayList<>();
        int lines = 0;
        for (CorpusPages.Rendered rendered : CorpusPages.all()) {
            for (PdfLines.Line line : rendered.lines()) {
                lines++;
                violation(line).ifPresent(v -> violations.add(rendered.source().getFileName() + " p." + line.page() + ": " + v));
            }
        }
        assertThat(lines).isGreaterThan(10_000);
        assertThat(violations).isEmpty();
    }

    @Test
    void eachMarkAtTheEndOfALineNextToDigitsLatinAndChinese() throws IOException {
        // Each mark after (closing) or before (opening) digits, a Latin word, a percentage and a
        // Chinese character, shifted one cell at a time across the 28th position of the line.
        StringBuilder text = new StringBuilder("禁则测试\n\n");
        List<String> neighbours = List.of("91", "GDP", "76.5%", "亿");
        // A mark no installed font draws (〙) is reported as missing and left out of the PDF.
        java.util.function.IntPredicate drawn = cp -> setup.fonts().coveringFont("body", cp).isPresent();
        for (int mark : NO_START.codePoints().filter(drawn).toArray()) {
            for (String neighbour : neighbours) {
                for (int lead = 21; lead <= 26; lead++) {
                    text.append("测".repeat(lead)).append(neighbour).appendCodePoint(mark).append("其后文字继续。\n\n");
                }
            }
        }
        for (int mark : NO_END.codePoints().filter(drawn).toArray()) {
            for (String neighbour : neighbours) {
                for (int lead = 22; lead <= 27; lead++) {
                    text.append("测".repeat(lead)).appendCodePoint(mark).append(neighbour).append("其后文字继续。\n\n");
                }
            }
        }
        Path source = dir.resolve("kinsoku.txt");
        Files.writeString(source, text);
        Document document = Wenshu.standard().parse(source).get(0);
        List<PdfLines.Line> lines = lines(document);
        List<String> violations = new ArrayList<>();
        for (PdfLines.Line line : lines) {
            violation(line).ifPresent(violations::add);
            // only a stop or pause may reach past the margin, by itself (hanging punctuation)
            boolean hanging = PdfLayoutTest.HANGING.indexOf(line.text().codePointBefore(line.text().length())) >= 0;
            if (line.right() / PdfLines.MM > 210 - 26 + (hanging ? 16 / PdfLines.MM : 0) + 0.5) {
                violations.add("past the right margin: " + line.text());
            }
        }
        assertThat(violations).isEmpty();
        String printed = String.join("", lines.stream().map(PdfLines.Line::text).toList()).replaceAll("—\\d+—", "");
        String expected = text.toString().replaceAll("\\s+", "");
        int same = 0;
        while (same < Math.min(printed.length(), expected.length()) && printed.charAt(same) == expected.charAt(same)) {
            same++;
        }
        assertThat(same).as("printed text differs from the source after …%s… (printed …%s…)",
                expected.substring(Math.max(0, same - 30), Math.min(expected.length(), same + 10)),
                printed.substring(Math.max(0, same - 30), Math.min(printed.length(), same + 10))).isEqualTo(expected.length());
        assertThat(printed).hasSameSizeAs(expected);
    }

    private List<PdfLines.Line> lines(Document document) throws IOException {
        RenderedDocument rendered = setup.renderer().render(document, OutputFormats.standard().choose("pdf"));
        try (PDDocument pdf = Loader.loadPDF(rendered.outputs().get("pdf"))) {
            return PdfLines.read(pdf).stream().flatMap(List::stream).toList();
        }
    }

    private static java.util.Optional<String> violation(PdfLines.Line line) {
        String text = line.text().strip();
        if (text.isEmpty() || CorpusPages.isPageNumber(text)) {
            return java.util.Optional.empty();
        }
        int first = text.codePointAt(0);
        int last = text.codePointBefore(text.length());
        if (NO_START.indexOf(first) >= 0) {
            return java.util.Optional.of("starts with " + new String(Character.toChars(first)) + ": " + text);
        }
        if (NO_END.indexOf(last) >= 0) {
            return java.util.Optional.of("ends with " + new String(Character.toChars(last)) + ": " + text);
        }
        return java.util.Optional.empty();
    }
}
