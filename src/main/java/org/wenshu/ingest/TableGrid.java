package org.wenshu.ingest;

import java.util.ArrayList;
import java.util.List;
import org.wenshu.model.CellSpan;
import org.wenshu.model.ColumnWidths;
import org.wenshu.model.SourceLine;

/**
 * Collects a Word table's cells row by row on its column grid and merges them as Word shows them:
 * a cell that covers several grid columns ({@code gridSpan}, or a .doc cell as wide as several
 * columns) and a cell that continues the one above it ({@code vMerge}) become one cell with a row
 * and column span, held once in the row it starts in. A continuing cell that holds text of its own
 * (Word hides it; an edited file can have it) adds it to the merged cell, so no text is lost.
 */
final class TableGrid {
    private final List<List<String>> texts = new ArrayList<>();
    private final List<List<int[]>> cells = new ArrayList<>(); // per cell: grid column, rows, columns
    private List<? extends Number> sourceWidths;

    /**
     * The widths of the source's grid columns from the left (twips, or any one unit), as the
     * table's grid or its cell edges give them; null when it gives none.
     */
    void columnWidths(List<? extends Number> widths) {
        this.sourceWidths = widths;
    }

    void newRow() {
        texts.add(new ArrayList<>());
        cells.add(new ArrayList<>());
    }

    /**
     * Adds a cell to the current row at grid column {@code column} covering {@code columns} grid
     * columns; {@code continuesAbove} when it merges with the cell above that starts at the same
     * grid column (a continuing cell without such a cell above starts one).
     */
    void cell(String text, int column, int columns, boolean continuesAbove) {
        int row = texts.size() - 1;
        if (continuesAbove) {
            for (int r = row - 1; r >= 0; r--) {
                List<int[]> above = cells.get(r);
                for (int c = 0; c < above.size(); c++) {
                    int[] origin = above.get(c);
                    if (origin[0] == column && r + origin[1] == row) {
                        origin[1]++;
                        if (!text.isEmpty()) {
                            String held = texts.get(r).get(c);
                            texts.get(r).set(c, held.isEmpty() ? text : held + " " + text);
                        }
                        return;
                    }
                }
            }
        }
        texts.get(row).add(text);
        cells.get(row).add(new int[] {column, 1, Math.max(1, columns)});
    }

    /**
     * A cell of the current row that Word's old horizontal merge joins to the cell before it: that
     * cell now reaches grid column {@code end}, and this one's text (if any) is added to it.
     */
    void widenLast(String text, int end) {
        int row = texts.size() - 1;
        List<int[]> current = cells.get(row);
        if (current.isEmpty()) {
            cell(text, 0, end, false);
            return;
        }
        int[] last = current.get(current.size() - 1);
        last[2] = Math.max(last[2], end - last[0]);
        if (!text.isEmpty()) {
            String held = texts.get(row).get(current.size() - 1);
            texts.get(row).set(current.size() - 1, held.isEmpty() ? text : held + " " + text);
        }
    }

    boolean anyText() {
        return texts.stream().flatMap(List::stream).anyMatch(t -> !t.isEmpty());
    }

    int cellCount() {
        return texts.stream().mapToInt(List::size).sum();
    }

    /** The table as a source line: cells joined by tabs and rows by spaces as its text. */
    SourceLine line(int number) {
        List<List<CellSpan>> spans = new ArrayList<>();
        for (List<int[]> row : cells) {
            spans.add(row.stream().map(c -> new CellSpan(c[1], c[2])).toList());
        }
        List<String> joined = texts.stream().map(row -> String.join("\t", row)).toList();
        return new SourceLine(String.join(" ", joined), number, null, texts, spans, widths(spans));
    }

    /**
     * The source's column widths, for the grid columns its cells take; null when it gives none or
     * when a row leaves grid columns empty before or between its cells (Word's {@code gridBefore},
     * a .doc row indented from the others), which the model, listing each row's cells from its
     * first free column, cannot place.
     */
    private ColumnWidths widths(List<List<CellSpan>> spans) {
        if (sourceWidths == null) {
            return null;
        }
        int end = 0;
        List<int[]> reaching = new ArrayList<>(); // {last row, first column, columns}
        for (int r = 0; r < cells.size(); r++) {
            final int row = r;
            reaching.removeIf(s -> s[0] < row);
            int next = 0;
            for (int[] cell : cells.get(r)) {
                next = free(next, reaching);
                if (cell[0] != next) {
                    return null;
                }
                next += cell[2];
                end = Math.max(end, next);
            }
            for (int[] cell : cells.get(r)) {
                if (cell[1] > 1) {
                    reaching.add(new int[] {r + cell[1] - 1, cell[0], cell[2]});
                }
            }
        }
        if (end == 0 || sourceWidths.size() < end || CellSpan.gridColumns(texts, spans) != end) {
            return null;
        }
        return ColumnWidths.of(sourceWidths.subList(0, end));
    }

    /** The first grid column at or after {@code column} that no row span from above covers. */
    private static int free(int column, List<int[]> reaching) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int[] span : reaching) {
                if (column >= span[1] && column < span[1] + span[2]) {
                    column = span[1] + span[2];
                    moved = true;
                }
            }
        }
        return column;
    }
}
