package org.wenshu.render.pdf;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.wenshu.render.theme.Theme;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.UrlAwareLineBreakIterator;

/**
 * Where a line may break inside one run of text: Flying Saucer's own break points (Java's line
 * break iterator, URL-aware), less those the theme's 禁则 forbid — Java still breaks before a
 * middle dot (·) or an ellipsis (…), which may not start a line.
 */
final class KinsokuBreaking implements LineBreakingStrategy {
    /** The theme's marks that may not start a line and may not end one, looked up at every break opportunity. */
    private final java.util.BitSet noStart;
    private final java.util.BitSet noEnd;

    KinsokuBreaking(Theme.LineBreaking rules) {
        this.noStart = codePoints(rules.noStart());
        this.noEnd = codePoints(rules.noEnd());
    }

    private static java.util.BitSet codePoints(String marks) {
        java.util.BitSet set = new java.util.BitSet();
        marks.codePoints().forEach(set::set);
        return set;
    }

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String language, CalculatedStyle style) {
        BreakIterator base = new UrlAwareLineBreakIterator(text);
        return () -> {
            int position = base.next();
            while (position != BreakIterator.DONE && !allowed(text, position)) {
                position = base.next();
            }
            return position == BreakIterator.DONE ? BreakPoint.getDonePoint() : new BreakPoint(position);
        };
    }

    /** Every offset of {@code text} (0 and its length excluded) at which a line may end. */
    List<Integer> breaks(String text) {
        List<Integer> breaks = new ArrayList<>();
        BreakIterator base = new UrlAwareLineBreakIterator(text);
        for (int position = base.next(); position != BreakIterator.DONE; position = base.next()) {
            if (position < text.length() && allowed(text, position)) {
                breaks.add(position);
            }
        }
        return breaks;
    }

    /** The end of the text is always a break point here: whether the next run may follow on is not this run's to say. */
    private boolean allowed(String text, int position) {
        if (position <= 0 || position >= text.length()) {
            return true;
        }
        // as Theme.LineBreaking.allowsBreakBetween, by bit sets instead of searching the lists
        return !noStart.get(text.codePointAt(position)) && !noEnd.get(text.codePointBefore(position));
    }
}
