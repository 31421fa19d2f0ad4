package org.wenshu.clean;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

/** Content-site markers such as {@code ##paidbegin##} / {@code ##paidend##}, wherever they stand. */
final class PaidMarkerRule implements LineRule {
    private static final Pattern MARKER = Pattern.compile("##[a-zA-Z_]{2,20}##");

    @Override
    public String name() {
        return "site-marker";
    }

    @Override
    public List<SourceLine> rewrite(SourceLine line, Consumer<Diagnostic> report) {
        if (line.text().indexOf("##") < 0) { // every marker starts so: most lines are not scanned by the pattern
            return List.of(line);
        }
        Matcher matcher = MARKER.matcher(line.text());
        if (!matcher.find()) {
            return List.of(line);
        }
        do {
            report.accept(removed(matcher.group(), line.number())); // every marker, not only the first
        } while (matcher.find());
        return List.of(line.withText(matcher.replaceAll("")));
    }
}
