package org.wenshu.parse;

import java.util.Optional;
import org.wenshu.model.Paragraph;
import org.wenshu.model.SourceLine;

/**
 * What the source format says a line is: a list item (never a heading) or a heading of a stated
 * level (a Word heading style, a Markdown #). Inside a list part a styled heading is left to the
 * list rules.
 */
final class StyledLineRule implements HeadingRule {
    @Override
    public String name() {
        return "styled";
    }

    @Override
    public Optional<Proposal> propose(Context context) {
        SourceLine line = context.line();
        Integer level = line.headingLevel();
        if (level == null) {
            return Optional.empty();
        }
        String text = line.text();
        Optional<Marker> marker = Marker.find(text);
        if (level == SourceLine.LIST_ITEM) {
            return context.one(new OutlineItem.Para(marker.isPresent()
                    ? new Paragraph(marker.get().rest(), LeadFinder.find(marker.get().rest()), marker.get().text(),
                            line.number())
                    : new Paragraph(text, LeadFinder.find(text), null, line.number())));
        }
        if (level <= 0 || context.scope().list()) {
            return Optional.empty();
        }
        if (marker.isEmpty() && text.length() > context.limits().maxParallelHeading() && TextShape.endsLikeSentence(text)) {
            return Optional.empty(); // running text in a heading style (a paragraph styled by mistake) is no heading
        }
        if (marker.isPresent()) {
            Marker m = marker.get();
            return context.one(new OutlineItem.Head(m.kind(), m.text(), m.ordinal(), TextShape.stripFullStop(m.rest()),
                    line.number(), null, level, name()));
        }
        return context.one(new OutlineItem.Head(MarkerKind.UNNUMBERED, "", -1, TextShape.stripStop(text),
                line.number(), null, level, name()));
    }
}
