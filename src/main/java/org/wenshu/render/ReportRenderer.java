package org.wenshu.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Report;
import org.wenshu.render.docx.DocxRenderer;
import org.wenshu.render.fonts.FontSet;
import org.wenshu.render.fonts.GlyphCoverage;
import org.wenshu.render.fonts.ResolvedFont;
import org.wenshu.render.layout.HeadingPages;
import org.wenshu.render.pdf.PdfRenderer;
import org.wenshu.render.pdf.PdfResult;
import org.wenshu.render.template.HeadingLines;
import org.wenshu.render.template.TableCells;
import org.wenshu.render.template.TemplateData;
import org.wenshu.render.template.TemplateFolder;
import org.wenshu.render.template.XhtmlParser;
import org.wenshu.render.template.XhtmlTemplate;
import org.wenshu.render.theme.Theme;
import org.wenshu.render.theme.ThemeCss;

/**
 * Renders a report (or one document) through one template and theme: template data → XHTML (with the theme's
 * CSS in its head) → PDF, DOCX and HTML. The DOCX is written after the PDF is laid out, so its
 * table of contents carries the PDF's page numbers.
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

    public Theme theme() {
        return theme;
    }

    /** The requested outputs for {@code document}, as a report of its own. */
    public RenderedDocument render(Document document, Set<OutputFormat> formats) {
        return render(Report.of(document), formats);
    }

    /** The requested outputs for {@code report}. */
    public RenderedDocument render(Report report, Set<OutputFormat> formats) {
        return render(report, formats, created);
    }

    /** The requested outputs for {@code report}, stamped with {@code created} (one renderer serves many calls). */
    public RenderedDocument render(Report report, Set<OutputFormat> formats, Instant created) {
        String xhtml = template.render(new TemplateData().of(report, theme, settings));
        org.w3c.dom.Document dom = new XhtmlParser().parse(xhtml, templateName());
        new HeadingLines().apply(dom, theme);
        new TableCells().apply(dom, theme);
        addStyle(dom, new ThemeCss().write(theme, this::familiesFor));
        List<Diagnostic> diagnostics = new ArrayList<>(new GlyphCoverage().check(dom, fonts));
        Map<OutputFormat, byte[]> outputs = new EnumMap<>(OutputFormat.class);
        if (formats.contains(OutputFormat.HTML)) {
            outputs.put(OutputFormat.HTML, serialize(dom));
        }
        int pages = 0;
        HeadingPages headingPages = null;
        boolean tableOfContents = hasTableOfContents(dom);
        boolean needsLayout = formats.contains(OutputFormat.PDF) || (formats.contains(OutputFormat.DOCX) && tableOfContents);
        // PDF and DOCX on both cores: the DOCX (on its own copy of the XHTML) beside the PDF's layout,
        // or, when it needs the PDF's pages for its contents, beside the PDF's painting
        boolean sideBySide = formats.contains(OutputFormat.PDF) && formats.contains(OutputFormat.DOCX)
                && Runtime.getRuntime().availableProcessors() > 1;
        SideThread<byte[]> docx = null;
        if (sideBySide && !tableOfContents) {
            docx = docxBeside(dom, null, created);
        }
        try {
            if (needsLayout) {
                PdfRenderer.Layout layout = new PdfRenderer(theme, fonts, "zh-CN", folder.resourceRoot()).layOut(dom);
                headingPages = layout.headingPages();
                pages = headingPages.pageCount();
                if (sideBySide && docx == null) {
                    docx = docxBeside(dom, headingPages, created);
                }
                if (formats.contains(OutputFormat.PDF)) {
                    PdfResult pdf = layout.write(created);
                    for (String uri : pdf.refusedResources()) {
                        diagnostics.add(Diagnostic.warning("resource-refused", "模板引用的资源 " + uri
                                + " 不在模板文件夹内，已忽略（模板只能使用自己文件夹里的图片和样式表，不能读取其他文件或访问网络）", 0));
                    }
                    outputs.put(OutputFormat.PDF, pdf.bytes());
                }
            }
            if (formats.contains(OutputFormat.DOCX)) {
                outputs.put(OutputFormat.DOCX, docx != null ? docx.join() : new DocxRenderer(theme).render(dom, headingPages, created));
            }
        } catch (RuntimeException | Error e) {
            if (docx != null) {
                docx.cancel();
            }
            throw e;
        }
        return new RenderedDocument(outputs, pages, diagnostics);
    }

    /** The DOCX written on a thread of its own, from a copy of {@code dom} made here (a DOM is not safe to share). */
    private SideThread<byte[]> docxBeside(org.w3c.dom.Document dom, HeadingPages headingPages, Instant created) {
        org.w3c.dom.Document copy = (org.w3c.dom.Document) dom.cloneNode(true);
        return SideThread.start(() -> new DocxRenderer(theme).render(copy, headingPages, created),
                org.wenshu.DocumentWorker.DEFAULT_STACK_BYTES);
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

    /** A table of contents, or a numbered main part after front matter: the DOCX needs the PDF's pages. */
    private static boolean hasTableOfContents(org.w3c.dom.Document dom) {
        var divs = dom.getElementsByTagNameNS("*", "div");
        for (int i = 0; i < divs.getLength(); i++) {
            String classes = " " + ((Element) divs.item(i)).getAttribute("class") + " ";
            if (classes.contains(" toc ") || classes.contains(" main ")) {
                return true;
            }
        }
        return false;
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

    private static byte[] serialize(org.w3c.dom.Document dom) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(dom), new StreamResult(out));
            return out.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
