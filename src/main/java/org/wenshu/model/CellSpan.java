package org.wenshu.model;

import java.util.List;

/**
 * How many rows and grid columns a table cell covers (a merged cell of Word, an HTML
 * {@code rowspan}/{@code colspan}). A table's rows list only the cells that start in them, so a
 * merged cell's text is held once; the cells a span covers in the rows below are not listed.
 */
public record CellSpan(int rows, int columns) {
    /** A cell of one row and one column. */
    public static final CellSpan ONE = new CellSpan(1, 1);

    public CellSpan {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("a cell spans at least one row and one column: " + rows + "×" + columns);
        }
    }

    public boolean merged() {
        return rows > 1 || columns > 1;
    }

    /**
     * The spans of a table, or null when no cell is merged (the form {@link SourceLine} and
     * {@link Paragraph} keep). Checks that {@code spans} has the shape of {@code table}.
     */
    static List<List<CellSpan>> normalised(List<List<String>> table, List<List<CellSpan>> spans) {
        if (spans == null) {
            return null;
        }
        if (table == null || spans.size() != table.size()) {
            throw new IllegalArgumentException("cell spans given for " + spans.size() + " rows of a table of "
                    + (table == null ? 0 : table.size()));
        }
        boolean any = false;
        for (int r = 0; r < spans.size(); r++) {
            if (spans.get(r).size() != table.get(r).size()) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + table.get(r).size()
                        + " cells and " + spans.get(r).size() + " spans");
            }
            any |= spans.get(r).stream().anyMatch(CellSpan::merged);
        }
        return any ? spans.stream().map(List::copyOf).toList() : null;
    }

    /** The span of cell {@code column} of row {@code row}; {@link #ONE} when {@code spans} is null. */
    static CellSpan at(List<List<CellSpan>> spans, int row, int column) {
        return spans == null ? ONE : spans.get(row).get(column);
    }

    /**
     * The number of grid columns of {@code table}: the widest row, counting each cell's column span
     * and the cells of rows above whose row span reaches into it ({@code spans} null: none merged).
     */
    public static int gridColumns(List<List<String>> table, List<List<CellSpan>> spans) {
        if (table == null) {
            return 0;
        }
        int widest = 0;
        List<int[]> reaching = new java.util.ArrayList<>(); // {last row, columns}
        for (int r = 0; r < table.size(); r++) {
            final int row = r;
            reaching.removeIf(s -> s[0] < row);
            int width = reaching.stream().mapToInt(s -> s[1]).sum();
            for (int c = 0; c < table.get(r).size(); c++) {
                CellSpan span = at(spans, r, c);
                width += span.columns();
                if (span.rows() > 1) {
                    reaching.add(new int[] {r + span.rows() - 1, span.columns()});
                }
            }
            widest = Math.max(widest, width);
        }
        return widest;
    }
}
