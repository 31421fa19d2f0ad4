package org.wenshu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenshu.model.CellSpan;
import org.wenshu.model.SourceLine;

/**
 * Merged table cells are one cell with a row and column span in every reader, held once in the row
 * it starts in: Word's gridSpan and vMerge (.docx), cell edges and vertical merge flags (.doc), HTML
 * rowspan/colspan.
 */
class MergedCellsTest {
    private static CellSpan span(int rows, int columns) {
        return new CellSpan(rows, columns);
    }

    private static final CellSpan ONE = CellSpan.ONE;

    private static String tc(String props, String text) {
        return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + MinimalDocx.p(text) + "</w:tc>";
    }

    private static SourceLine onlyTable(List<SourceLine> lines) {
        List<SourceLine> tables = lines.stream().filter(SourceLine::isTable).toList();
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    @Test
    void docxGridSpanAndVMergeBecomeSpans() {
        String table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", "区县") + tc("<w:gridSpan w:val=\"2\"/>", "任务")
                + tc("<w:vMerge w:val=\"restart\"/>", "备注") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge/>", "") + tc("", "计划") + tc("", "完成") + tc("<w:vMerge w:val=\"continue\"/>", "")
                + "</w:tr>"
                + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("<w:gridSpan w:val=\"3\"/>", "合计 2100") + "</w:tr>"
                + "</w:tbl>";
        byte[] docx = new MinimalDocx().body(MinimalDocx.p("表前的正文。") + table).bytes();
        SourceLine line = onlyTable(new DocxReader().read(Path.of("表.docx"), docx).lines());
        assertThat(line.table()).containsExactly(List.of("区县", "任务", "备注"), List.of("计划", "完成"), List.of("合计 2100"));
        assertThat(line.spans()).containsExactly(List.of(span(2, 1), span(1, 2), span(2, 1)), List.of(ONE, ONE),
                List.of(span(1, 3)));
    }

    @Test
    void docxTextInAContinuingCellIsKeptInTheMergedCell() {
        String table = "<w:tbl><w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", "上") + tc("", "甲") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge/>", "下") + tc("", "乙") + "</w:tr></w:tbl>";
        byte[] docx = new MinimalDocx().body(table).bytes();
        SourceLine line = onlyTable(new DocxReader().read(Path.of("表.docx"), docx).lines());
        assertThat(line.table()).containsExactly(List.of("上 下", "甲"), List.of("乙"));
        assertThat(line.spans().get(0).get(0)).isEqualTo(span(2, 1));
    }

    /** rm129.doc (Zhejiang, a real office file): its second table is a form with a two-row header. */
    @Test
    void docCellWidthsAndVerticalMergesBecomeSpans() throws Exception {
        Path file = Path.of("src/test/resources/word-real/rm129.doc");
        List<SourceLine> tables = new DocReader().read(file, Files.readAllBytes(file)).lines().stream()
                .filter(SourceLine::isTable).toList();
        SourceLine form = tables.get(1);
        assertThat(form.table().get(0)).containsExactly("序号", "被鉴定人", "前一次鉴定情况", "后一次鉴定情况");
        assertThat(form.spans().get(0)).containsExactly(span(2, 1), span(2, 1), span(1, 3), span(1, 3));
        assertThat(form.table().get(1)).hasSize(6).startsWith("司法鉴定机构");
        assertThat(form.spans().get(1)).containsOnly(ONE);
        assertThat(form.table().get(2)).hasSize(8).startsWith("1");
        assertThat(tables.get(0).spans()).as("a table without merged cells has no spans").isNull();
    }

    /** rm093.doc (Jiangsu): a filing form whose numbered rows each cover four rows of the right-hand columns. */
    @Test
    void docFormWithRowsOfFourKeepsOneCellPerNumber() throws Exception {
        Path file = Path.of("src/test/resources/word-real/rm093.doc");
        SourceLine form = onlyTable(new DocReader().read(file, Files.readAllBytes(file)).lines());
        assertThat(form.table().get(0)).containsExactly("序号", "道路名称", "具体点位位置", "派驻人员计划");
        assertThat(form.spans().get(0)).containsExactly(span(3, 1), span(3, 1), span(3, 1), span(1, 3));
        assertThat(form.table().get(1)).containsExactly("保险机构", "交巡警大队名称及人数");
        assertThat(form.spans().get(1)).containsExactly(span(1, 2), span(2, 1));
        assertThat(form.table().get(3)).hasSize(6).startsWith("1");
        assertThat(form.spans().get(3)).containsExactly(span(4, 1), span(4, 1), span(4, 1), ONE, ONE, span(4, 1));
        assertThat(form.table().get(4)).as("a row inside the merged cells lists only its own cells").hasSize(2);
        assertThat(form.text().split("1", -1)).as("each number once").hasSize(2);
    }

    @Test
    void htmlRowspanAndColspanBecomeSpansNeverPastTheTable() {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><div><h1>关于植树造林的通知</h1>"
                + "<table><tr><th rowspan=\"2\">区县</th><th colspan=\"2\">任务</th></tr>"
                + "<tr><td>计划</td><td>完成</td></tr><tr><td>东区</td><td rowspan=\"9\">1200</td><td colspan=\"x\">1180</td></tr>"
                + "</table></div></body></html>";
        SourceLine line = onlyTable(new HtmlReader().read(Path.of("表.html"), page.getBytes(StandardCharsets.UTF_8)).lines());
        assertThat(line.table()).containsExactly(List.of("区县", "任务"), List.of("计划", "完成"), List.of("东区", "1200", "1180"));
        assertThat(line.spans()).containsExactly(List.of(span(2, 1), span(1, 2)), List.of(ONE, ONE), List.of(ONE, ONE, ONE));
    }
}
