package org.wenshu.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

/** Content-site markers such as {@code ##paidbegin##} / {@code ##paidend##}, wherever they stand. */
final class PaidMarkerRule implements CleaningRule {
    private static final Pattern MARKER = Pattern.compile("##[a-zA-Z_]{2,20}##");

    @Override
    public String name() {
        return "site-marker";
    }

    @Override
    public List<SourceLine> apply(List<SourceLine> lines, Consumer<Diagnostic> report) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            Matcher matcher = MARKER.matcher(line.text());
            if (matcher.find()) {
                report.accept(removed(matcher.group(), line.number()));
                out.add(line.withText(matcher.replaceAll("")));
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
