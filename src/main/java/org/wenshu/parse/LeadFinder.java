package org.wenshu.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lead that opens a paragraph without being a heading: an enumeration (一是…。), a
 * label (县级层面：), a short lead sentence (以学铸魂转作风。) or a dash item (——这五年，…。).
 */
final class LeadFinder {
    private static final Pattern ENUMERATION = Pattern.compile("^(其)?[一二三四五六七八九十]{1,3}是");
    /** "主要包括：", "总体要求是：", "认识到：" introduce what follows; they are not labels. */
    private static final Pattern INTRODUCING = Pattern.compile("(是|为|到|括|如下|以下|指出|强调|表示|说)$");
    private static final int MAX_LABEL = 12;
    private static final int MAX_SENTENCE = 25;
    private static final int MAX_ENUMERATION = 80;

    private LeadFinder() {}

    /** Whether the text opens with an enumeration: 一是, 其二是. */
    static boolean isEnumeration(String text) {
        return ENUMERATION.matcher(text).lookingAt();
    }

    /** The lead of {@code text} (a prefix of it, punctuation included), or null. */
    static String find(String text) {
        Matcher enumeration = ENUMERATION.matcher(text);
        if (enumeration.lookingAt() || text.startsWith("——")) {
            int end = TextShape.indexOfAny(text, "。；！？", 0);
            if (end < 0 || end > MAX_ENUMERATION) {
                end = TextShape.indexOfAny(text, "，：", 0);
            }
            return end > 0 && end < text.length() - 1 ? text.substring(0, end + 1) : null;
        }
        if (text.startsWith("“") || text.startsWith("\"")) {
            return null; // a quotation opens the paragraph, not a lead
        }
        int colon = TextShape.indexOfAny(text, "：:", 0);
        // a bracketed note ((责任单位：…)) opens with no label
        if (colon > 0 && colon <= MAX_LABEL && colon < text.length() - 1 && !text.startsWith("（") && !text.startsWith("(")
                && TextShape.indexOfAny(text.substring(0, colon), "，。；、！？,;", 0) < 0
                && !INTRODUCING.matcher(text.substring(0, colon)).find()
                && text.substring(0, colon).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            // a label is words (县级层面：), not a scheme or a time of day (http: · 10:30)
            return text.substring(0, colon + 1);
        }
        int stop = TextShape.indexOfAny(text, "。", 0);
        if (stop > 1 && stop <= MAX_SENTENCE && stop < text.length() - 1
                && TextShape.indexOfAny(text.substring(0, stop), "，；：,;:！？!?", 0) < 0) {
            return text.substring(0, stop + 1);
        }
        return null;
    }
}
