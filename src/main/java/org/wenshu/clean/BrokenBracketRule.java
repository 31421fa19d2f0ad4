package org.wenshu.clean;

import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Quote;
import org.wenshu.model.SourceLine;

/**
 * A line that is only an opening bracket or the start of a marker, cut off by a page's line
 * wrapping ("（" then "三）改革开放…"), is joined with the line after it.
 */
final class BrokenBracketRule extends JoinRule {
    private static final Pattern FRAGMENT = Pattern.compile("^[（(〔［\\[]$|^[（(][一二三四五六七八九十]{1,3}$");

    @Override
    public String name() {
        return "broken-line";
    }

    @Override
    boolean joins(String line, String next) {
        return FRAGMENT.matcher(line).matches();
    }

    @Override
    Diagnostic report(SourceLine line) {
        return Diagnostic.info("line-joined", line.number(), "lineJoined", Quote.of(line.text()));
    }
}
