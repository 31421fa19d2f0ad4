package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A table with merged cells ({@code render/merged-table.html}: a two-row header whose 区县 and 备注
 * cover both rows and whose 植树任务 covers 计划 and 完成, a 备注 covering two body rows and a last
 * row whose first cell covers three columns) keeps its spans in the PDF and in the DOCX, with each
 * merged cell's text once.
 */
class MergedTableOutputTest {
    private static final Path SOURCE = Path.of("src/test/resources/render/merged-table.html");

    @Test
    void spansSurviveInBothOutputs() throws Exception {
        RenderFixture fixture = RenderFixture.render(SOURCE, Map.of());

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(fixture.docx()))) {
            XWPFTable table = docx.getTables().get(0);
            assertThat(table.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(4);
            assertThat(table.getRows()).hasSize(5);
            // row 1: 区县 (restarts a vertical merge) | 植树任务 over two grid columns | 备注 (restart)
            assertThat(cells(table.getRow(0))).containsExactly("区县 v=restart", "植树任务（亩） span=2", "备注 v=restart");
            assertThat(cells(table.getRow(1))).containsExactly(" v=continue", "计划", "完成", " v=continue");
            assertThat(cells(table.getRow(2))).containsExactly("东区", "1200", "1180", "春季集中栽植 v=restart");
            assertThat(cells(table.getRow(3))).containsExactly("西区", "900", "950", " v=continue");
            assertThat(cells(table.getRow(4))).containsExactly("南区因工程调整，任务转入第二季度 span=3", "待定");
            String all = table.getText();
            assertThat(all.split("春季集中栽植", -1)).as("a merged cell's text once").hasSize(2);
        }

        try (PDDocument pdf = Loader.loadPDF(fixture.pdf())) {
            Glyphs glyphs = Glyphs.of(pdf);
            assertThat(glyphs.count("植树任务（亩）")).isEqualTo(1);
            assertThat(glyphs.count("春季集中栽植")).isEqualTo(1);
            Glyphs.Word county = glyphs.find("区县");
            Glyphs.Word task = glyphs.find("植树任务（亩）");
            Glyphs.Word planned = glyphs.find("计划");
            Glyphs.Word done = glyphs.find("完成");
            // 计划 and 完成 sit in the header's second row, right of the 区县 column that covers both rows
            assertThat(planned.baseline()).isGreaterThan(task.baseline() + 5);
            assertThat(planned.left()).isGreaterThan(county.right());
            // the header over two columns is centred over both, not over the first
            double centre = (task.left() + task.right()) / 2;
            assertThat(centre).isGreaterThan(planned.right()).isLessThan(done.left());
            // the last row's first cell runs across the first three columns: 待定 is in the fourth
            Glyphs.Word south = glyphs.find("南区因工程调整，任务转入第二季度");
            Glyphs.Word note = glyphs.find("春季集中栽植");
            Glyphs.Word open = glyphs.find("待定");
            assertThat(south.right()).isGreaterThan(done.left());
            assertThat(open.left()).isCloseTo(note.left(), within(1.0));
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        List<String> out = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            StringBuilder text = new StringBuilder(cell.getText());
            CTTcPr pr = cell.getCTTc().getTcPr();
            if (pr != null && pr.isSetGridSpan()) {
                text.append(" span=").append(pr.getGridSpan().getVal());
            }
            if (pr != null && pr.isSetVMerge()) {
                STMerge.Enum val = pr.getVMerge().getVal();
                text.append(" v=").append(val == null ? "continue" : val.toString());
            }
            out.add(text.toString());
        }
        return out;
    }
}
