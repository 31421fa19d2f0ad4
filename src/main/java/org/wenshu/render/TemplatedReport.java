package org.wenshu.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.w3c.dom.Element;
import org.wenshu.model.Diagnostic;
import org.wenshu.render.layout.PageLayout;
import org.wenshu.render.theme.Theme;

/**
 * What every {@link OutputWriter} gets: the report run through its template (XHTML with the theme's
 * CSS in its head), the theme, the creation time to stamp, and the page layout as a service. The
 * layout is made on the first call of {@link #layout()} and shared by every writer of the same
 * render, so a PDF and a DOCX that needs the PDF's page numbers cost one layout. The writers of
 * one render may run on several threads, each with its own {@link #copy()}.
 */
public final class TemplatedReport {
    private final org.w3c.dom.Document xhtml;
    private final Theme theme;
    private final Instant created;
    private final Shared shared;

    /** A report whose layout {@code layOut} makes (from the XHTML of the copy that first asks). */
    public TemplatedReport(org.w3c.dom.Document xhtml, Theme theme, Instant created,
                           Function<org.w3c.dom.Document, PageLayout> layOut) {
        this(xhtml, theme, created, new Shared(layOut));
    }

    private TemplatedReport(org.w3c.dom.Document xhtml, Theme theme, Instant created, Shared shared) {
        this.xhtml = xhtml;
        this.theme = theme;
        this.created = created;
        this.shared = shared;
    }

    /**
     * The same report with its own copy of the XHTML, for a writer on another thread (a DOM is not
     * safe to read from two threads at once): the layout and the warnings are shared. Made on the
     * thread that owns this report.
     */
    TemplatedReport copy() {
        return new TemplatedReport((org.w3c.dom.Document) xhtml.cloneNode(true), theme, created, shared);
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
    public PageLayout layout() {
        synchronized (shared) {
            if (shared.layout == null) {
                shared.layout = shared.layOut.apply(xhtml);
            }
            return shared.layout;
        }
    }

    /** Whether {@link #layout()} has been made (the render's page count is known only then). */
    public boolean laidOut() {
        synchronized (shared) {
            return shared.layout != null;
        }
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
    public void warn(Diagnostic diagnostic) {
        synchronized (shared) {
            shared.diagnostics.add(diagnostic);
        }
    }

    List<Diagnostic> diagnostics() {
        synchronized (shared) {
            return List.copyOf(shared.diagnostics);
        }
    }

    /** What all copies of one report share: the layout, made once, and the writers' warnings. */
    private static final class Shared {
        private final Function<org.w3c.dom.Document, PageLayout> layOut;
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private PageLayout layout;

        Shared(Function<org.w3c.dom.Document, PageLayout> layOut) {
            this.layOut = layOut;
        }
    }
}
