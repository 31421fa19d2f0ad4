package org.wenshu.model;

import java.util.List;
import java.util.Objects;

/**
 * One line of source text with its 1-based line number in the original file (for formats without
 * lines, such as .docx, the number of the paragraph or table in reading order).
 *
 * <p>Readers of structured formats may add what the format itself says: {@code headingLevel}
 * (1-based, from a Word heading style or outline level, a Markdown {@code #}, an HTML {@code h2};
 * 0 for the format's title; {@link #LIST_ITEM} where the format says the line is a list item and
 * never a heading; null when the format says nothing) and {@code table} (the rows of cells when the line stands for
 * a table; {@code text} then holds the cells joined by tabs and rows by spaces, for checks that read text), with
 * {@code spans} giving each cell's row and column span when cells are merged (null when none is: see
 * {@link CellSpan}) and {@code widths} the relative widths of its grid columns when the source gives
 * them (null when it does not: see {@link ColumnWidths}).
 */
public record SourceLine(String text, int number, Integer headingLevel, List<List<String>> table,
        List<List<CellSpan>> spans, ColumnWidths widths) {
    /** The {@code headingLevel} of a line its format marks as a list item (Markdown "1. …"). */
    public static final int LIST_ITEM = -1;

    public SourceLine {
        Objects.requireNonNull(text, "text");
        table = table == null ? null : table.stream().map(List::copyOf).toList();
        spans = CellSpan.normalised(table, spans);
        widths = ColumnWidths.checked(widths, table, spans);
    }

    public SourceLine(String text, int number, Integer headingLevel, List<List<String>> table) {
        this(text, number, headingLevel, table, null, null);
    }

    public SourceLine(String text, int number) {
        this(text, number, null, null);
    }

    public SourceLine withText(String newText) {
        return new SourceLine(newText, number, headingLevel, table, spans, widths);
    }

    public boolean isTable() {
        return table != null;
    }

    /** A copy with another heading level and everything else the same. */
    public SourceLine withHeadingLevel(Integer level) {
        return new SourceLine(text, number, level, table, spans, widths);
    }
}
