package org.wenshu.ingest;

import java.util.List;
import org.wenshu.model.SourceLine;

/**
 * Authors often set a document's title in the first heading style ("# 标题", Word's Heading 1):
 * when the first heading is the only one at level 1, no title is marked and no running text comes
 * before it, it becomes the title (level 0) and every other heading moves up one level.
 */
final class LoneTopHeading {
    /** A line this long is running text, not part of a title block. */
    private static final int RUNNING_TEXT = 60;

    private LoneTopHeading() {}

    static List<SourceLine> asTitle(List<SourceLine> lines) {
        SourceLine first = null;
        for (SourceLine line : lines) {
            if (line.headingLevel() != null && line.headingLevel() >= 0) {
                first = line;
                break;
            }
            if (line.text().length() >= RUNNING_TEXT) {
                return lines; // the body has begun: a heading after it is no title
            }
        }
        if (first == null || first.headingLevel() != 1) {
            return lines;
        }
        boolean titled = lines.stream().anyMatch(l -> l.headingLevel() != null && l.headingLevel() == 0);
        long ones = lines.stream().filter(l -> l.headingLevel() != null && l.headingLevel() == 1).count();
        if (titled || ones != 1) {
            return lines;
        }
        return lines.stream().map(l -> l.headingLevel() == null || l.headingLevel() <= 0 ? l
                : l.withHeadingLevel(l.headingLevel() - 1)).toList();
    }
}
