package org.wenshu.clean;

import java.util.ArrayList;
import java.util.List;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

/** Runs cleaning rules in order over a source's lines. */
public final class Cleaner {
    private final List<CleaningRule> rules;

    public Cleaner(List<CleaningRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules every source goes through, in the order that lets later ones see plain lines. */
    public static Cleaner standard() {
        return new Cleaner(List.of(
                new ControlCharacterRule(),
                new HtmlMarkupRule(),
                new PaidMarkerRule(),
                new WhitespaceRule(),
                new PageFurnitureRule(),
                new AdvertRule(),
                new SplitLabelRule(),
                new PhotoCaptionRule(),
                new BrokenBracketRule()));
    }

    public SourceText clean(SourceText source) {
        List<Diagnostic> diagnostics = new ArrayList<>(source.diagnostics());
        List<SourceLine> lines = source.lines();
        for (CleaningRule rule : rules) {
            lines = rule.apply(lines, diagnostics::add);
        }
        return new SourceText(source.path(), lines, diagnostics);
    }
}
