package org.wenshu.parse;

import java.util.Optional;

/**
 * A short sentence without a pause alone on a line before a paragraph ("产业结构持续优化。"): a
 * heading candidate that {@link SentencePairRun} keeps only where a sibling has the same shape.
 */
final class ShortSentenceRule implements HeadingRule {
    static final String NAME = "short-sentence";
    private static final int MIN_BODY = 4;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Proposal> propose(Context context) {
        String text = context.text();
        String next = context.next();
        HeadingLimits limits = context.limits();
        if (context.scope().list() || next == null || text.length() > limits.maxSentenceHeading() + 1
                || !text.endsWith("。")) {
            return Optional.empty();
        }
        String body = text.substring(0, text.length() - 1);
        if (body.length() < MIN_BODY || TextShape.indexOfAny(body, "，、；：！？。,;:", 0) >= 0
                || ParallelSentenceRule.NOT_HEADING_WORDS.matcher(body).matches()
                || next.length() < limits.minSentenceBody()) {
            return Optional.empty();
        }
        return context.one(new OutlineItem.Head(MarkerKind.UNNUMBERED, "", -1, TextShape.stripStop(text),
                context.line().number(), null, 0, name()));
    }
}
