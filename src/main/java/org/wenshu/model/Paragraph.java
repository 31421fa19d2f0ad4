package org.wenshu.model;

import java.util.Objects;

/**
 * A body paragraph. {@code lead} is the run-in lead sentence or label that opens it
 * ("以学铸魂转作风。", "县级层面：", "一是…。"), already included at the start of {@code text};
 * {@code marker} is set for list items ("1.", "［3］") and is not part of {@code text}.
 */
public record Paragraph(String text, String lead, String marker, int line) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }

    public static Paragraph plain(String text, int line) {
        return new Paragraph(text, null, null, line);
    }

    public boolean isListItem() {
        return marker != null;
    }
}
