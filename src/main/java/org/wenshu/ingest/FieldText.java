package org.wenshu.ingest;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The visible text of a .doc's field marks across paragraphs: a field is {@code U+0013 instruction
 * U+0014 result U+0015} (the separator is optional), fields nest, and a field may begin in one
 * paragraph and end several paragraphs later (a MERGEFIELD whose result is a two-line title).
 * Only results are text; instructions ({@code MERGEFIELD title}, {@code PAGE \* Arabic}) never are.
 * One instance follows one story of one document from its start, paragraph after paragraph.
 */
final class FieldText {
    private static final char BEGIN = '\u0013';
    private static final char SEPARATOR = '\u0014';
    private static final char END = '\u0015';

    /** One open field per element, innermost first: true once its result has begun. */
    private final Deque<Boolean> open = new ArrayDeque<>();

    /** The characters of {@code raw} that are not field instructions or field marks. */
    String visible(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == BEGIN) {
                open.push(false);
            } else if (c == SEPARATOR) {
                if (!open.isEmpty()) {
                    open.pop();
                    open.push(true);
                }
            } else if (c == END) {
                open.poll();
            } else if (inResult()) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the text now read is shown: every open field is in its result part. */
    private boolean inResult() {
        for (boolean result : open) {
            if (!result) {
                return false;
            }
        }
        return true;
    }

    /** Whether a field is still open: the paragraph just read ends inside it. */
    boolean isOpen() {
        return !open.isEmpty();
    }
}
