package org.wenshu.parse;

import java.util.List;
import org.wenshu.model.SourceLine;

/**
 * A decision taken over runs of proposed items rather than line by line: which candidates stay
 * headings given their siblings. Returns the items with its decisions applied.
 */
interface RunRule {
    String name();

    List<OutlineItem> decide(List<OutlineItem> items, List<SourceLine> lines);
}
