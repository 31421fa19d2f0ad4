package org.wenshu.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

/** A cleaning rule that looks at one line at a time and turns it into zero, one or more lines. */
interface LineRule extends CleaningRule {

    /** The lines that replace {@code line}: itself, a rewritten copy, several, or none. */
    List<SourceLine> rewrite(SourceLine line, Consumer<Diagnostic> report);

    @Override
    default List<SourceLine> apply(List<SourceLine> lines, Consumer<Diagnostic> report) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            out.addAll(rewrite(line, report));
        }
        return out;
    }
}
