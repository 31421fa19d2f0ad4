package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Both outputs give a table's columns the same widths: the source's ({@code render/column-widths.html},
 * first table: {@code col} widths 15/25/60%) or, where the source gives none (second table), widths
 * from the content that keep the short header cells (序号, 单位名称) on one line. Read back from the
 * DOCX (POI: {@code w:gridCol}, each cell's {@code w:tcW}, fixed layout) and from the PDF (PDFBox: where
 * the left-aligned cells of a row start).
 */
class TableWidthsOutputTest {
    private static final Path SOURCE = Path.of("src/test/resources/render/column-widths.html");
    private static final double TWIPS_PER_PT = 20;

    @Test
    void theSourcesWidthsAndTheContentsWidthsAgreeInBothOutputs() throws Exception {
        RenderFixture fixture = RenderFixture.render(SOURCE, Map.of());
        double textWidthPt = fixture.setup().theme().page().textWidth() * 72 / 25.4;
        long[] given;
        long[] derived;
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(fixture.docx()))) {
            assertThat(docx.getTables()).hasSize(2);
            given = grid(docx.getTables().get(0));
            derived = grid(docx.getTables().get(1));
            for (XWPFTable table : docx.getTables()) {
                assertThat(table.getCTTbl().getTblPr().getTblLayout().getType()).isEqualTo(STTblLayoutType.FIXED);
                long[] columns = grid(table);
                assertThat(sum(columns) / TWIPS_PER_PT).isCloseTo(textWidthPt, within(1.0));
                for (XWPFTableRow row : table.getRows()) {
                    List<XWPFTableCell> cells = row.getTableCells();
                    for (int c = 0; c < cells.size(); c++) {
                        assertThat(cells.get(c).getCTTc().getTcPr().getTcW().getW()).as("tcW = its grid column")
                                .isEqualTo(java.math.BigInteger.valueOf(columns[c]));
                    }
                }
            }
        }
        // the source's proportions, to a thousandth of the text width
        assertThat((double) given[0] / sum(given)).isCloseTo(0.15, within(0.002));
        assertThat((double) given[1] / sum(given)).isCloseTo(0.25, within(0.002));
        // without source widths: the short cells whole, the long text column the widest
        assertThat(derived[2]).isGreaterThan(derived[1]).isGreaterThan(derived[0]);

        try (PDDocument pdf = Loader.loadPDF(fixture.pdf())) {
            Glyphs glyphs = Glyphs.of(pdf);
            // a column's width = where the next column's text starts less where its own starts
            double east = glyphs.find("东区").left();
            double planted = glyphs.find("春季集中栽植").left();
            assertThat(planted - east).isCloseTo(given[1] / TWIPS_PER_PT, within(1.0));
            double education = glyphs.find("市教育局").left();
            double practice = glyphs.find("推进集团化办学").left();
            assertThat(practice - education).isCloseTo(derived[1] / TWIPS_PER_PT, within(1.0));
            // the header cells of the derived table are not broken
            assertThat(glyphs.find("单位名称").baseline()).isCloseTo(glyphs.find("工作举措").baseline(), within(0.5));
            assertThat(glyphs.find("序号单位名称工作举措")).isNotNull();
        }
    }

    /**
     * A 15-column table whose header cells join words with no-break spaces, as Word files do
     * ({@code render/no-break-headers.md}, after a real form): the columns are too narrow for those
     * words, which break between characters instead of running over the neighbouring cells (before,
     * 折算后 and 投诉量 were painted over each other). Read back from the PDF: no two glyphs on a line
     * overlap. Cells whose words fit their columns keep them whole (the other tables here, and
     * the example jobs' outputs, are unchanged).
     */
    @Test
    void wordsTooWideForTheirCellBreakInsteadOfRunningIntoTheNextCell() throws Exception {
        RenderFixture fixture = RenderFixture.render(Path.of("src/test/resources/render/no-break-headers.md"), Map.of());
        try (PDDocument pdf = Loader.loadPDF(fixture.pdf())) {
            Glyphs glyphs = Glyphs.of(pdf);
            assertThat(glyphs.text()).contains("考核明细表");
            List<org.apache.pdfbox.text.TextPosition> positions = glyphs.positions();
            int lines = 0;
            for (int i = 1; i < positions.size(); i++) {
                org.apache.pdfbox.text.TextPosition before = positions.get(i - 1);
                org.apache.pdfbox.text.TextPosition glyph = positions.get(i);
                if (Math.round(before.getYDirAdj()) == Math.round(glyph.getYDirAdj())) {
                    assertThat(glyph.getXDirAdj()).as("%s after %s on the line at %.0f pt", glyph.getUnicode(), before.getUnicode(), glyph.getYDirAdj())
                            .isGreaterThanOrEqualTo(before.getXDirAdj() + before.getWidthDirAdj() - 0.5f);
                } else {
                    lines++;
                }
            }
            assertThat(lines).as("the header's words broken over several lines").isGreaterThan(8);
            // and no header glyph runs into the next cell: each ends before where the next column's
            // text starts (the data row's first line: 上 乙 丙 … 辰, one a column), less its padding.
            // (Flying Saucer's own break-anywhere left a word's last character over the edge: 得 分.)
            float data = positions.get(glyphs.text().indexOf("乙")).getYDirAdj();
            float header = positions.get(glyphs.text().indexOf("机")).getYDirAdj();
            List<Float> starts = positions.stream().filter(p -> Math.round(p.getYDirAdj()) == Math.round(data))
                    .map(org.apache.pdfbox.text.TextPosition::getXDirAdj).sorted().toList();
            assertThat(starts).hasSize(15);
            for (org.apache.pdfbox.text.TextPosition glyph : positions) {
                if (glyph.getYDirAdj() >= header - 1 && glyph.getYDirAdj() < data - 1) {
                    float left = glyph.getXDirAdj();
                    starts.stream().filter(x -> x > left + 1).findFirst().ifPresent(next ->
                            assertThat(left + glyph.getWidthDirAdj()).as("%s at %.0f pt", glyph.getUnicode(), glyph.getYDirAdj())
                                    .isLessThanOrEqualTo(next - 3));
                }
            }
        }
    }

    /**
     * A table whose columns' unbreakable runs do not fit the text width in the body's type (the
     * 15-column form) is set in the first smaller size of the theme at which they fit (3号 16pt →
     * 五号 10.5pt here), on lines of the body's proportion, in both outputs; a table that fits keeps
     * the body's size (the widths test's tables), and the text around the form keeps its own.
     */
    @Test
    void aTableTooWideForTheBodysTypeIsSetSmallerInBothOutputs() throws Exception {
        RenderFixture fixture = RenderFixture.render(Path.of("src/test/resources/render/no-break-headers.md"), Map.of());
        double body = fixture.setup().theme().role("body").size();
        List<Double> smaller = fixture.setup().theme().tables().smallerSizes();
        assertThat(smaller).isNotEmpty();
        double size = smaller.get(smaller.size() - 1);
        double line = org.wenshu.render.theme.ThemeCss.linePitch(fixture.setup().theme()) * size / body;
        try (PDDocument pdf = Loader.loadPDF(fixture.pdf())) {
            Glyphs glyphs = Glyphs.of(pdf);
            List<org.apache.pdfbox.text.TextPosition> positions = glyphs.positions();
            assertThat(positions.get(glyphs.text().indexOf("乙")).getXScale()).isCloseTo((float) size, within(0.01f));
            assertThat(positions.get(glyphs.text().indexOf("机")).getXScale()).isCloseTo((float) size, within(0.01f));
            assertThat(positions.get(glyphs.text().indexOf("各单位")).getXScale()).isCloseTo((float) body, within(0.02f));
            // a cell's lines one small line apart: 海 and 银 of 上海银行 in the first column
            float first = positions.get(glyphs.text().indexOf("海")).getYDirAdj();
            float second = positions.get(glyphs.text().indexOf("银")).getYDirAdj();
            assertThat((double) (second - first)).isCloseTo(line, within(0.1));
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(fixture.docx()))) {
            XWPFTable table = docx.getTables().get(0);
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph = cell.getParagraphs().get(0);
                    var spacing = paragraph.getCTP().getPPr().getSpacing();
                    assertThat(((java.math.BigInteger) spacing.getLine()).longValue()).isEqualTo(Math.round(line * 20));
                    assertThat(paragraph.getCTP().getPPr().getSnapToGrid()).as("off the body's line grid").isNotNull();
                    paragraph.getRuns().forEach(run -> assertThat(run.getFontSizeAsDouble()).as(run.text()).isEqualTo(size));
                }
            }
        }
        RenderFixture fits = RenderFixture.render(SOURCE, Map.of());
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(fits.docx()))) {
            for (XWPFTable table : docx.getTables()) {
                table.getRows().forEach(row -> row.getTableCells().forEach(cell -> cell.getParagraphs().forEach(p ->
                        p.getRuns().forEach(run -> assertThat(run.getFontSizeAsDouble()).as("the body's size, from the style").isNull()))));
            }
        }
    }

    private static long[] grid(XWPFTable table) {
        return table.getCTTbl().getTblGrid().getGridColList().stream().map(CTTblGridCol::getW)
                .mapToLong(w -> ((java.math.BigInteger) w).longValue()).toArray();
    }

    private static long sum(long[] values) {
        return java.util.Arrays.stream(values).sum();
    }
}
