package org.wenshu.render.pdf;

import java.util.List;
import org.wenshu.render.layout.HeadingPages;

/** A finished PDF, where its headings landed, and the resources the template asked for that were refused. */
public record PdfResult(byte[] bytes, HeadingPages headingPages, List<String> refusedResources) {
    public PdfResult {
        refusedResources = List.copyOf(refusedResources);
    }

    public PdfResult(byte[] bytes, HeadingPages headingPages) {
        this(bytes, headingPages, List.of());
    }
}
