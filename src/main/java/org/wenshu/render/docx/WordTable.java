package org.wenshu.render.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code w:tbl}: fixed column widths in twips, single rules on every edge and inner line,
 * left and right cell margins, rows that do not split across pages, cells that span grid
 * columns ({@code gridSpan}) or continue a cell above ({@code vMerge}).
 */
final class WordTable implements WordBlock {
    private final long[] columns;
    private final long cellMargin;
    private final List<List<Cell>> rows = new ArrayList<>();

    /** A cell {@code width} twips wide over {@code span} grid columns; {@code merge}: null, "restart" or "continue". */
    record Cell(long width, int span, String merge, WordParagraph paragraph) { }

    WordTable(long[] columns, long cellMargin) {
        this.columns = columns.clone();
        this.cellMargin = cellMargin;
    }

    /** Starts a new row; cells are added to the last row. */
    void newRow() {
        rows.add(new ArrayList<>());
    }

    void add(Cell cell) {
        rows.get(rows.size() - 1).add(cell);
    }

    @Override
    public void write(WordXml xml) {
        long width = 0;
        for (long column : columns) {
            width += column;
        }
        xml.open("w:tbl").end().open("w:tblPr").end();
        xml.open("w:tblW").attr("w:w", width).attr("w:type", "dxa").close();
        xml.open("w:tblBorders").end();
        for (String side : new String[] {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
            xml.val(side, "single");
        }
        xml.endTag("w:tblBorders");
        xml.open("w:tblLayout").attr("w:type", "fixed").close();
        xml.open("w:tblCellMar").end()
                .open("w:left").attr("w:w", cellMargin).attr("w:type", "dxa").close()
                .open("w:right").attr("w:w", cellMargin).attr("w:type", "dxa").close()
                .endTag("w:tblCellMar");
        xml.endTag("w:tblPr").open("w:tblGrid").end();
        for (long column : columns) {
            xml.open("w:gridCol").attr("w:w", column).close();
        }
        xml.endTag("w:tblGrid");
        for (List<Cell> row : rows) {
            xml.open("w:tr").end().open("w:trPr").end().val("w:cantSplit", "on").endTag("w:trPr");
            for (Cell cell : row) {
                xml.open("w:tc").end().open("w:tcPr").end();
                xml.open("w:tcW").attr("w:w", cell.width()).attr("w:type", "dxa").close();
                if (cell.span() > 1) {
                    xml.val("w:gridSpan", cell.span());
                }
                if (cell.merge() != null) {
                    xml.val("w:vMerge", cell.merge());
                }
                xml.endTag("w:tcPr");
                cell.paragraph().write(xml);
                xml.endTag("w:tc");
            }
            xml.endTag("w:tr");
        }
        xml.endTag("w:tbl");
    }
}
