package org.wenshu.model;

import java.util.List;
import java.util.Objects;

/**
 * A body paragraph. {@code lead} is the run-in lead sentence or label that opens it
 * ("以学铸魂转作风。", "县级层面：", "一是…。"), already included at the start of {@code text};
 * {@code marker} is set for list items ("1.", "［3］") and is not part of {@code text};
 * {@code table} is set when the block is a table (rows of cell texts; {@code text} then holds the
 * cells as plain text; each row lists the cells that start in it, and {@code spans}, null when no cell is
 * merged, gives their row and column spans: see {@link CellSpan}; {@code widths}, null when the source
 * gives none, the relative widths of its grid columns: see {@link ColumnWidths}).
 */
public record Paragraph(String text, String lead, String marker, List<List<String>> table,
        List<List<CellSpan>> spans, ColumnWidths widths, int line) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        table = table == null ? null : table.stream().map(List::copyOf).toList();
        spans = CellSpan.normalised(table, spans);
        widths = ColumnWidths.checked(widths, table, spans);
    }

    public Paragraph(String text, String lead, String marker, List<List<String>> table, int line) {
        this(text, lead, marker, table, null, null, line);
    }

    public Paragraph(String text, String lead, String marker, int line) {
        this(text, lead, marker, null, line);
    }

    public static Paragraph plain(String text, int line) {
        return new Paragraph(text, null, null, line);
    }

    public static Paragraph table(List<List<String>> rows, String text, int line) {
        return new Paragraph(text, null, null, rows, null, null, line);
    }

    public static Paragraph table(List<List<String>> rows, List<List<CellSpan>> spans, ColumnWidths widths,
            String text, int line) {
        return new Paragraph(text, null, null, rows, spans, widths, line);
    }

    /** The span of cell {@code column} of row {@code row} of the table. */
    public CellSpan span(int row, int column) {
        return CellSpan.at(spans, row, column);
    }

    /** The number of grid columns of the table (see {@link CellSpan#gridColumns}); 0 for a paragraph. */
    public int columns() {
        return CellSpan.gridColumns(table, spans);
    }

    /** A copy with other text, lead and marker, and the same table and line. */
    public Paragraph withText(String newText, String newLead, String newMarker) {
        return new Paragraph(newText, newLead, newMarker, table, spans, widths, line);
    }

    public boolean isListItem() {
        return marker != null;
    }

    public boolean isTable() {
        return table != null;
    }
}
