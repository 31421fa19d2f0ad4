package org.wenshu.render.pdf;

import java.text.BreakIterator;

/**
 * Java's line break opportunities, made URL-aware by the rules of Flying Saucer's
 * {@code UrlAwareLineBreakIterator} (a line may also break before each {@code /} inside a word,
 * never inside {@code ://}), with the same results, forward only. That class looks for the next
 * slash from each break point to the end of the text: every break point of a paragraph without a
 * slash scans the whole rest of it, and Flying Saucer breaks every line on the text from the
 * line's start to the paragraph's end, so a long Chinese paragraph (a break point after every
 * character) cost time in the square of its length. Here the next slash is remembered, so a text
 * is scanned once.
 */
final class UrlAwareBreaks {
    /** Characters a slash search range is trimmed of at both ends, as Flying Saucer trims it. */
    private static final String BREAKING_CHARS = ".,:;!?- \n\r\t/";

    private final String text;
    private final BreakIterator delegate;
    /**
     * No slash in the text: then Flying Saucer's rules give the delegate's own positions (no
     * scheme separator, no slash to break before), asked for directly.
     */
    private final boolean withoutSlash;
    /** The range the last search ended in: its start is the last position given, its stop the delegate's. */
    private int start;
    private int stop;
    /** The first slash at or after {@link #slashFrom}, or -1 for none there; valid for any later start up to it. */
    private int slashFrom = Integer.MAX_VALUE;
    private int slash;

    UrlAwareBreaks(String text) {
        this.text = text;
        this.delegate = BreakIterator.getLineInstance();
        delegate.setText(new CharsIterator(text.toCharArray()));
        withoutSlash = text.indexOf('/') < 0;
        start = delegate.current();
        stop = start;
    }

    /** The next break position, or {@link BreakIterator#DONE}. */
    int next() {
        if (withoutSlash) {
            return delegate.next();
        }
        int searchStart = start;
        if (start == delegate.current()) {
            int next = delegate.next();
            stop = Math.max(start, next);
            if (next == BreakIterator.DONE) {
                return BreakIterator.DONE;
            }
            if (schemeSeparatorAt(stop - 1)) {
                searchStart = stop + 2;
                stop = Math.max(start, delegate.next());
            }
        }
        int searchStop = Math.max(searchStart, stop);
        while (searchStart < stop && BREAKING_CHARS.indexOf(text.charAt(searchStart)) > -1) {
            searchStart++;
            searchStop = Math.max(searchStart, searchStop);
        }
        while (searchStop > searchStart && BREAKING_CHARS.indexOf(text.charAt(searchStop - 1)) > -1) {
            searchStop--;
        }
        int found = slashAtOrAfter(searchStart);
        int nextSlash = found < searchStop ? found : -1;
        start = nextSlash > -1 ? nextSlash : delegate.current();
        stop = Math.max(start, stop);
        return start;
    }

    /** Whether {@code ://} starts at {@code index} (Flying Saucer clips the three characters to the text). */
    private boolean schemeSeparatorAt(int index) {
        int from = Math.max(0, index);
        int to = Math.min(text.length(), index + 3);
        return to - from == 3 && text.startsWith("://", from);
    }

    /** {@code text.indexOf('/', from)}, remembered while the starts asked for do not pass the slash found. */
    private int slashAtOrAfter(int from) {
        if (from < slashFrom || (slash >= 0 && from > slash)) {
            slashFrom = from;
            slash = text.indexOf('/', from);
        }
        return slash;
    }
}
