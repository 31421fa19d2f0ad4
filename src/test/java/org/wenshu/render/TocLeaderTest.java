package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The dotted leaders of the PDF table of contents end in one column, short of the page numbers. */
class TocLeaderTest {

    /** One TOC line: where its leader dots end and where its page number starts. */
    private record Entry(double baseline, double leaderEnd, double numberStart) {}

    @Test
    void everyLeaderStopsShortOfThePageNumberColumn() throws Exception {
        RenderFixture fixture = RenderFixture.render(RenderFixture.BEIJING, Map.of("toc", "true"));
        List<Entry> entries = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(fixture.pdf())) {
            Map<Long, List<TextPosition>> byBaseline = new TreeMap<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    byBaseline.computeIfAbsent((long) Math.round(text.getYDirAdj()), k -> new ArrayList<>()).add(text);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(pdf);
            for (Map.Entry<Long, List<TextPosition>> line : byBaseline.entrySet()) {
                double leaderEnd = 0;
                double numberStart = Double.MAX_VALUE;
                for (TextPosition glyph : line.getValue()) {
                    if (glyph.getUnicode().equals(".") && glyph.getFontSizeInPt() < 6) {
                        leaderEnd = Math.max(leaderEnd, glyph.getXDirAdj() + glyph.getWidthDirAdj());
                    } else if (glyph.getUnicode().matches("\\d") && glyph.getXDirAdj() > 180 * PdfLines.MM - 40) {
                        numberStart = Math.min(numberStart, glyph.getXDirAdj());
                    }
                }
                if (leaderEnd > 0 && numberStart < Double.MAX_VALUE) {
                    entries.add(new Entry(line.getKey(), leaderEnd, numberStart));
                }
            }
        }
        // the Beijing report's TOC page: 3 level-1 and 10 level-2 entries, four of them one line long
        assertThat(entries).hasSizeGreaterThanOrEqualTo(12);
        double column = entries.get(0).leaderEnd();
        for (Entry entry : entries) {
            assertThat(entry.leaderEnd()).as("leader end at baseline " + entry.baseline()).isCloseTo(column, within(2.0));
            assertThat(entry.numberStart() - entry.leaderEnd()).as("gap at baseline " + entry.baseline())
                    .isGreaterThan(4.0);
        }
    }
}
