package org.wenshu.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wenshu.model.Diagnostic;

/**
 * The outputs made from one report, by format name ({@code pdf}) in the order they were asked
 * for, the pages of its layout (0 when it was not laid out) and what the render stage noticed.
 */
public record RenderedDocument(Map<String, byte[]> outputs, int pdfPages, List<Diagnostic> diagnostics) {
    public RenderedDocument {
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        diagnostics = List.copyOf(diagnostics);
    }
}
