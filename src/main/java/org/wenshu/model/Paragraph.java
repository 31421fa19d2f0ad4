package org.wenshu.model;

import java.util.List;
import java.util.Objects;

/**
 * A body paragraph. {@code lead} is the run-in lead sentence or label that opens it
 * ("以学铸魂转作风。", "县级层面：", "一是…。"), already included at the start of {@code text};
 * {@code marker} is set for list items ("1.", "［3］") and is not part of {@code text};
 * {@code table} is set when the block is a table (rows of cell texts; {@code text} then holds the
 * cells as plain text).
 */
public record Paragraph(String text, String lead, String marker, List<List<String>> table, int line) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        table = table == null ? null : table.stream().map(List::copyOf).toList();
    }

    public Paragraph(String text, String lead, String marker, int line) {
        this(text, lead, marker, null, line);
    }

    public static Paragraph plain(String text, int line) {
        return new Paragraph(text, null, null, line);
    }

    public static Paragraph table(List<List<String>> rows, String text, int line) {
        return new Paragraph(text, null, null, rows, line);
    }

    public boolean isListItem() {
        return marker != null;
    }

    public boolean isTable() {
        return table != null;
    }
}
