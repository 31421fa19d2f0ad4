package org.wenshu.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A body paragraph. {@code lead} is the run-in lead sentence or label that opens it
 * ("以学铸魂转作风。", "县级层面：", "一是…。"), already included at the start of {@code text};
 * {@code marker} is set for list items ("1.", "［3］") and is not part of {@code text};
 * {@code table} is set when the block is a table (rows of cell texts; {@code text} then holds the
 * cells as plain text; each row lists the cells that start in it, and {@code spans}, null when no cell is
 * merged, gives their row and column spans: see {@link CellSpan}).
 */
public record Paragraph(String text, String lead, String marker, List<List<String>> table,
        List<List<CellSpan>> spans, int line) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        table = table == null ? null : table.stream().map(List::copyOf).toList();
        spans = CellSpan.normalised(table, spans);
    }

    public Paragraph(String text, String lead, String marker, List<List<String>> table, int line) {
        this(text, lead, marker, table, null, line);
    }

    public Paragraph(String text, String lead, String marker, int line) {
        this(text, lead, marker, null, line);
    }

    public static Paragraph plain(String text, int line) {
        return new Paragraph(text, null, null, line);
    }

    public static Paragraph table(List<List<String>> rows, String text, int line) {
        return new Paragraph(text, null, null, rows, null, line);
    }

    public static Paragraph table(List<List<String>> rows, List<List<CellSpan>> spans, String text, int line) {
        return new Paragraph(text, null, null, rows, spans, line);
    }

    /** The span of cell {@code column} of row {@code row} of the table. */
    public CellSpan span(int row, int column) {
        return CellSpan.at(spans, row, column);
    }

    /**
     * The number of grid columns of the table: the widest row, counting each cell's column span and
     * the cells of rows above whose row span reaches into it.
     */
    public int columns() {
        if (table == null) {
            return 0;
        }
        int widest = 0;
        List<int[]> reaching = new ArrayList<>(); // {last row, columns}
        for (int r = 0; r < table.size(); r++) {
            final int row = r;
            reaching.removeIf(s -> s[0] < row);
            int width = reaching.stream().mapToInt(s -> s[1]).sum();
            for (int c = 0; c < table.get(r).size(); c++) {
                CellSpan span = span(r, c);
                width += span.columns();
                if (span.rows() > 1) {
                    reaching.add(new int[] {r + span.rows() - 1, span.columns()});
                }
            }
            widest = Math.max(widest, width);
        }
        return widest;
    }

    /** A copy with other text, lead and marker, and the same table and line. */
    public Paragraph withText(String newText, String newLead, String newMarker) {
        return new Paragraph(newText, newLead, newMarker, table, spans, line);
    }

    public boolean isListItem() {
        return marker != null;
    }

    public boolean isTable() {
        return table != null;
    }
}
