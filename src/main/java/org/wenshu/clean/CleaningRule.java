package org.wenshu.clean;

import java.util.List;
import java.util.function.Consumer;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Quote;
import org.wenshu.model.SourceLine;

/**
 * One named cleaning step over the lines of a source. A rule that removes or rewrites text reports
 * what it did as a diagnostic with the line, so nothing disappears silently.
 */
public interface CleaningRule {
    /** A stable kebab-case name, shown in diagnostics. */
    String name();

    List<SourceLine> apply(List<SourceLine> lines, Consumer<Diagnostic> report);

    /** The standard report for a removed line or fragment. */
    default Diagnostic removed(String what, int line) {
        return Diagnostic.info("furniture-removed", line, "removed", name(), Quote.of(abbreviate(what)));
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }
}
