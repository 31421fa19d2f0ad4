package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.wenshu.render.PdfLines.MM;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GB/T 9704 page of the default theme, measured from the PDF of a real government report. */
class PdfLayoutTest {
    /** The stops and pauses that may hang past the end of a full line (the theme's lineBreaking.hang). */
    static final String HANGING = "!,.:;?、。！，．：；？";
    private static final double PITCH = 28.95;
    private static PDDocument pdf;
    private static List<List<PdfLines.Line>> pages;

    @BeforeAll
    static void render() throws Exception {
        RenderFixture fixture = RenderFixture.render(RenderFixture.BEIJING, Map.of());
        pdf = Loader.loadPDF(fixture.pdf());
        pages = PdfLines.read(pdf);
    }

    @AfterAll
    static void close() throws Exception {
        pdf.close();
    }

    @Test
    void everyPageIsA4() {
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            PDRectangle box = pdf.getPage(i).getMediaBox();
            assertThat(box.getWidth() / MM).isCloseTo(210, within(0.5));
            assertThat(box.getHeight() / MM).isCloseTo(297, within(0.5));
        }
    }

    @Test
    void textStaysInsideTheTextBlockAndFillsItsWidth() {
        double minLeft = Double.MAX_VALUE;
        double maxRight = 0;
        int hanging = 0;
        for (List<PdfLines.Line> page : pages) {
            for (PdfLines.Line line : body(page)) {
                assertThat(line.left() / MM).as(line.text()).isGreaterThanOrEqualTo(28 - 0.5);
                minLeft = Math.min(minLeft, line.left());
                if (line.right() / MM > 210 - 26 + 0.5) {
                    // only a stop or pause may reach past the margin, by itself (hanging punctuation)
                    assertThat(HANGING.indexOf(line.text().codePointBefore(line.text().length()))).as(line.text()).isNotNegative();
                    assertThat(line.right() / MM).as(line.text()).isLessThanOrEqualTo(210 - 26 + 16 / MM + 0.5);
                    hanging++;
                    continue;
                }
                maxRight = Math.max(maxRight, line.right());
            }
        }
        assertThat(hanging).as("lines with a hanging stop or pause").isPositive();
        assertThat(minLeft / MM).as("left margin").isCloseTo(28, within(1.0));
        assertThat(maxRight / MM).as("right edge of the text block").isCloseTo(184, within(1.0));
    }

    @Test
    void aFullBodyPageHas22LinesOnTheGridStartingAtTheTopMargin() {
        List<PdfLines.Line> full = pages.stream().map(PdfLayoutTest::body).filter(lines -> lines.size() == 22)
                .findFirst().orElseThrow(() -> new AssertionError("no page with 22 lines"));
        for (int i = 1; i < full.size(); i++) {
            assertThat(full.get(i).baseline() - full.get(i - 1).baseline()).isCloseTo(PITCH, within(0.1));
        }
        // The first line box starts at the top margin; its baseline sits inside it.
        double firstLineTop = full.get(0).baseline() - lineBaselineOffset(full.get(0));
        assertThat(firstLineTop / MM).as("top margin").isCloseTo(37, within(1.0));
        double lastLineBottom = firstLineTop + 22 * PITCH;
        assertThat(lastLineBottom / MM).as("bottom of the text block").isCloseTo(297 - 35, within(1.0));
        for (List<PdfLines.Line> page : pages) {
            assertThat(body(page).size()).isLessThanOrEqualTo(22);
        }
    }

    @Test
    void fullLinesHold28Characters() {
        long fullLines = pages.stream().flatMap(p -> body(p).stream())
                .filter(PdfLines.Line::isAllFullWidth)
                .filter(line -> line.right() / MM > 184 - 1 && line.left() / MM < 28 + 0.5)
                .peek(line -> assertThat(line.characters() - (hangs(line) ? 1 : 0)).as(line.text()).isEqualTo(28))
                .count();
        assertThat(fullLines).isGreaterThan(100);
        assertThat(pages.stream().flatMap(p -> body(p).stream()).mapToDouble(line -> line.cells() - (hangs(line) ? 1 : 0))
                .max().orElse(0)).isLessThanOrEqualTo(28.5);
    }

    /** Whether the line ends with a stop or pause past the right margin (hanging punctuation). */
    private static boolean hangs(PdfLines.Line line) {
        return line.right() / MM > 210 - 26 + 0.5 && HANGING.indexOf(line.text().codePointBefore(line.text().length())) >= 0;
    }

    @Test
    void pageNumbersAreDashedOddRightEvenLeft7mmBelowTheTextBlock() {
        for (int i = 0; i < pages.size(); i++) {
            int number = i + 1;
            PdfLines.Line footer = pages.get(i).stream().filter(l -> l.baseline() / MM > 262)
                    .findFirst().orElseThrow(() -> new AssertionError("no page number on page " + number));
            assertThat(footer.text()).isEqualTo("—" + number + "—");
            assertThat(footer.fontSize()).isCloseTo(14, within(0.1));
            double top = footer.baseline() - 14 * 0.88;
            assertThat(top / MM).isCloseTo(262 + 7, within(1.0));
            if (number % 2 == 1) {
                assertThat(footer.right() / MM).isCloseTo(184 - 14 / MM, within(1.0));
            } else {
                assertThat(footer.left() / MM).isCloseTo(28 + 14 / MM, within(1.0));
            }
        }
    }

    /** Lines of the text block, without the page number. */
    private static List<PdfLines.Line> body(List<PdfLines.Line> page) {
        return page.stream().filter(l -> l.baseline() / MM < 262).toList();
    }

    /**
     * Distance from the top of a 28.95 pt line box to the baseline of 16 pt type: half the leading
     * plus the ascent (ideographs sit on a baseline 0.88 em below the top of the em box).
     */
    private static double lineBaselineOffset(PdfLines.Line line) {
        return (PITCH - line.fontSize()) / 2 + line.fontSize() * 0.88;
    }
}
