package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/** Tables of a source stay tables in both outputs, in their place between the paragraphs. */
class TableOutputTest {
    private static final List<List<String>> ROWS = List.of(
            List.of("项目", "年度目标", "一季度完成", "进度"),
            List.of("新增城镇就业", "30万人", "8.2万人", "27%"),
            List.of("老旧小区改造", "300个", "95个", "32%"),
            List.of("新增托位", "5000个", "1200个", "24%"));

    @Test
    void markdownTableBecomesAWordTableAndARuledPdfTable() throws Exception {
        RenderFixture fixture = RenderFixture.render(Path.of("src/test/resources/render/table.md"), Map.of());

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(fixture.docx()))) {
            assertThat(docx.getTables()).hasSize(1);
            XWPFTable table = docx.getTables().get(0);
            assertThat(table.getRows()).hasSize(4);
            for (int r = 0; r < ROWS.size(); r++) {
                assertThat(table.getRow(r).getTableCells()).extracting(XWPFTableCell::getText)
                        .containsExactlyElementsOf(ROWS.get(r));
            }
            // the table sits between the paragraph that announces it and the next heading
            int at = docx.getBodyElements().indexOf(table);
            assertThat(((XWPFParagraph) docx.getBodyElements().get(at - 1)).getText()).startsWith("一季度，全市10件民生实事");
            assertThat(((XWPFParagraph) docx.getBodyElements().get(at + 1)).getText()).isEqualTo("二、下步打算");
            // header row bold and centred, numbers flush right, text cells as body text
            XWPFParagraph header = table.getRow(0).getCell(1).getParagraphs().get(0);
            assertThat(header.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(header.getRuns()).allMatch(XWPFRun::isBold);
            assertThat(table.getRow(1).getCell(1).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(table.getRow(1).getCell(3).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            XWPFParagraph label = table.getRow(1).getCell(0).getParagraphs().get(0);
            assertThat(label.getAlignment()).isNotIn(ParagraphAlignment.CENTER, ParagraphAlignment.RIGHT);
            assertThat(label.getRuns()).noneMatch(XWPFRun::isBold);
            // the heading after the table is set apart by a line
            assertThat(((XWPFParagraph) docx.getBodyElements().get(at + 1)).getSpacingBefore()).isGreaterThan(500);
        }

        try (PDDocument pdf = Loader.loadPDF(fixture.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("新增城镇就业30万人8.2万人27%");
            assertThat(text.indexOf("如下表所示")).isLessThan(text.indexOf("新增托位"));
            assertThat(text.indexOf("新增托位")).isLessThan(text.indexOf("二、下步打算"));
            // numbers end at their cell's right edge: the last column's right ends align
            List<PdfLines.Line> lines = PdfLines.read(pdf).get(0);
            List<Double> rightEnds = lines.stream().filter(l -> l.text().endsWith("%")).map(PdfLines.Line::right).toList();
            assertThat(rightEnds).hasSize(3);
            assertThat(rightEnds.get(0)).isCloseTo(rightEnds.get(2), org.assertj.core.api.Assertions.within(0.5));
        }
    }

    /**
     * A row that fits on a page is never split over two (the summary example's figures table left
     * a unit's value alone at the top of the next page, read after its neighbour's first lines):
     * each row's short cell and the end of its long cell are on one page in the PDF, and the DOCX
     * rows may not break either.
     */
    @Test
    void aRowThatFitsOnAPageIsNotSplitOverTwo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        StringBuilder md = new StringBuilder("# 各地主要预期目标\n\n## 一、目标对比\n\n各地目标如下表所示。\n\n| 单位及数据 | 原文 |\n| --- | --- |\n");
        int rows = 16;
        for (int r = 1; r <= rows; r++) {
            md.append("| 甲").append(r).append("市：5% | 第").append(r).append("行")
                    .append("地区生产总值增长百分之五左右，一般公共预算收入稳步增长，".repeat(4)).append("末").append(r).append("行 |\n");
        }
        java.nio.file.Files.writeString(dir.resolve("rows.md"), md);
        RenderFixture fixture = RenderFixture.render(dir.resolve("rows.md"), Map.of());

        try (PDDocument pdf = Loader.loadPDF(fixture.pdf())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
            List<String> pages = new java.util.ArrayList<>();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(pdf).replaceAll("\\s+", ""));
            }
            for (int r = 1; r <= rows; r++) {
                String unit = "甲" + r + "市：5%";
                String end = "末" + r + "行";
                int page = -1;
                for (int p = 0; p < pages.size() && page < 0; p++) {
                    page = pages.get(p).contains(unit) ? p : -1;
                }
                assertThat(page).as(unit).isNotNegative();
                assertThat(pages.get(page)).as("row %d on page %d", r, page + 1).contains("第" + r + "行", end);
            }
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(fixture.docx()))) {
            assertThat(docx.getTables().get(0).getRows()).hasSize(rows + 1).allMatch(row -> row.isCantSplitRow());
        }
    }
}
