package org.wenshu.parse;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A short sentence with a pause in it, alone on a line before a paragraph ("这一年，我们…。"): a
 * heading candidate that {@link ParallelSiblingsRun} keeps only among siblings that open alike.
 */
final class ParallelSentenceRule implements HeadingRule {
    static final String NAME = "parallel-sentence";
    static final Pattern NOT_HEADING_WORDS = Pattern.compile(".*(以下|如下|各位代表|同志们).*");
    private static final int MIN_BODY = 8;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Proposal> propose(Context context) {
        String text = context.text();
        String next = context.next();
        HeadingLimits limits = context.limits();
        if (context.scope().list() || next == null || text.length() > limits.maxParallelHeading()
                || !text.endsWith("。") || next.length() < limits.minSentenceBody()) {
            return Optional.empty();
        }
        String body = text.substring(0, text.length() - 1);
        if (body.length() < MIN_BODY || TextShape.indexOfAny(body, "，、", 0) < 0
                || TextShape.indexOfAny(body, "；：！？。;:", 0) >= 0 || NOT_HEADING_WORDS.matcher(body).matches()) {
            return Optional.empty();
        }
        return context.one(new OutlineItem.Head(MarkerKind.UNNUMBERED, "", -1, TextShape.stripStop(text),
                context.line().number(), null, 0, name()));
    }
}
