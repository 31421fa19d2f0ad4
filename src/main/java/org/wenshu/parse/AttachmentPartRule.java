package org.wenshu.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.model.Section;

/**
 * "附件1" alone on a line opens an attachment part, with the title on the next line as its
 * heading. An attachment that is a glossary (名词解释) is a list part: its numbered lines are items.
 */
final class AttachmentPartRule implements HeadingRule {
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*([0-9一二三四五六七八九十]{0,3})\\s*[:：]?$");
    private static final Pattern GLOSSARY_TITLE = Pattern.compile(".*(注释|名词|解释|释义|词汇|术语).*");

    @Override
    public String name() {
        return "attachment-part";
    }

    @Override
    public Optional<Proposal> propose(Context context) {
        String text = context.text();
        Matcher attachment = ATTACHMENT.matcher(text);
        if (!attachment.matches()) {
            return Optional.empty();
        }
        String next = context.next();
        String heading = "";
        int lines = 1;
        if (next != null && TextShape.isTitleLike(next, context.limits().maxAttachmentTitle())
                && Marker.find(next).isEmpty()) {
            heading = next;
            lines = 2;
        }
        boolean list = GLOSSARY_TITLE.matcher(heading).matches();
        return Optional.of(new Proposal(new OutlineItem.Part(Section.Kind.ATTACHMENT, text.replaceAll("[:：]$", ""),
                heading, context.line().number()), lines, new Scope(list, false, 0)));
    }
}
