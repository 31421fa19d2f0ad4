package org.wenshu.render.pdf;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.wenshu.render.theme.Theme;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Where a line may break inside one run of text: Flying Saucer's own break points (Java's line
 * break iterator, URL-aware), less those the theme's 禁则 forbid — Java still breaks before a
 * middle dot (·) or an ellipsis (…), which may not start a line.
 */
final class KinsokuBreaking implements LineBreakingStrategy {
    /** The theme's marks that may not start a line and may not end one, looked up at every break opportunity. */
    private final java.util.BitSet noStart;
    private final java.util.BitSet noEnd;
    private final HangingPunctuation hanging;

    KinsokuBreaking(Theme.LineBreaking rules) {
        this.noStart = codePoints(rules.noStart());
        this.noEnd = codePoints(rules.noEnd());
        this.hanging = new HangingPunctuation(rules.hang());
    }

    private static java.util.BitSet codePoints(String marks) {
        java.util.BitSet set = new java.util.BitSet();
        marks.codePoints().forEach(set::set);
        return set;
    }

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String language, CalculatedStyle style) {
        // A cell too narrow for a word joined by no-break spaces (TableColumns gives it word-wrap:
        // break-word) may break at those spaces: Flying Saucer's own break-anywhere fallback never
        // offers the end of the text, so it left such a word's last characters running over the cell.
        boolean glueBreaks = style != null && style.getWordWrap() == org.xhtmlrenderer.css.constants.IdentValue.BREAK_WORD;
        Positions positions = new Positions(glueBreaks ? text.replace('\u00A0', ' ') : text);
        return new BreakPointsProvider() {
            /** The second break point after a hanging mark or a kern, given on the next call. */
            private BreakPoint pending;

            @Override
            public BreakPoint next() {
                if (pending != null) {
                    BreakPoint restore = pending;
                    pending = null;
                    return restore;
                }
                int position = positions.next();
                if (position == BreakIterator.DONE) {
                    return BreakPoint.getDonePoint();
                }
                BreakPoint point = new BreakPoint(position);
                int before = text.codePointBefore(position);
                // A mark at the start of a run (after digits in the Latin face) does not hang, as
                // LibreOffice hangs none at the start of a portion; NoBreakUnits keeps it with them.
                if (hanging.hangs(before) && (before == HangingPunctuation.KERN || position > Character.charCount(before))) {
                    // see HangingPunctuation: the mark or kern may end a full line past its margin
                    point.setHyphen(String.valueOf(HangingPunctuation.HANG));
                    pending = new BreakPoint(position);
                    pending.setHyphen(hanging.restore(before));
                }
                return point;
            }
        };
    }

    /** Every offset of {@code text} (0 and its length excluded) at which a line may end. */
    List<Integer> breaks(String text) {
        List<Integer> breaks = new ArrayList<>();
        Positions positions = new Positions(text);
        for (int position = positions.next(); position != BreakIterator.DONE; position = positions.next()) {
            if (position < text.length()) {
                breaks.add(position);
            }
        }
        return breaks;
    }

    /**
     * The break offsets of {@code text} near given places, each as {@link #breaks} lists them,
     * without walking the whole text: for a text without a slash (the URL rule needs the text
     * from its start) Java's iterator answers from any offset. Null for a text with a slash.
     */
    Neighbourhood near(String text) {
        if (text.indexOf('/') >= 0) {
            return null;
        }
        return new Neighbourhood(text);
    }

    /** See {@link #near}. */
    final class Neighbourhood {
        private final String text;
        private final BreakIterator base;
        /** The offsets just after each kern, in order. */
        private final int[] afterKerns;

        private Neighbourhood(String text) {
            this.text = text;
            boolean kerned = text.indexOf(HangingPunctuation.KERN) >= 0;
            // as Positions: the iterator sees a kern as a zero-width space
            this.base = BreakIterator.getLineInstance();
            base.setText(CharsIterator.of(text, HangingPunctuation.KERN, '\u200B'));
            this.afterKerns = kerned ? afterEach(text, HangingPunctuation.KERN) : new int[0];
        }

        /** The offsets of {@link #breaks}{@code (text)} from {@code from} to {@code to}, both included, in order. */
        int[] within(int from, int to) {
            if (text.isEmpty()) {
                return new int[0];
            }
            int[] found = new int[16];
            int count = 0;
            int kern = java.util.Arrays.binarySearch(afterKerns, from);
            kern = kern >= 0 ? kern : -kern - 1;
            int p = from <= 0 ? base.first() : base.following(Math.min(from, text.length()) - 1);
            // the iterator's offsets and the kerns', merged in order
            while (true) {
                int next;
                boolean fromBase = p != BreakIterator.DONE && p <= to;
                boolean fromKern = kern < afterKerns.length && afterKerns[kern] <= to;
                if (fromBase && (!fromKern || p <= afterKerns[kern])) {
                    next = p;
                    if (fromKern && afterKerns[kern] == p) {
                        kern++;
                    }
                    p = base.next();
                } else if (fromKern) {
                    next = afterKerns[kern++];
                } else {
                    break;
                }
                if (next >= from && next > 0 && next < text.length() && allowed(text, next)) {
                    if (count == found.length) {
                        found = java.util.Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = next;
                }
            }
            return java.util.Arrays.copyOf(found, count);
        }

        /** The offsets just after each {@code c} in {@code text}, in order. */
        private static int[] afterEach(String text, char c) {
            int count = 0;
            for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
                count++;
            }
            int[] after = new int[count];
            int n = 0;
            for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
                after[n++] = i + 1;
            }
            return after;
        }
    }

    /**
     * The offsets a line may end at, in order and as far as asked (a line needs the first few of a
     * long paragraph), the end of the text included: Java's line break opportunities (URL-aware)
     * and the places after a kern, less those the 禁则 forbid; never before a kern.
     */
    private final class Positions {
        private final String text;
        private final UrlAwareBreaks base;
        private int nextBase;
        private int nextKern;

        Positions(String text) {
            this.text = text;
            // Java's iterator sees a kern as a zero-width space (a break after it, none before it):
            // as a private-use character it would break inside the number after it (由2.|9).
            boolean kerned = text.indexOf(HangingPunctuation.KERN) >= 0;
            this.base = new UrlAwareBreaks(kerned ? text.replace(HangingPunctuation.KERN, '\u200B') : text);
            this.nextBase = base.next();
            this.nextKern = kernAfter(0);
        }

        private int kernAfter(int from) {
            int kern = text.indexOf(HangingPunctuation.KERN, from);
            return kern < 0 ? BreakIterator.DONE : kern + 1;
        }

        int next() {
            while (nextBase != BreakIterator.DONE || nextKern != BreakIterator.DONE) {
                int position = nextBase == BreakIterator.DONE ? nextKern
                        : nextKern == BreakIterator.DONE ? nextBase : Math.min(nextBase, nextKern);
                if (position == nextBase) {
                    nextBase = base.next();
                }
                if (position == nextKern) {
                    nextKern = kernAfter(position);
                }
                if (position > 0 && allowed(text, position)) {
                    return position;
                }
            }
            return BreakIterator.DONE;
        }
    }

    /** The end of the text is always a break point here: whether the next run may follow on is not this run's to say. */
    private boolean allowed(String text, int position) {
        if (position <= 0 || position >= text.length()) {
            return true;
        }
        // as Theme.LineBreaking.allowsBreakBetween, by bit sets instead of searching the lists
        int after = text.codePointAt(position);
        return after != HangingPunctuation.KERN && !noStart.get(after) && !noEnd.get(text.codePointBefore(position));
    }
}
