package org.wenshu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenshu.model.SourceLine;

/**
 * Each reader carries the relative column widths its format gives into the model, in thousandths
 * of the table's width: Word's {@code w:tblGrid} (else the cells' {@code w:tcW}), the cell edges of
 * a .doc row, an HTML table's {@code col} elements or cell widths. Where a table gives none, or
 * gives them so that the model cannot tell which column each belongs to, there are none.
 */
class ColumnWidthsReadTest {
    private static String tc(String props, String text) {
        return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + MinimalDocx.p(text) + "</w:tc>";
    }

    private static SourceLine docxTable(String table) {
        byte[] docx = new MinimalDocx().body(MinimalDocx.p("表前的正文。") + table).bytes();
        return onlyTable(new DocxReader().read(Path.of("表.docx"), docx).lines());
    }

    private static SourceLine htmlTable(String table) {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><div><h1>关于植树造林的通知</h1>" + table
                + "</div></body></html>";
        return onlyTable(new HtmlReader().read(Path.of("表.html"), page.getBytes(StandardCharsets.UTF_8)).lines());
    }

    private static SourceLine onlyTable(List<SourceLine> lines) {
        List<SourceLine> tables = lines.stream().filter(SourceLine::isTable).toList();
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    @Test
    void docxGridColumnsGiveTheWidths() {
        SourceLine line = docxTable("<w:tbl><w:tblGrid><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid>"
                + "<w:tr>" + tc("", "序号") + tc("", "项目") + tc("", "完成情况") + "</w:tr>"
                + "<w:tr>" + tc("", "1") + tc("<w:gridSpan w:val=\"2\"/>", "民生实事十件全部完成") + "</w:tr></w:tbl>");
        assertThat(line.widths().perMille()).containsExactly(167, 333, 500);
        assertThat(line.spans()).isNotNull();
    }

    @Test
    void docxCellWidthsStandInForAMissingGrid() {
        SourceLine line = docxTable("<w:tbl>"
                + "<w:tr>" + tc("<w:tcW w:w=\"600\" w:type=\"dxa\"/>", "序号") + tc("<w:tcW w:w=\"1800\" w:type=\"dxa\"/>", "项目") + "</w:tr>"
                + "<w:tr>" + tc("<w:tcW w:w=\"600\" w:type=\"dxa\"/>", "1") + tc("<w:tcW w:w=\"1800\" w:type=\"dxa\"/>", "植树") + "</w:tr></w:tbl>");
        assertThat(line.widths().perMille()).containsExactly(250, 750);
    }

    @Test
    void docxWithoutWidthsOrWithARowIndentedGivesNone() {
        SourceLine bare = docxTable("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr>" + tc("", "序号") + tc("<w:tcW w:w=\"0\" w:type=\"auto\"/>", "项目") + "</w:tr>"
                + "<w:tr>" + tc("", "1") + tc("", "植树") + "</w:tr></w:tbl>");
        assertThat(bare.widths()).isNull();
        // gridBefore: the row's cell starts in the second grid column, which the model, listing each
        // row's cells from its first free column, cannot say
        SourceLine indented = docxTable("<w:tbl><w:tblGrid><w:gridCol w:w=\"1000\"/><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid>"
                + "<w:tr>" + tc("", "序号") + tc("", "项目") + tc("", "完成情况") + "</w:tr>"
                + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("", "合计") + tc("", "2100") + "</w:tr></w:tbl>");
        assertThat(indented.widths()).isNull();
    }

    @Test
    void docCellEdgesGiveTheWidths() throws Exception {
        // rm093: a .doc form whose 派驻人员计划 covers 保险机构 (名称, 人数) and 交巡警大队名称及人数
        Path file = Path.of("src/test/resources/word-real/rm093.doc");
        SourceLine form = new DocReader().read(file, Files.readAllBytes(file)).lines().stream()
                .filter(SourceLine::isTable).findFirst().orElseThrow();
        assertThat(form.widths().columns()).isEqualTo(6);
        assertThat(form.widths().perMille().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
        // 序号 is the narrowest column, as the form draws it
        assertThat(form.widths().perMille().get(0)).isLessThan(form.widths().perMille().get(1))
                .isEqualTo(form.widths().perMille().stream().mapToInt(Integer::intValue).min().getAsInt());
    }

    @Test
    void htmlColElementsGiveTheWidths() {
        SourceLine line = htmlTable("<table><colgroup><col width=\"10%\"><col span=\"2\" style=\"width: 45%\"></colgroup>"
                + "<tr><td>序号</td><td>区县</td><td>完成</td></tr><tr><td>1</td><td>东区</td><td>1180</td></tr></table>");
        assertThat(line.widths().perMille()).containsExactly(100, 450, 450);
    }

    @Test
    void htmlCellWidthsArePlacedOnTheGridAsABrowserPlacesThem() {
        // 区县 covers two rows, so the second row's first cell (计划, 60px) is in the second column
        SourceLine line = htmlTable("<table><tr><td rowspan=\"2\" width=\"40\">区县</td><td colspan=\"2\">任务</td></tr>"
                + "<tr><td width=\"60px\">计划</td><td style=\"width:100px\">完成</td></tr></table>");
        assertThat(line.widths().perMille()).containsExactly(200, 300, 500);
    }

    @Test
    void htmlMixingPercentAndLengthsOrLeavingAColumnOutGivesNone() {
        assertThat(htmlTable("<table><tr><td width=\"20%\">序号</td><td width=\"300\">区县</td></tr>"
                + "<tr><td>1</td><td>东区</td></tr></table>").widths()).isNull();
        assertThat(htmlTable("<table><tr><td width=\"20%\">序号</td><td>区县</td></tr>"
                + "<tr><td>1</td><td>东区</td></tr></table>").widths()).isNull();
    }
}
