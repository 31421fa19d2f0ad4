package org.wenshu.parse;

import java.util.Optional;
import org.wenshu.model.Paragraph;

/**
 * A line that opens with a marker: a heading alone on its line, a run-in heading with its body
 * (cut at the first full stop, else at an early colon), or a numbered paragraph or list item.
 */
final class NumberedLineRule implements HeadingRule {
    static final String NAME = "numbered";
    private static final String CHINESE_DIGITS = "一二三四五六七八九十";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Proposal> propose(Context context) {
        if (context.scope().list()) {
            return Optional.empty();
        }
        Optional<Marker> found = Marker.find(context.text());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Marker marker = found.get();
        int line = context.line().number();
        HeadingLimits limits = context.limits();
        String rest = marker.rest();
        Paragraph item = new Paragraph(rest, LeadFinder.find(rest), marker.text(), line);
        if (isListItem(marker, rest)) {
            return context.one(new OutlineItem.Para(item, name()));
        }
        int maxHeading = marker.kind() == MarkerKind.CHINESE || marker.kind() == MarkerKind.CHINESE_PAREN
                || marker.kind() == MarkerKind.CHAPTER ? limits.maxChineseHeading() : limits.maxHeading();
        int label = TextShape.indexOfAny(rest, "：", 0);
        if (label > 0 && label <= limits.maxColonRunIn() && rest.length() - label - 1 > limits.maxUnnumbered()
                && TextShape.indexOfAny(rest.substring(0, label), "。！？，；", 0) < 0) {
            // a label and its text (工作领导小组：指导协调…): the label is the heading, however short the whole
            return context.one(head(marker, rest.substring(0, label + 1), line, body(rest.substring(label + 1), line)));
        }
        if (rest.length() <= maxHeading && TextShape.indexOfAny(stripEnd(rest), "。！？", 0) < 0) {
            return context.one(head(marker, TextShape.stripFullStop(rest), line, null));
        }
        int stop = TextShape.indexOfAny(rest, "。！？", 0);
        if (stop > 0 && stop <= limits.maxRunIn()) {
            return context.one(head(marker, rest.substring(0, stop), line, body(rest.substring(stop + 1), line)));
        }
        int colon = TextShape.indexOfAny(rest, "：", 0);
        if (colon > 0 && colon <= limits.maxColonRunIn()) {
            return context.one(head(marker, rest.substring(0, colon + 1), line, body(rest.substring(colon + 1), line)));
        }
        return context.one(new OutlineItem.Para(item, name()));
    }

    private OutlineItem.Head head(Marker marker, String heading, int line, Paragraph runIn) {
        return new OutlineItem.Head(marker.kind(), marker.text(), marker.ordinal(), heading, line, runIn, 0, name());
    }

    private static Paragraph body(String text, int line) {
        String body = text.strip();
        return body.isEmpty() ? null : new Paragraph(body, LeadFinder.find(body), null, line);
    }

    /**
     * A numbered line that is an item of a list, not a heading: it ends like a clause ("1.负责统筹
     * 协调；"), or it enumerates inline ("（1）月份出口增长较快，（2）月份有所回落。").
     */
    static boolean isListItem(Marker marker, String rest) {
        if (rest.endsWith("；") || rest.endsWith(";") || rest.endsWith("，") || rest.endsWith("、")) {
            return true;
        }
        int next = marker.ordinal() + 1;
        return switch (marker.kind()) {
            case ARABIC_PAREN -> rest.contains("（" + next + "）") || rest.contains("(" + next + ")");
            case CHINESE_PAREN -> next <= 10 && (rest.contains("（" + CHINESE_DIGITS.charAt(next - 1) + "）")
                    || rest.contains("(" + CHINESE_DIGITS.charAt(next - 1) + ")"));
            case CIRCLED -> next <= 20 && rest.indexOf((char) ('\u2460' + next - 1)) >= 0;
            default -> false;
        };
    }

    private static String stripEnd(String text) {
        return text.isEmpty() ? text : text.substring(0, text.length() - 1);
    }
}
