package org.wenshu.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Quote;
import org.wenshu.model.Document;
import org.wenshu.model.Report;
import org.wenshu.render.fonts.FontSet;
import org.wenshu.render.fonts.GlyphCoverage;
import org.wenshu.render.fonts.ResolvedFont;
import org.wenshu.render.layout.PageLayout;
import org.wenshu.render.pdf.PdfRenderer;
import org.wenshu.render.template.HeadingLines;
import org.wenshu.render.template.TocLines;
import org.wenshu.render.template.TableCells;
import org.wenshu.render.template.TableColumns;
import org.wenshu.render.template.TemplateData;
import org.wenshu.render.template.TemplateFolder;
import org.wenshu.render.template.XhtmlParser;
import org.wenshu.render.template.XhtmlTemplate;
import org.wenshu.render.theme.Theme;
import org.wenshu.render.theme.ThemeCss;

/**
 * Renders a report (or one document) through one template and theme: template data → XHTML (with the theme's
 * CSS in its head) → the outputs of the chosen {@link OutputWriter}s ({@link OutputFormats}). The page layout
 * is a service the writers ask for ({@link TemplatedReport#layout()}): the PDF is its output, and the DOCX
 * takes the PDF's page numbers from it for its table of contents.
 */
public final class ReportRenderer {
    private final TemplateFolder folder;
    private final XhtmlTemplate template;
    private final Theme theme;
    private final FontSet fonts;
    private final Map<String, String> settings;
    private final Instant created;

    public ReportRenderer(TemplateFolder folder, Theme theme, FontSet fonts, Map<String, String> settings, Instant created) {
        this.folder = folder;
        this.template = new XhtmlTemplate(folder);
        this.theme = theme;
        this.fonts = fonts;
        this.settings = Map.copyOf(settings);
        this.created = created;
    }

    /**
     * The heap a layout of {@code document} holds, generously: about 256 bytes a character of its
     * text (docs/benchmarks.md: 76–87 MB live after a collection while the 677-page file of 391,000
     * characters is laid out, 36 MB of it the faces), so that several documents are laid out at once
     * only while they fit ({@link org.wenshu.AheadPool}).
     */
    public static long layoutHeap(org.wenshu.model.Document document) {
        return document.textLength() * 256;
    }

    /**
     * Gets ready for renders by {@code writers} that have not begun: when one of them lays out pages,
     * the faces are parsed on a thread of their own while the caller reads its input (a wall-time
     * gain on two cores; no change in what is written).
     */
    public void prepare(List<OutputWriter> writers) {
        if (writers.stream().anyMatch(OutputWriter::laysOutPages) && Runtime.getRuntime().availableProcessors() > 1) {
            fonts.parseInBackground();
        }
    }

    public Theme theme() {
        return theme;
    }

    /** The outputs {@code writers} make of {@code document}, as a report of its own. */
    public RenderedDocument render(Document document, List<OutputWriter> writers) {
        return render(Report.of(document), writers);
    }

    /** The outputs {@code writers} make of {@code report}. */
    public RenderedDocument render(Report report, List<OutputWriter> writers) {
        return render(report, writers, created);
    }

    /**
     * The outputs {@code writers} make of {@code report} (by format name, in the writers' order),
     * stamped with {@code created} (one renderer serves many calls). The report is laid out once,
     * when the first writer asks for the layout, and not at all when none does.
     */
    public RenderedDocument render(Report report, List<OutputWriter> writers, Instant created) {
        org.w3c.dom.Document dom = xhtml(report);
        java.util.concurrent.atomic.AtomicReference<PdfRenderer.Layout> laidOut = new java.util.concurrent.atomic.AtomicReference<>();
        TemplatedReport templated = new TemplatedReport(dom, theme, created, copy -> layOut(copy, created, laidOut));
        // the characters no font draws are found beside the layout when another writer has a thread of its own
        java.util.concurrent.atomic.AtomicReference<List<Diagnostic>> uncovered = new java.util.concurrent.atomic.AtomicReference<>();
        List<byte[]> written = write(templated, writers,
                checked -> uncovered.set(new GlyphCoverage().check(checked.xhtml(), fonts)));
        List<Diagnostic> diagnostics = new ArrayList<>(uncovered.get());
        Map<String, byte[]> outputs = new LinkedHashMap<>();
        for (int i = 0; i < writers.size(); i++) {
            outputs.put(writers.get(i).name(), written.get(i));
        }
        if (laidOut.get() != null) {
            for (String uri : laidOut.get().refusedResources()) {
                diagnostics.add(Diagnostic.warning("resource-refused", 0, "resourceRefused", Quote.of(uri)));
            }
        }
        diagnostics.addAll(templated.diagnostics());
        int pages = templated.laidOut() ? templated.layout().pages().pageCount() : 0;
        return new RenderedDocument(outputs, pages, diagnostics);
    }

