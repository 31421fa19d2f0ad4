package org.wenshu.parse;

import java.util.Optional;
import java.util.regex.Matcher;

/** A numbering marker found at the start of a line, and the text after it. */
record Marker(MarkerKind kind, String text, int ordinal, String rest) {

    /** The marker a line opens with, if any. 一是… is an enumeration, not a marker. */
    static Optional<Marker> find(String line) {
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
}
