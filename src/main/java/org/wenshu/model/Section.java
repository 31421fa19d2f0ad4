package org.wenshu.model;

import java.util.List;
import java.util.Objects;

/**
 * A heading with its body and sub-sections. {@code marker} is the numbering as written ("一、",
 * "（一）", "1.", "附件1") or empty for an unnumbered heading; {@code kind} tells ordinary headings
 * from the parts that sit outside the numbered structure (attachments, notes).
 */
public record Section(String marker, String heading, int line, Kind kind,
                      List<Paragraph> paragraphs, List<Section> sections) {

    /** What part of a document a section is. */
    public enum Kind { HEADING, ATTACHMENT, NOTES }

    public Section {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(kind, "kind");
        paragraphs = List.copyOf(paragraphs);
        sections = List.copyOf(sections);
    }

    /** The characters of its heading and text, its sub-sections' included. */
    public long textLength() {
        long length = heading.length();
        for (Paragraph paragraph : paragraphs) {
            length += paragraph.text().length();
        }
        for (Section section : sections) {
            length += section.textLength();
        }
        return length;
    }

    /** The heading as a reader sees it: marker and text, with the marker's own separator. */
    public String displayHeading() {
        if (marker.isEmpty()) {
            return heading;
        }
        if (kind != Kind.HEADING || marker.startsWith("第")) {
            // 附件1 和 第一章 are followed by a space (GB/T 15834 B.3)
            return heading.isEmpty() ? marker : marker + " " + heading;
        }
        return marker + heading;
    }
}