    /**
     * The XHTML every writer of {@code report} starts from: the template's output with headings and
     * contents entries broken into lines, table cells and columns measured, and the theme's CSS in
     * its head (the PDF renderer lays out a copy of it).
     */
    public org.w3c.dom.Document xhtml(Report report) {
        String xhtml = template.render(new TemplateData().of(report, theme, settings, baselineEm()));
        org.w3c.dom.Document dom = new XhtmlParser().parse(xhtml, templateName());
        new HeadingLines().apply(dom, theme);
        new TocLines().apply(dom, theme);
        new TableCells().apply(dom, theme);
        new TableColumns().apply(dom, theme);
        addStyle(dom, new ThemeCss().write(theme, this::familiesFor));
        return dom;
    }

    /**
     * Each writer's output, in the writers' order, with {@code first} run once on the XHTML before
     * any writer (on the second writer's thread and copy when it has one: off the layout's path).
     * With two cores or more, the writers after the first run on threads of their own, each on its
     * own copy of the XHTML, while the first runs here: a DOCX is written beside the PDF's layout, or, when its contents need the PDF's page
     * numbers, beside the PDF's painting (the layout is shared, made once by whoever asks first).
     */
    private static List<byte[]> write(TemplatedReport templated, List<OutputWriter> writers,
                                      java.util.function.Consumer<TemplatedReport> first) {
        if (writers.size() < 2 || Runtime.getRuntime().availableProcessors() < 2) {
            first.accept(templated);
            List<byte[]> written = new ArrayList<>();
            for (OutputWriter writer : writers) {
                written.add(write(writer, templated));
            }
            return written;
        }
        List<SideThread<byte[]>> others = new ArrayList<>();
        try {
            for (OutputWriter writer : writers.subList(1, writers.size())) {
                TemplatedReport copy = templated.copy();
                boolean checks = others.isEmpty();
                others.add(SideThread.start(() -> {
                    if (checks) {
                        first.accept(copy); // on this copy, before its writer reads (or changes) it
                    }
                    return write(writer, copy);
                }, org.wenshu.DocumentWorker.DEFAULT_STACK_BYTES));
            }
            List<byte[]> written = new ArrayList<>();
            written.add(write(writers.get(0), templated));
            for (SideThread<byte[]> other : others) {
                written.add(other.join());
            }
            return written;
        } catch (RuntimeException | Error e) {
            others.forEach(SideThread::cancel);
            throw e;
        }
    }

    private static byte[] write(OutputWriter writer, TemplatedReport templated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            writer.write(templated, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Where the PDF layout puts the baseline in a line box: below its middle by half the difference
     * of the reference face's bounding-box top and bottom (every face is measured with the body
     * face's metrics, see the PDF writer's grid text renderer), in ems.
     */
    private double baselineEm() {
        org.wenshu.render.fonts.FontFace body = fonts.forRole("body").source();
        float top = body.bboxTop();
        float bottom = body.bboxBottom();
        return top > bottom ? (top + bottom) / 2 : TemplateData.EM_BOX_BASELINE;
    }

    /**
     * The layout service: Flying Saucer lays the pages out; the PDF is painted from the layout when
     * a writer first asks for it. The layout is kept in {@code laidOut} for the resources it refused.
     */
    private PageLayout layOut(org.w3c.dom.Document dom, Instant created,
                              java.util.concurrent.atomic.AtomicReference<PdfRenderer.Layout> laidOut) {
        PdfRenderer.Layout layout = new PdfRenderer(theme, fonts, "zh-CN", folder.resourceRoot()).layOut(dom);
        laidOut.set(layout);
        return new PageLayout(layout.headingPages(), () -> layout.write(created).bytes());
    }

    private String templateName() {
        return folder.isBuiltIn() ? "内置模板 " + folder.name() : folder.directory().toString();
    }

    private String familiesFor(String role) {
        List<String> names = new ArrayList<>();
        for (ResolvedFont font : fonts.chainFor(role)) {
            names.add("\"" + font.family() + "\"");
        }
        return String.join(", ", names);
    }

    private static void addStyle(org.w3c.dom.Document dom, String css) {
        Element root = dom.getDocumentElement();
        Element head = null;
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "head".equals(element.getLocalName())) {
                head = element;
            }
        }
        if (head == null) {
            head = dom.createElementNS(root.getNamespaceURI(), "head");
            root.insertBefore(head, root.getFirstChild());
        }
        Element style = dom.createElementNS(root.getNamespaceURI(), "style");
        style.setAttribute("type", "text/css");
        style.setTextContent(css);
        // Theme first, so a template's own <style> can refine it.
        head.insertBefore(style, head.getFirstChild());
    }
}
