package org.wenshu.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import org.wenshu.render.OutputWriter;
import org.wenshu.render.TemplatedReport;
import org.wenshu.render.layout.HeadingPages;

/**
 * DOCX, with Word styles from the theme. A report with a table of contents asks for the page
 * layout, so that the TOC field's cached numbers are the PDF's; one without is never laid out.
 */
public final class DocxWriter implements OutputWriter {
    @Override
    public String name() {
        return "docx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    @Override
    public void write(TemplatedReport report, OutputStream out) throws IOException {
        HeadingPages pages = report.hasTableOfContents() ? report.layout().pages() : null;
        out.write(new DocxRenderer(report.theme()).render(report.xhtml(), pages, report.created()));
    }
}
