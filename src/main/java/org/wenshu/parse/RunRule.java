package org.wenshu.parse;

import java.util.List;
import org.wenshu.model.SourceLine;

/**
 * A decision taken over runs of proposed items rather than line by line: which candidates stay
 * headings given their siblings. Returns the items with its decisions applied, one for one.
 */
interface RunRule {
    String name();

    /** {@code origins.get(i)} is the source line item {@code i} was proposed from. */
    List<OutlineItem> decide(List<OutlineItem> items, List<SourceLine> origins);
}
