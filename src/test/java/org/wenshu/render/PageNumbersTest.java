package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wenshu.Wenshu;
import org.wenshu.model.Report;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.pdf.PdfRenderer;
import org.wenshu.render.theme.Theme;

/**
 * The page numbers' margin boxes are laid out once per kind of page (PageMargins) and painted on
 * every page: the PDF is byte for byte the one Flying Saucer makes laying them out on every page,
 * for every built-in kind of report (front matter without numbers, contents, blank left-hand pages,
 * an official document's unnumbered last pages) and for numbers of one to three digits. Read back,
 * each numbered page carries its number, flush right on odd pages and flush left on even ones.
 */
class PageNumbersTest {
    private static final double FOOT_MM = 30;

    @ParameterizedTest
    @ValueSource(strings = {"examples/北京市政府工作报告（带目录）.yaml", "examples/阶段性工作总结汇编.yaml",
            "examples/CIM底座建设行动计划公文.yaml", "examples/主题教育工作简报.yaml"})
    void everyKindOfReportGetsTheBytesOfMarginBoxesOnEveryPage(String job) throws IOException {
        RenderedJob.Assembled assembled = RenderedJob.assemble(Path.of(job));
        org.w3c.dom.Document xhtml = assembled.setup().renderer().xhtml(assembled.report());
        PdfRenderer.Layout layout = renderer(assembled.setup()).layOut(xhtml);
        byte[] once = layout.write(RenderFixture.CREATED).bytes();
        byte[] everyPage = renderer(assembled.setup()).marginBoxesOnEveryPage().layOut(xhtml).write(RenderFixture.CREATED).bytes();
        assertThat(once).isEqualTo(everyPage);
        checkNumbers(once, assembled.setup().theme(), layout.headingPages().frontPages());
    }

    @Test
    void numbersOfOneToThreeDigitsGetTheSameBytes(@TempDir Path dir) throws IOException {
        // Beijing's report four times over: more than a hundred pages in one document
        String text = Files.readString(RenderFixture.BEIJING);
        Path source = dir.resolve("long.txt");
        Files.writeString(source, String.join("\n", text, text, text, text));
        RenderSetup setup = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(), RenderFixture.CREATED, new FontCache());
        org.w3c.dom.Document xhtml = setup.renderer().xhtml(Report.of(Wenshu.standard().parse(source).get(0)));
        byte[] once = renderer(setup).layOut(xhtml).write(RenderFixture.CREATED).bytes();
        byte[] everyPage = renderer(setup).marginBoxesOnEveryPage().layOut(xhtml).write(RenderFixture.CREATED).bytes();
        assertThat(once).isEqualTo(everyPage);
        assertThat(checkNumbers(once, setup.theme(), 0)).as("numbered pages").isGreaterThan(100);
    }

    @Test
    void marginContentThatDiffersFromPageToPageKeepsFlyingSaucersWay() throws IOException {
        // a template's own style: a running heading in the top margin of right-hand pages (laid out
        // on every page, as it changes with the page) beside the theme's numbers; and the page count
        // on left-hand pages, which is the same on every page (a dynamic value, as the number)
        RenderedJob.Assembled assembled = RenderedJob.assemble(Path.of("examples/阶段性工作总结汇编.yaml"));
        org.w3c.dom.Document xhtml = assembled.setup().renderer().xhtml(assembled.report());
        addStyle(xhtml, "h1.title { position: running(title); }"
                + " @page main:right { @top-center { content: element(title); } }"
                + " @page main:left { @top-left { content: \"of \" counter(pages); } }");
        PdfRenderer.Layout layout = renderer(assembled.setup()).layOut(xhtml);
        byte[] once = layout.write(RenderFixture.CREATED).bytes();
        byte[] everyPage = renderer(assembled.setup()).marginBoxesOnEveryPage().layOut(xhtml).write(RenderFixture.CREATED).bytes();
        assertThat(once).isEqualTo(everyPage);
        int numbered = checkNumbers(once, assembled.setup().theme(), layout.headingPages().frontPages());
        try (PDDocument pdf = Loader.loadPDF(once)) {
            // the count of the pages from page 1 on
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("of " + numbered);
        }
    }

    private static PdfRenderer renderer(RenderSetup setup) {
        return new PdfRenderer(setup.theme(), setup.fonts(), "zh-CN");
    }

    private static void addStyle(org.w3c.dom.Document xhtml, String css) {
        org.w3c.dom.Element head = (org.w3c.dom.Element) xhtml.getElementsByTagNameNS("*", "head").item(0);
        org.w3c.dom.Element style = xhtml.createElementNS(head.getNamespaceURI(), "style");
        style.setAttribute("type", "text/css");
        style.setTextContent(css);
        head.appendChild(style);
    }

    /**
     * The foot of every page read back: none on the {@code frontPages}; from there the theme's
     * prefix, the page's number counted from 1 and its suffix, flush right at one character inside
     * the text block's right edge on odd pages, flush left one character inside its left edge on
     * even pages, below the text block; the pages after the last number (an official document's
     * unnumbered last pages) carry none. Returns how many pages are numbered.
     */
    private static int checkNumbers(byte[] bytes, Theme theme, int frontPages) throws IOException {
        Theme.Page page = theme.page();
        Theme.PageNumber style = theme.pageNumber();
        double inset = style.insetChars() * theme.role(style.role()).size();
        double width = page.width() * PdfLines.MM;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<List<PdfLines.Line>> feet = PdfLines.readFeet(pdf, FOOT_MM * PdfLines.MM);
            int numbered = 0;
            boolean ended = false;
            for (int i = 0; i < feet.size(); i++) {
                List<PdfLines.Line> foot = feet.get(i);
                if (i < frontPages || foot.isEmpty()) {
                    assertThat(foot).as("page %d of the front matter", i + 1).isEmpty();
                    ended = i >= frontPages;
                    continue;
                }
                assertThat(ended).as("page %d: a number after an unnumbered page of the body", i + 1).isFalse();
                int number = i - frontPages + 1;
                assertThat(numbered).as("page %d: numbers follow one another from 1", i + 1).isEqualTo(number - 1);
                assertThat(foot).as("page %d's foot", i + 1).hasSize(1);
                PdfLines.Line line = foot.get(0);
                assertThat(line.text().replace(" ", "")).as("page %d", i + 1)
                        .isEqualTo((style.prefix() + number + style.suffix()).replace(" ", ""));
                assertThat(line.baseline()).as("below the text block").isGreaterThan((page.height() - page.bottom()) * PdfLines.MM);
                if (number % 2 == 1) {
                    assertThat(line.right()).as("page %d: flush right", i + 1)
                            .isCloseTo(width - page.right() * PdfLines.MM - inset, org.assertj.core.data.Offset.offset(1.5));
                } else {
                    assertThat(line.left()).as("page %d: flush left", i + 1)
                            .isCloseTo(page.left() * PdfLines.MM + inset, org.assertj.core.data.Offset.offset(1.5));
                }
                numbered++;
            }
            return numbered;
        }
    }
}
