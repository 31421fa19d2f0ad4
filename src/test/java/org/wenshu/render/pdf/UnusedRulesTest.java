package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xml.sax.InputSource;

/**
 * The selectors of a layout's sheets that name a class or an element type no element has are
 * left out; the rest stay as written, in their order, and the layout is the same.
 */
class UnusedRulesTest {
    /** The element types of the sheets below, all present. */
    private static final Set<String> TYPES = Set.of("p", "div", "body", "h1");

    @Test
    void aRuleNamingAnAbsentClassIsLeftOut() {
        String css = "p { margin: 0; }\np.masthead-line { color: red; }\ndiv.toc p.toc-2 { x: 1; }\n";
        assertThat(UnusedRules.prune(css, Set.of("toc"), TYPES)).isEqualTo("p { margin: 0; }\n\n\n");
        assertThat(UnusedRules.prune(css, Set.of("toc", "toc-2"), TYPES)).isEqualTo("p { margin: 0; }\n\ndiv.toc p.toc-2 { x: 1; }\n");
    }

    @Test
    void aSelectorListKeepsTheSelectorsThatCanMatchInTheirOrder() {
        String css = "body.wenshu-front-first, div.cover, div.toc { page: front; }\n";
        assertThat(UnusedRules.prune(css, Set.of("cover", "toc", "wenshu-front-first"), TYPES)).isEqualTo(css);
        assertThat(UnusedRules.prune(css, Set.of("toc", "wenshu-front-first"), TYPES))
                .isEqualTo("body.wenshu-front-first, div.toc { page: front; }\n");
        assertThat(UnusedRules.prune(css, Set.of(), TYPES)).isEqualTo("\n");
    }

    @Test
    void aSelectorNamingAnAbsentElementTypeIsLeftOut() {
        String css = "html, address,\nblockquote,\nbody, p { display: block }\nol ul, ul ol { margin: 0 }\n"
                + "table[align=\"center\"] > caption { x: y }\nbr:before { content: \"\\A\" }\n* { a: b }\n"
                + "h1 { c: d }\n.cls span { e: f }\n";
        assertThat(UnusedRules.prune(css, Set.of("cls"), Set.of("html", "body", "p", "br", "span", "ul")))
                .isEqualTo("html, body, p { display: block }\n\n\nbr:before { content: \"\\A\" }\n* { a: b }\n"
                        + "\n.cls span { e: f }\n");
    }

    @Test
    void typesAreComparedIgnoringCaseAndWhatIsNotReadIsKept() {
        Set<String> none = Set.of();
        assertThat(UnusedRules.canMatch("P", none, Set.of("p"))).isTrue();
        assertThat(UnusedRules.canMatch("svg|rect", none, none)).isTrue();
        assertThat(UnusedRules.canMatch("p\\.x", none, Set.of("p"))).isTrue();
        assertThat(UnusedRules.canMatch("p:not(.absent)", none, Set.of("p"))).isTrue();
        assertThat(UnusedRules.canMatch("[title=\"a, b.c\"]", none, none)).isTrue();
        assertThat(UnusedRules.canMatch("p[title=\"a, b.c\"] q", none, Set.of("p"))).isFalse();
        assertThat(UnusedRules.canMatch("p:first-child::before", none, Set.of("p"))).isTrue();
        assertThat(UnusedRules.canMatch("td:first-child > p.x", Set.of("x"), Set.of("td"))).isFalse();
    }

    @Test
    void commentsAreNotReadAsSelectorsStringsOrBraces() {
        String css = "/* don't { */\nimg { a: b }\n/* it's */ p, q { c: d /* } */ }\nh1 { e: f }\n";
        assertThat(UnusedRules.prune(css, Set.of(), Set.of("p", "h1"))).isEqualTo("\np { c: d /* } */ }\nh1 { e: f }\n");
        assertThat(UnusedRules.prune(css, Set.of(), Set.of("p", "q", "img", "h1"))).isEqualTo(css);
    }

    @Test
    void atRulesNegationsAndBracesInStringsAreKept() {
        String css = "@page :right { @bottom-right { content: \"} p.x {\" counter(page); } }\n"
                + "p:not(.absent) { a: b; }\n"
                + "p.absent::before { content: \"{\"; }\n"
                + "h1 { c: d; }\n";
        assertThat(UnusedRules.prune(css, Set.of(), TYPES)).isEqualTo(
                "@page :right { @bottom-right { content: \"} p.x {\" counter(page); } }\n"
                        + "p:not(.absent) { a: b; }\n"
                        + "\nh1 { c: d; }\n");
    }

