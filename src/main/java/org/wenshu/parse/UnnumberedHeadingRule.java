package org.wenshu.parse;

import java.util.Optional;
import java.util.regex.Pattern;
import org.wenshu.model.SourceLine;

/**
 * A short line without closing punctuation before a longer paragraph (or before a sentence at
 * least as long, as briefing items are): a heading without a number.
 */
final class UnnumberedHeadingRule implements HeadingRule {
    /** How the next line begins when it carries on this one: "是：…", "，…", "的…". */
    private static final Pattern CONTINUATION = Pattern.compile(
            "^([，,、。；;：:）)”’]|(是|为|和|与|及|的|等|有)[：:，,]|[\\p{IsHan}][，,、；;])");
    /** Where a line of running text may stop: closing punctuation, a closing quote or bracket. */
    private static final String LINE_END = "。！？；：…!?;:”’）)》";
    private static final Pattern DATE_LINE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");

    /**
     * A piece of a sentence left by a broken line: the line before is running text that stops
     * mid-phrase, or the next line carries this one on.
     */
    private static boolean isFragment(Context context) {
        String next = context.next();
        if (next != null && CONTINUATION.matcher(next).lookingAt()) {
            return true;
        }
        if (context.index() == 0) {
            return false;
        }
        SourceLine previous = context.lines().get(context.index() - 1);
        String before = previous.text();
        return !previous.isTable() && previous.headingLevel() == null && before.length() > context.limits().maxUnnumbered()
                && Marker.find(before).isEmpty() && LINE_END.indexOf(TextShape.last(before)) < 0;
    }

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
        if (text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() < 2) {
            return Optional.empty(); // a bare number, a unit or a lone mark is no heading
        }
        if (isFragment(context)) {
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
