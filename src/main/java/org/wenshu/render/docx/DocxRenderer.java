package org.wenshu.render.docx;

import java.time.Instant;
import org.w3c.dom.Document;
import org.wenshu.render.pdf.HeadingPages;
import org.wenshu.render.theme.Theme;

/** Writes the DOCX (placeholder until the Word writer lands). */
public final class DocxRenderer {
    private final Theme theme;

    public DocxRenderer(Theme theme) {
        this.theme = theme;
    }

    public byte[] render(Document xhtml, HeadingPages headingPages, Instant created) {
        throw new UnsupportedOperationException("DOCX output is not written yet");
    }
}
