package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Beijing report's contents (level 1 一、 and level 2 （一）, several entries two lines long) read
 * back from both outputs: a wrapped entry hangs under its text, not under its number, and no entry
 * leaves one character alone on its last line.
 */
class TocHangingTest {
    private static final String MARKER = "^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)";

    private static RenderFixture fixture;

    @BeforeAll
    static void render() {
        fixture = RenderFixture.render(RenderFixture.BEIJING, Map.of("toc", "true"));
    }

    /** One text line of the PDF's contents page: its glyphs (leader dots and page number left out). */
    private record Line(List<TextPosition> glyphs) {
        String text() {
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.getUnicode()));
            return text.toString();
        }

        double x(int index) {
            return glyphs.get(index).getXDirAdj();
        }
    }

    @Test
    void pdfEntriesThatWrapHangUnderTheirText() throws Exception {
        List<Line> lines = pdfContentsLines();
        int wrapped = 0;
        Line entry = null;
        int markerLength = 0;
        for (Line line : lines) {
            java.util.regex.Matcher marker = java.util.regex.Pattern.compile(MARKER).matcher(line.text());
            if (marker.find()) {
                entry = line;
                markerLength = marker.end();
                continue;
            }
            assertThat(entry).as("a contents line before any entry: " + line.text()).isNotNull();
            wrapped++;
            double textStart = entry.x(markerLength);
            assertThat(line.x(0)).as("second line «" + line.text() + "» of «" + entry.text() + "»")
                    .isCloseTo(textStart, within(1.0));
            assertThat(line.x(0)).isGreaterThan(entry.x(0) + 20);
        }
        assertThat(wrapped).as("wrapped entries on the Beijing contents page").isGreaterThanOrEqualTo(5);
    }

    @Test
    void noPdfEntryLeavesOneCharacterOnItsLastLine() throws Exception {
        List<Line> lines = pdfContentsLines();
        for (int i = 0; i < lines.size(); i++) {
            boolean lastOfEntry = i + 1 == lines.size() || lines.get(i + 1).text().matches(MARKER + ".*");
            boolean continuation = !lines.get(i).text().matches(MARKER + ".*");
            if (lastOfEntry && continuation) {
                assertThat(lines.get(i).text().codePointCount(0, lines.get(i).text().length()))
                        .as("last line of a wrapped entry: " + lines.get(i).text()).isGreaterThanOrEqualTo(2);
            }
        }
        // 二、“十四五”时期发展成就和“十五五”时期主要目标任务 no longer ends with 务 alone
        assertThat(lines).noneMatch(line -> line.text().equals("务"));
    }

    @Test
    void docxEntriesHangUnderTheirTextAndBreakInBalancedLines() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(fixture.docx()))) {
            List<XWPFParagraph> entries = docx.getParagraphs().stream()
                    .filter(p -> p.getStyleID() != null && p.getStyleID().matches("TOC[12]")).toList();
            assertThat(entries).hasSizeGreaterThanOrEqualTo(13);
            int broken = 0;
            for (XWPFParagraph entry : entries) {
                String text = entry.getText().split("\t")[0];
                var ind = entry.getCTP().getPPr().getInd();
                // 一、 stands out two characters from where the text starts, （一） three, after the level's indent
                boolean level1 = entry.getStyleID().equals("TOC1");
                long marker = text.startsWith("（") ? 3 : 2;
                long indent = level1 ? 0 : 2;
                assertThat(ind.getHangingChars()).as(text).isEqualTo(BigInteger.valueOf(marker * 100));
                assertThat(ind.getLeftChars()).as(text)
                        .isEqualTo(BigInteger.valueOf((indent + marker) * 100));
                assertThat(ind.isSetFirstLineChars()).as(text + ": a firstLineChars would undo the hanging indent").isFalse();
                String[] lines = text.split("\n");
                if (lines.length > 1) {
                    broken++;
                    assertThat(lines[lines.length - 1].length()).as(text).isGreaterThanOrEqualTo(2);
                }
            }
            assertThat(broken).isGreaterThanOrEqualTo(5);
            for (String style : List.of("TOC1", "TOC2")) {
                // a wrapped entry stays on one page, as the PDF keeps it (Jiangxi's contents: LibreOffice split one)
                assertThat(docx.getStyles().getStyle(style).getCTStyle().getPPr().isSetKeepLines()).as(style).isTrue();
            }
        }
    }

    /** The text lines of the PDF's first page (the contents), without leader dots and page numbers. */
    private static List<Line> pdfContentsLines() throws Exception {
        Map<Long, List<TextPosition>> byBaseline = new TreeMap<>();
        try (PDDocument pdf = Loader.loadPDF(fixture.pdf())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    boolean leader = text.getUnicode().equals(".") && text.getFontSizeInPt() < 6;
                    boolean number = text.getUnicode().matches("\\d") && text.getXDirAdj() > 180 * PdfLines.MM - 40;
                    if (!leader && !number && !text.getUnicode().isBlank()) {
                        byBaseline.computeIfAbsent((long) Math.round(text.getYDirAdj()), k -> new ArrayList<>()).add(text);
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(pdf);
        }
        List<Line> lines = new ArrayList<>();
        boolean title = true;
        for (List<TextPosition> glyphs : byBaseline.values()) {
            glyphs.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
            if (title) {
                title = false; // 目 录
                continue;
            }
            lines.add(new Line(glyphs));
        }
        return lines;
    }
}