    @Test
    void flyingSaucersUserAgentSheetLosesWhatAReportLacks() {
        String shipped = UserAgentSheet.shipped();
        String pruned = UnusedRules.prune(shipped, Set.of(), Set.of("html", "head", "style", "title", "body", "p", "span", "br", "h1", "h2"));
        assertThat(pruned).contains("br:before").contains("h1").doesNotContain("blockquote").doesNotContain("caption {");
        assertThat(pruned).contains("@page").contains("head { display: none }").doesNotContain("ol ul");
    }

    /**
     * A document laid out with both sheets pruned for it paints the same PDF as with both whole:
     * documents made of HTML's elements (lists, tables, quotations, forms' relatives) with and
     * without classes, against the user agent's sheet and an author sheet of class, descendant,
     * child, attribute and pseudo selectors.
     */
    @Property(tries = 25)
    void prunedSheetsLayOutAsTheWholeOnes(@ForAll("documents") String body) throws Exception {
        String author = "p.x { color: #800; margin: 3pt } div p { text-indent: 10pt } ul > li { margin-left: 5pt }\n"
                + ".y span, em.y { font-weight: bold } td.x, th { padding: 4pt } ol li.x { color: #080 }\n"
                + "h1.x, h2 { font-size: 20pt } p:first-child { margin-top: 9pt } a[href] { color: #008 }\n"
                + "blockquote.y p, table.x td { font-size: 9pt } span:first-child::before { content: \"*\" }\n";
        assertThat(pdf(body, author, true)).isEqualTo(pdf(body, author, false));
    }

    @Provide
    Arbitrary<String> documents() {
        List<String> blocks = List.of("p", "div", "h1", "h2", "blockquote", "pre");
        List<String> inlines = List.of("span", "em", "b", "a href=\"#\"", "sup", "small", "code", "u");
        Arbitrary<String> inline = Arbitraries.of(inlines).flatMap(tag -> Arbitraries.of("", " class=\"x\"", " class=\"y\"")
                .map(cls -> "<" + tag + cls + ">文字text</" + tag.split(" ")[0] + ">"));
        Arbitrary<String> block = Arbitraries.of(blocks).flatMap(tag -> Arbitraries.of("", " class=\"x\"", " class=\"y\"")
                .flatMap(cls -> inline.list().ofMaxSize(4).map(parts -> "<" + tag + cls + ">段落" + String.join("<br/>", parts) + "</" + tag + ">")));
        Arbitrary<String> list = Arbitraries.of("ul", "ol").flatMap(tag -> block.list().ofMinSize(1).ofMaxSize(3)
                .map(items -> "<" + tag + ">" + items.stream().map(i -> "<li class=\"x\">" + i + "</li>").reduce("", String::concat) + "</" + tag + ">"));
        Arbitrary<String> table = block.list().ofMinSize(1).ofMaxSize(3).map(cells -> "<table class=\"x\"><tr><th>头</th></tr><tr>"
                + cells.stream().map(c -> "<td>" + c + "</td>").reduce("", String::concat) + "</tr></table>");
        return Arbitraries.oneOf(block, list, table).list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
    }

    private static byte[] pdf(String body, String author, boolean pruned) throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style type=\"text/css\">" + author
                + "</style></head><body>" + body + "</body></html>";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        ITextRenderer renderer = new ITextRenderer();
        if (pruned) {
            String userAgent = UnusedRules.of(document, UserAgentSheet.shipped()).prune();
            renderer.setDocument(document, null, UserAgentSheet.handler(userAgent));
        } else {
            renderer.setDocument(document, null, UserAgentSheet.handler(UserAgentSheet.shipped()));
        }
        renderer.layout();
        renderer.setListener(new DefaultPDFCreationListener() {
            @Override
            public void onClose(ITextRenderer closing) {
                // OpenPDF stamps the time of writing: fixed, so the two PDFs can be compared
                com.lowagie.text.pdf.PdfDate date = new com.lowagie.text.pdf.PdfDate(new java.util.GregorianCalendar(2026, 0, 1));
                closing.getWriter().getInfo().put(com.lowagie.text.pdf.PdfName.CREATIONDATE, date);
                closing.getWriter().getInfo().put(com.lowagie.text.pdf.PdfName.MODDATE, date);
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.createPDF(out);
        return new PdfNormalizer().normalize(out.toByteArray());
    }
}
