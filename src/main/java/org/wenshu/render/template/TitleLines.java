package org.wenshu.render.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a title too long for one line into lines of nearly equal width, the upper ones a little
 * longer (GB/T 9704: a long title breaks into a trapezoid, never splitting a word). Without a
 * dictionary "a word" means: no break inside a run of digits or Latin letters or a dash, none before
 * closing or after opening punctuation, and none inside the few words every official title is made
 * of (关于, 印发, 通知, 委员会 …: GB/T 9704 7.3.3 asks that a broken title keep its words whole); breaks
 * after a pause mark or before 第, a dash or 关于 are preferred.
 */
final class TitleLines {
    private static final String NO_LINE_START = "，。、：；！？）》」』”’〕】…·%,.;:!?)]";
    private static final String NO_LINE_END = "（《「『“‘〔【([";
    private static final String GOOD_BREAK_AFTER = "，、：；）》”在的和与及";
    private static final String GOOD_BREAK_BEFORE = "第（《“—";
    private static final int WINDOW = 4;
    /** Words of official titles that a line break may not split; the first ones also start a good line. */
    private static final List<String> WHOLE_WORDS = List.of("关于", "印发", "转发", "批转",
            "通知", "意见", "办法", "方案", "报告", "决定", "规定", "计划", "纲要", "要点", "总结", "通报", "批复", "请示",
            "委员会", "人民政府", "办公厅", "办公室", "人民代表大会", "工作", "建设", "管理", "发展", "改革", "实施");
    private static final List<String> GOOD_LINE_STARTS = List.of("关于", "印发", "转发", "批转");

    private TitleLines() {}

    /** Writes {@code lines} into {@code element} (after what it holds), a {@code <br/>} between each two. */
    static void append(org.w3c.dom.Element element, List<String> lines) {
        org.w3c.dom.Document document = element.getOwnerDocument();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                element.appendChild(document.createElementNS(element.getNamespaceURI(), "br"));
            }
            element.appendChild(document.createTextNode(lines.get(i)));
        }
    }

    /** The lines of {@code text} for lines that hold {@code capacity} full-width characters. */
    static List<String> of(String text, double capacity) {
        double total = width(text, 0, text.length());
        if (text.isEmpty() || capacity <= 0 || total <= capacity) {
            return List.of(text);
        }
        int lines = (int) Math.ceil(total / capacity);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int k = 1; k < lines; k++) {
            double remaining = width(text, start, text.length());
            double target = remaining / (lines - k + 1) + 0.5; // a little more above: a trapezoid
            int best = -1;
            double bestScore = Double.MAX_VALUE;
            for (int i = start + 1; i < text.length(); i++) {
                double lineWidth = width(text, start, i);
                if (lineWidth > capacity) {
                    break;
                }
                double distance = Math.abs(lineWidth - target);
                if (distance > WINDOW || !allowed(text, i)) {
                    continue;
                }
                double score = distance - (preferred(text, i) ? 2 : 0);
                if (score < bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            if (best < 0) {
                best = fallback(text, start, capacity);
            }
            out.add(text.substring(start, best));
            start = best;
        }
        out.add(text.substring(start));
        return out;
    }

    /** The last allowed break that keeps the line within capacity. */
    private static int fallback(String text, int start, double capacity) {
        int last = start + 1;
        for (int i = start + 1; i < text.length() && width(text, start, i) <= capacity; i++) {
            if (allowed(text, i)) {
                last = i;
            }
        }
        return last;
    }

    private static boolean allowed(String text, int i) {
        char before = text.charAt(i - 1);
        char after = text.charAt(i);
        if (isNarrow(before) && isNarrow(after) && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
            return false;
        }
        if (before == '—' && after == '—') {
            return false;
        }
        for (String word : WHOLE_WORDS) {
            for (int start = Math.max(0, i - word.length() + 1); start < i; start++) {
                if (text.startsWith(word, start)) {
                    return false;
                }
            }
        }
        return NO_LINE_START.indexOf(after) < 0 && NO_LINE_END.indexOf(before) < 0;
    }

    private static boolean preferred(String text, int i) {
        return GOOD_BREAK_AFTER.indexOf(text.charAt(i - 1)) >= 0 || GOOD_BREAK_BEFORE.indexOf(text.charAt(i)) >= 0
                || GOOD_LINE_STARTS.stream().anyMatch(word -> text.startsWith(word, i));
    }

    /** Width in full-width characters: ASCII and other narrow characters count half. */
    static double width(String text) {
        return width(text, 0, text.length());
    }

    private static double width(String text, int from, int to) {
        double width = 0;
        for (int i = from; i < to; i++) {
            width += isNarrow(text.charAt(i)) ? 0.5 : 1;
        }
        return width;
    }

    private static boolean isNarrow(char c) {
        return c < 0x2E80 && c != '—' && c != '…' && c != '“' && c != '”' && c != '‘' && c != '’';
    }
}
