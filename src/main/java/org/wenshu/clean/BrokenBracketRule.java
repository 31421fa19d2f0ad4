package org.wenshu.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

/**
 * A line that is only an opening bracket or the start of a marker, cut off by a page's line
 * wrapping ("（" then "三）改革开放…"), is joined with the line after it.
 */
final class BrokenBracketRule implements CleaningRule {
    private static final Pattern FRAGMENT = Pattern.compile("^[（(〔［\\[]$|^[（(][一二三四五六七八九十]{1,3}$");

    @Override
    public String name() {
        return "broken-line";
    }

    @Override
    public List<SourceLine> apply(List<SourceLine> lines, Consumer<Diagnostic> report) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (FRAGMENT.matcher(line.text()).matches() && i + 1 < lines.size()
                    && !lines.get(i + 1).text().isEmpty()) {
                report.accept(Diagnostic.info("line-joined",
                        "断开的行已合并：“" + line.text() + "”与下一行", line.number()));
                out.add(line.withText(line.text() + lines.get(i + 1).text()));
                i++;
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
