package org.wenshu.parse;

import java.util.Optional;
import java.util.regex.Pattern;
import org.wenshu.model.Paragraph;

/** "附件：1.…" (or 附：…) lists the attachments; the numbered lines right after it continue the list. */
final class AttachmentListRule implements HeadingRule {
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("^附[件表]?\\s*[:：]\\s*(\\S|$)");

    @Override
    public String name() {
        return "attachment-list";
    }

    @Override
    public Optional<Proposal> propose(Context context) {
        String text = context.text();
        int number = context.line().number();
        if (ATTACHMENT_NOTE.matcher(text).lookingAt()) {
            return Optional.of(new Proposal(new OutlineItem.Para(new Paragraph(text, null, null, number)), 1,
                    context.scope().withAttachmentList(true)));
        }
        if (!context.scope().attachmentList()) {
            return Optional.empty();
        }
        Optional<Marker> marker = Marker.find(text);
        if (marker.isEmpty() && context.next() != null && TextShape.isTitleLike(text, context.limits().maxAttachmentTitle())
                && Marker.find(context.next()).filter(m -> m.kind() == MarkerKind.ARABIC).isPresent()) {
            // an item's name broken over two lines: the tail stands between it and the next item
            return Optional.of(new Proposal(new OutlineItem.Para(new Paragraph(text, null, null, number)), 1,
                    context.scope()));
        }
        if (marker.isEmpty() || marker.get().kind() != MarkerKind.ARABIC) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(new OutlineItem.Para(new Paragraph(marker.get().rest(), null,
                marker.get().text(), number)), 1, context.scope()));
    }
}
