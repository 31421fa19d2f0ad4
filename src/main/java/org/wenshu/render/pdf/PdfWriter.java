package org.wenshu.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import org.wenshu.render.OutputWriter;
import org.wenshu.render.TemplatedReport;

/** PDF: the page layout's own output (fonts embedded, bookmarks, page numbers). */
public final class PdfWriter implements OutputWriter {
    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public boolean laysOutPages() {
        return true;
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public void write(TemplatedReport report, OutputStream out) throws IOException {
        out.write(report.layout().pdf());
    }
}
