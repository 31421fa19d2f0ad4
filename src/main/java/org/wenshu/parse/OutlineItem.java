package org.wenshu.parse;

import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;

/** What a line (or a few) of a body is, as heading recognition decides it. */
sealed interface OutlineItem permits OutlineItem.Para, OutlineItem.Head, OutlineItem.Part {

    /** A body paragraph, list item or table; {@code rule} names the rule that proposed it, or is empty. */
    record Para(Paragraph paragraph, String rule) implements OutlineItem {
        Para(Paragraph paragraph) {
            this(paragraph, "");
        }
    }

    /**
     * A heading. {@code styledLevel} is the level the source format states (Word heading style), 0
     * if none; {@code rule} names the rule that proposed it, so run-level passes know its grounds.
     */
    record Head(MarkerKind kind, String marker, int ordinal, String heading, int line,
                Paragraph runIn, int styledLevel, String rule) implements OutlineItem {
        Head withHeading(String newHeading, Paragraph newRunIn) {
            return new Head(kind, marker, ordinal, newHeading, line, newRunIn, styledLevel, rule);
        }
    }

    /** The start of an attachment or notes part: it closes every open heading. */
    record Part(Section.Kind kind, String marker, String heading, int line) implements OutlineItem {}
}
