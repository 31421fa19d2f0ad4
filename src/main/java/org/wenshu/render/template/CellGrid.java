package org.wenshu.render.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the cells of an XHTML table on its column grid as a browser does: each row's cells take
 * the next grid columns that no row span from above covers. Word needs the grid: a cell covering
 * several columns is one {@code w:tc} with {@code gridSpan}, and a cell covering several rows is a
 * {@code vMerge} restart followed by a continuing {@code w:tc} in each row below; the column widths
 * ({@link TableColumns}) are given per grid column.
 *
 * <p>Row spans never reach past the last row; a table wider than the largest grid a writer takes
 * (Word's 63 columns) is laid out with every span 1 (its cells all kept, as before spans were read).
 */
public final class CellGrid {
    /** Word's largest number of table columns. */
    public static final int WORD_MAX_COLUMNS = 63;

    /** A cell of the grid: the source cell's row and index in it, its first column and its spans. */
    public record Placed(int row, int index, int column, int rows, int columns) {}

    /** One slot of a row: the cell that starts there, or one whose row span continues into it. */
    public record Slot(Placed cell, boolean continued) {}

    private final List<List<Slot>> rows;
    private final int width;

    private CellGrid(List<List<Slot>> rows, int width) {
        this.rows = rows;
        this.width = width;
    }

    /** {@code spans.get(r).get(i)} = {rowspan, colspan} of cell i of row r. */
    public static CellGrid of(List<List<int[]>> spans) {
        CellGrid grid = place(spans, true);
        return grid.width <= WORD_MAX_COLUMNS ? grid : place(spans, false);
    }

    private static CellGrid place(List<List<int[]>> spans, boolean keepSpans) {
        int count = spans.size();
        List<Placed> covering = new ArrayList<>(); // cells whose row span reaches the current row
        List<List<Slot>> rows = new ArrayList<>();
        int width = 0;
        for (int r = 0; r < count; r++) {
            final int row = r;
            covering.removeIf(p -> p.row() + p.rows() <= row);
            List<Placed> above = new ArrayList<>(covering);
            above.sort((a, b) -> Integer.compare(a.column(), b.column()));
            List<Placed> here = new ArrayList<>(above);
            int column = 0;
            int k = 0; // the first cell from above not yet passed
            for (int i = 0; i < spans.get(r).size(); i++) {
                int[] span = spans.get(r).get(i);
                int rowSpan = keepSpans ? Math.max(1, Math.min(span[0], count - r)) : 1;
                int colSpan = keepSpans ? Math.max(1, span[1]) : 1;
                while (k < above.size() && above.get(k).column() <= column) {
                    column = Math.max(column, above.get(k).column() + above.get(k).columns());
                    k++;
                }
                Placed placed = new Placed(r, i, column, rowSpan, colSpan);
                here.add(placed);
                if (rowSpan > 1) {
                    covering.add(placed);
                }
                column += colSpan;
            }
            here.sort((a, b) -> Integer.compare(a.column(), b.column()));
            List<Slot> slots = new ArrayList<>();
            for (Placed p : here) {
                slots.add(new Slot(p, p.row() != r));
                width = Math.max(width, p.column() + p.columns());
            }
            rows.add(slots);
        }
        return new CellGrid(rows, width);
    }

    public int width() {
        return width;
    }

    /** The slots of row {@code r} from left to right; the columns between them are empty. */
    public List<Slot> row(int r) {
        return rows.get(r);
    }

    public int rowCount() {
        return rows.size();
    }

    /** The td and th cells of a row in document order. */
    public static List<org.w3c.dom.Element> cells(org.w3c.dom.Element row) {
        List<org.w3c.dom.Element> cells = new ArrayList<>();
        for (org.w3c.dom.Node child = row.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element element
                    && ("td".equals(element.getLocalName()) || "th".equals(element.getLocalName()))) {
                cells.add(element);
            }
        }
        return cells;
    }
}
