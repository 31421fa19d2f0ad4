package org.wenshu.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.w3c.dom.Element;
import org.wenshu.model.Diagnostic;
import org.wenshu.render.layout.PageLayout;
import org.wenshu.render.theme.Theme;

/**
 * What every {@link OutputWriter} gets: the report run through its template (XHTML with the theme's
 * CSS in its head), the theme, the creation time to stamp, and the page layout as a service. The
 * layout is made on the first call of {@link #layout()} and shared by every writer of the same
 * render, so a PDF and a DOCX that needs the PDF's page numbers cost one layout.
 */
public final class TemplatedReport {
    private final org.w3c.dom.Document xhtml;
    private final Theme theme;
    private final Instant created;
    private final Supplier<PageLayout> layOut;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private PageLayout layout;

    public TemplatedReport(org.w3c.dom.Document xhtml, Theme theme, Instant created, Supplier<PageLayout> layOut) {
        this.xhtml = xhtml;
        this.theme = theme;
        this.created = created;
        this.layOut = layOut;
    }

    /** The template's XHTML with the theme's CSS in its head; read it, never change it. */
    public org.w3c.dom.Document xhtml() {
        return xhtml;
    }

    public Theme theme() {
        return theme;
    }

    /** The creation time to stamp into the output (fixed for byte-identical outputs). */
    public Instant created() {
        return created;
    }

    /** The pages as the layout engine lays them out: made once, on first request. */
    public synchronized PageLayout layout() {
        if (layout == null) {
            layout = layOut.get();
        }
        return layout;
    }

    /** Whether {@link #layout()} has been made (the render's page count is known only then). */
    public synchronized boolean laidOut() {
        return layout != null;
    }

    /**
     * Whether the report has a table of contents, a numbered main part after front matter or a foot
     * block that must end on an even page (an official document's 版记): a format that is not laid
     * out itself then needs the layout's page numbers and the pages it put in.
     */
    public boolean hasTableOfContents() {
        var divs = xhtml.getElementsByTagNameNS("*", "div");
        for (int i = 0; i < divs.getLength(); i++) {
            String classes = " " + ((Element) divs.item(i)).getAttribute("class") + " ";
            if (classes.contains(" toc ") || classes.contains(" main ") || classes.contains(" even-page ")) {
                return true;
            }
        }
        return false;
    }

    /** A warning a writer (or the layout) has for the user; it is printed with the source's. */
    public synchronized void warn(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    synchronized List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
