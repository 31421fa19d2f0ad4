package org.wenshu.render.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.wenshu.render.OutputWriter;
import org.wenshu.render.TemplatedReport;
import org.wenshu.render.theme.Theme;

/**
 * HTML for a browser: the template's XHTML, as the PDF is made from, written in HTML syntax with a
 * doctype (an empty element is {@code <a></a>}, never {@code <a/>}, which HTML would read as an open
 * tag). The theme's CSS stays (its {@code @page} rules serve printing from the browser); a screen
 * style shows the text block as a sheet of the theme's paper, and each face the theme's CSS names
 * ({@code wenshu-fangsong}) is mapped to the installed font of its Word name. Never laid out, so
 * the table of contents is links without page numbers.
 */
public final class HtmlWriter implements OutputWriter {
    @Override
    public String name() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public void write(TemplatedReport report, OutputStream out) throws IOException {
        Document html = Jsoup.parse(xml(report.xhtml()), "", Parser.xmlParser());
        for (Node node : html.childNodes()) {
            if (node instanceof XmlDeclaration declaration) {
                declaration.remove();
                break;
            }
        }
        html.prependChild(new DocumentType("html", "", ""));
        for (Element element : html.getAllElements()) {
            if (VOID_ELEMENTS.contains(element.normalName())) {
                // the XML parser made it an ordinary element, which HTML syntax writes as <br></br>:
                // a browser reads that end tag as a second line break (blank lines in the contents)
                element.replaceWith(new Element(Tag.valueOf(element.normalName()), "", element.attributes().clone()));
            } else if (element.hasAttr("data-left-chars") && element.hasAttr("data-hang-chars")) {
                hang(element);
            }
        }
        Element head = html.selectFirst("html > head");
        if (head != null) {
            head.appendElement("style").text(screenStyle(report.theme()));
        }
        html.outputSettings().syntax(Document.OutputSettings.Syntax.html).prettyPrint(false)
                .charset(StandardCharsets.UTF_8);
        out.write(html.outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    /** HTML's void elements: written as a start tag alone. */
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    /**
     * A contents entry that wraps hangs under its text, as in the PDF and the DOCX: its lines start
     * {@code data-left-chars} in, the first {@code data-hang-chars} less ({@link
     * org.wenshu.render.template.TocLines}); a character is 1em of the entry's own size.
     */
    private static void hang(Element entry) {
        String left = entry.attr("data-left-chars");
        String hang = entry.attr("data-hang-chars");
        if (left.matches("\\d+(\\.\\d+)?") && hang.matches("\\d+(\\.\\d+)?")) {
            String style = entry.attr("style");
            entry.attr("style", (style.isBlank() ? "" : style.strip().replaceFirst(";?$", "; "))
                    + "padding-left: " + left + "em; text-indent: -" + hang + "em;");
        }
    }

    /** The CSS a browser needs beside the theme's: the faces by their installed names, the page as a sheet on screen. */
    static String screenStyle(Theme theme) {
        StringBuilder css = new StringBuilder();
        // in the faces' name order: the theme's map has no order of its own (it changed from run to run)
        for (Map.Entry<String, Theme.Face> face : new java.util.TreeMap<>(theme.faces()).entrySet()) {
            Set<String> names = new LinkedHashSet<>();
            if (face.getValue().wordName() != null && !face.getValue().wordName().isBlank()) {
                names.add(face.getValue().wordName());
            }
            // a font file's name is often its PostScript name (FandolFang-Regular, STFangsong)
            for (String file : concat(face.getValue().files(), face.getValue().fallbacks())) {
                String base = file.replaceFirst(",\\d+$", "").replaceFirst("^.*[/\\\\]", "").replaceFirst("\\.[A-Za-z]+$", "");
                if (!base.isBlank()) {
                    names.add(base);
                }
            }
            if (!names.isEmpty()) {
                css.append("@font-face { font-family: \"wenshu-").append(face.getKey()).append("\"; src: ")
                        .append(names.stream().map(n -> "local(\"" + n.replace("\"", "") + "\")").collect(Collectors.joining(", ")))
                        .append("; }\n");
            }
        }
        Theme.Page page = theme.page();
        css.append("@media screen {\n")
                .append("  html { background: #e8e8e8; }\n")
                .append("  body { box-sizing: content-box; width: ").append(mm(page.textWidth())).append("; margin: 24px auto; padding: ")
                .append(mm(page.top())).append(' ').append(mm(page.right())).append(' ').append(mm(page.bottom())).append(' ')
                .append(mm(page.left())).append("; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }\n")
                .append("}\n");
        return css.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String mm(double value) {
        return org.wenshu.render.Decimals.fixed(value, 2) + "mm";
    }

    private static String xml(org.w3c.dom.Document xhtml) {
        try {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(xhtml), new StreamResult(bytes));
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
