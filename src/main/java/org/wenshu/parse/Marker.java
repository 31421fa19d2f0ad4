package org.wenshu.parse;

import java.util.Optional;
import java.util.regex.Matcher;

/** A numbering marker found at the start of a line, and the text after it. */
record Marker(MarkerKind kind, String text, int ordinal, String rest) {

    /** The marker a line opens with, if any. 一是… is an enumeration, not a marker. */
    static Optional<Marker> find(String line) {
        if (line.isEmpty() || !mayOpen(line.charAt(0))) {
            return Optional.empty(); // most lines: no pattern can match, none need be tried
        }
        for (MarkerKind kind : MarkerKind.values()) {
            if (kind.pattern() == null) {
                continue;
            }
            Matcher matcher = kind.pattern().matcher(line);
            if (matcher.find()) {
                String rest = line.substring(matcher.end());
                return Optional.of(new Marker(kind, matcher.group(1), kind.ordinal(matcher.group(2)), rest));
            }
        }
        return Optional.empty();
    }

    /** Whether a marker can start with {@code c}: 第 · a Chinese or ASCII digit · a bracket · a circled number. */
    private static boolean mayOpen(char c) {
        return c == '第' || c == '（' || c == '(' || c >= '0' && c <= '9' || c >= '\u2460' && c <= '\u2473'
                || "一二三四五六七八九十".indexOf(c) >= 0;
    }
}
