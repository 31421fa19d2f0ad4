package org.wenshu.ingest;

import java.nio.file.Path;
import java.util.List;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

/** The lines of one source file as read, blank lines included, with what reading noticed. */
public record SourceText(Path path, List<SourceLine> lines, List<Diagnostic> diagnostics) {
    public SourceText {
        lines = List.copyOf(lines);
        diagnostics = List.copyOf(diagnostics);
    }
}
