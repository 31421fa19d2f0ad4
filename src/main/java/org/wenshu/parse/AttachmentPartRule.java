package org.wenshu.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.model.Section;

/**
 * "附件1" (or "附表1") alone on a line opens an attachment part, with the title on the next line as its
 * heading (or after a space on the same line). An attachment that is a glossary (名词解释) is a list part: its numbered lines are items.
 */
final class AttachmentPartRule implements HeadingRule {
    private static final Pattern ATTACHMENT = Pattern.compile("^附[件表]\\s*([0-9一二三四五六七八九十]{0,3})\\s*[:：]?$");
    /** "附件2 2026年某某采集表": the label and the title on one line, parted by a space. */
    private static final Pattern LABELLED_TITLE = Pattern.compile("^(附[件表]\\s*[0-9一二三四五六七八九十]{1,3})[:：]?\\s+(\\S.*)$");
    private static final Pattern GLOSSARY_TITLE = Pattern.compile(".*(注释|名词|解释|释义|词汇|术语).*");

    @Override
    public String name() {
        return "attachment-part";
    }

    @Override
    public Optional<Proposal> propose(Context context) {
        String text = context.text();
        String next = context.next();
        Matcher labelled = LABELLED_TITLE.matcher(text);
        if (labelled.matches() && TextShape.isTitleLike(labelled.group(2), context.limits().maxAttachmentTitle())
                && Marker.find(labelled.group(2)).isEmpty()) {
            return Optional.of(part(labelled.group(1), labelled.group(2), context, 1));
        }
        if (!ATTACHMENT.matcher(text).matches()) {
            return Optional.empty();
        }
        if (text.matches(".*[:：]$") && next != null && Marker.find(next).filter(m -> m.kind() == MarkerKind.ARABIC).isPresent()) {
            return Optional.empty(); // 附件： over 1.… 2.… lists the attachments: it opens none
        }
        String heading = "";
        int lines = 1;
        if (next != null && TextShape.isTitleLike(next, context.limits().maxAttachmentTitle())
                && Marker.find(next).isEmpty()) {
            heading = next;
            lines = 2;
        }
        return Optional.of(part(text.replaceAll("[:：]$", ""), heading, context, lines));
    }

    private static Proposal part(String label, String heading, Context context, int lines) {
        boolean list = GLOSSARY_TITLE.matcher(heading).matches();
        return new Proposal(new OutlineItem.Part(Section.Kind.ATTACHMENT, label, heading, context.line().number()), lines,
                new Scope(list, false, 0, true, false));
    }
}
