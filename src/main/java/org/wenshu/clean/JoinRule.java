package org.wenshu.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

/** A cleaning rule that mends a line a page cut in two by joining it with the next line. */
abstract class JoinRule implements CleaningRule {

    /** Whether {@code line} is the first half of a line whose second half is {@code next}. */
    abstract boolean joins(String line, String next);

    /** What to report for a join, or null to report nothing. */
    abstract Diagnostic report(SourceLine line);

    @Override
    public List<SourceLine> apply(List<SourceLine> lines, Consumer<Diagnostic> report) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            SourceLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (next != null && !next.text().isEmpty() && joins(line.text(), next.text())) {
                Diagnostic diagnostic = report(line);
                if (diagnostic != null) {
                    report.accept(diagnostic);
                }
                out.add(line.withText(line.text() + next.text()));
                i++;
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
