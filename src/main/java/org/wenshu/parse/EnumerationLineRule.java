package org.wenshu.parse;

import java.util.Optional;
import org.wenshu.model.Paragraph;

/**
 * A line that opens with an enumeration (一是…, 其二是…) is a paragraph with its lead, never a
 * heading: 一是 二是 count points inside a section, they do not open levels.
 */
final class EnumerationLineRule implements HeadingRule {
    @Override
    public String name() {
        return "enumeration";
    }

    @Override
    public Optional<Proposal> propose(Context context) {
        String text = context.text();
        if (context.scope().list() || !LeadFinder.isEnumeration(text)) {
            return Optional.empty();
        }
        return context.one(new OutlineItem.Para(new Paragraph(text, LeadFinder.find(text), null,
                context.line().number()), name()));
    }
}
