package org.wenshu.render;

import java.util.List;
import java.util.Map;
import org.wenshu.model.Diagnostic;

/** The outputs made from one document, by format, and what the render stage noticed. */
public record RenderedDocument(Map<OutputFormat, byte[]> outputs, int pdfPages, List<Diagnostic> diagnostics) {
    public RenderedDocument {
        outputs = Map.copyOf(outputs);
        diagnostics = List.copyOf(diagnostics);
    }
}
