package org.wenshu.parse;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A short line without closing punctuation before a longer paragraph (or before a sentence at
 * least as long, as briefing items are): a heading without a number.
 */
final class UnnumberedHeadingRule implements HeadingRule {
    private static final Pattern DATE_LINE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");

    @Override
    public String name() {
        return "unnumbered";
    }

    @Override
    public Optional<Proposal> propose(Context context) {
        String text = context.text();
        String next = context.next();
        if (context.scope().list() || !TextShape.isTitleLike(text, context.limits().maxUnnumbered())
                || next == null || next.isEmpty()) {
            return Optional.empty();
        }
        if (DATE_LINE.matcher(text).matches() || !MetaLines.read(text).isEmpty()
                || text.startsWith("——") || text.startsWith("《") && text.endsWith("》")) {
            return Optional.empty();
        }
        boolean before = next.length() > text.length() + 10 || TextShape.endsLikeSentence(next) && next.length() > 20
                || "。！？!?".indexOf(TextShape.last(next)) >= 0 && next.length() >= text.length();
        if (!before) {
            return Optional.empty();
        }
        return context.one(new OutlineItem.Head(MarkerKind.UNNUMBERED, "", -1, text, context.line().number(), null, 0,
                name()));
    }
}
