package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Test;
import org.wenshu.render.pdf.PdfRenderer;

/**
 * A document with a table of contents is laid out once: the contents' page numbers are painted into
 * the layout that found them, and the blank pages that put the contents and the body on right-hand
 * pages are that layout's own. Read back from the PDF, every contents entry gives the page its
 * heading is on (where its bookmark points, by the number printed at that page's foot).
 */
class TocSingleLayoutTest {
    private static final Pattern PAGE_NUMBER = Pattern.compile("^—\\s*(\\d+)\\s*—$");
    private static final Pattern ENTRY_END = Pattern.compile("^(.*?)\\.{2,}\\s*(\\d+)$");
    private static final double FOOT_MM = 30;

    /** A contents entry read from the PDF: its text (its lines joined) and the number it gives. */
    private record Entry(String text, int page) {}

    @Test
    void compilationWithBlankPagesBeforeContentsAndBodyIsLaidOutOnce() throws IOException {
        PdfRenderer.Layout layout = layOut("examples/阶段性工作总结汇编.yaml");
        assertThat(layout.layouts()).isEqualTo(1);
        // the cover takes one page and the contents an odd number: both got a blank page before them
        assertThat(layout.headingPages().blankPagesBefore()).containsExactly("toc", "main");
        checkNumbers(layout.write(RenderFixture.CREATED).bytes(), layout.headingPages().frontPages());
    }

    @Test
    void documentWithContentsIsLaidOutOnce() throws IOException {
        PdfRenderer.Layout layout = layOut("examples/北京市政府工作报告（带目录）.yaml");
        assertThat(layout.layouts()).isEqualTo(1);
        byte[] pdf = layout.write(RenderFixture.CREATED).bytes();
        List<Entry> entries = checkNumbers(pdf, layout.headingPages().frontPages());
        // the DOCX's TOC field, written from the same layout's pages, gives the same numbers
        RenderedJob built = RenderedJob.build(Path.of("examples/北京市政府工作报告（带目录）.yaml"), "pdf", "docx");
        assertThat(built.pdf()).isEqualTo(pdf);
        assertThat(CompilationReadBackTest.tocField(built.docx()).stream().map(CompilationReadBackTest.Entry::page).toList())
                .containsExactlyElementsOf(entries.stream().map(Entry::page).toList());
    }

    @Test
    void numbersNotSetFlushRightOrLeftAreLaidOutAgain() throws IOException {
        // a template's own style may centre the number column: its text is then laid out, not painted in
        PdfRenderer.Layout layout = layOut("examples/北京市政府工作报告（带目录）.yaml",
                "div.toc td.toc-page { text-align: center; }");
        assertThat(layout.layouts()).isEqualTo(2);
        checkNumbers(layout.write(RenderFixture.CREATED).bytes(), layout.headingPages().frontPages());
    }

    private static PdfRenderer.Layout layOut(String job) {
        return layOut(job, "");
    }

    /** The job's XHTML laid out for the PDF, with {@code css} added after the theme's (as a template's own style). */
    private static PdfRenderer.Layout layOut(String job, String css) {
        RenderedJob.Assembled assembled = RenderedJob.assemble(Path.of(job));
        RenderSetup setup = assembled.setup();
        org.w3c.dom.Document xhtml = setup.renderer().xhtml(assembled.report());
        if (!css.isEmpty()) {
            org.w3c.dom.Element head = (org.w3c.dom.Element) xhtml.getElementsByTagNameNS("*", "head").item(0);
            org.w3c.dom.Element style = xhtml.createElementNS(head.getNamespaceURI(), "style");
            style.setAttribute("type", "text/css");
            style.setTextContent(css);
            head.appendChild(style);
        }
        return new PdfRenderer(setup.theme(), setup.fonts(), "zh-CN").layOut(xhtml);
    }

    /**
     * Reads the contents pages (the {@code frontPages} before page 1) and the bookmarks back: each
     * entry, in order, is matched to the next bookmark whose title it ends with, and the number it
     * gives must be the number printed at the foot of the page that bookmark points to.
     */
    private static List<Entry> checkNumbers(byte[] bytes, int frontPages) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            Map<Integer, Integer> printed = new HashMap<>();
            List<List<PdfLines.Line>> feet = PdfLines.readFeet(pdf, FOOT_MM * PdfLines.MM);
            for (int i = 0; i < feet.size(); i++) {
                List<PdfLines.Line> foot = feet.get(i);
                Matcher m = foot.isEmpty() ? null : PAGE_NUMBER.matcher(foot.get(foot.size() - 1).text().strip());
                if (m != null && m.matches()) {
                    printed.put(i, Integer.valueOf(m.group(1)));
                }
            }
            assertThat(printed.get(frontPages)).as("page 1 follows the front pages").isEqualTo(1);

            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < frontPages; i++) {
                StringBuilder text = new StringBuilder();
                for (PdfLines.Line line : PdfLines.readPage(pdf, i)) {
                    Matcher m = ENTRY_END.matcher(line.text().strip());
                    if (m.matches()) {
                        entries.add(new Entry(squeeze(text + m.group(1)), Integer.parseInt(m.group(2))));
                        text.setLength(0);
                    } else {
                        text.append(line.text()); // a wrapped entry's first lines (or the contents' title)
                    }
                }
            }
            assertThat(entries).as("entries on the %d front pages", frontPages).hasSizeGreaterThan(5);

            List<PDOutlineItem> bookmarks = new ArrayList<>();
            flatten(pdf.getDocumentCatalog().getDocumentOutline(), bookmarks);
            int next = 0;
            for (Entry entry : entries) {
                while (next < bookmarks.size() && !matches(entry, bookmarks.get(next))) {
                    next++;
                }
                assertThat(next).as("a bookmark for the entry %s", entry.text()).isLessThan(bookmarks.size());
                int physical = pdf.getPages().indexOf(bookmarks.get(next).findDestinationPage(pdf));
                assertThat(entry.page()).as("the page of %s", entry.text()).isEqualTo(printed.get(physical));
                next++;
            }
            return entries;
        }
    }

    private static boolean matches(Entry entry, PDOutlineItem bookmark) {
        String title = squeeze(bookmark.getTitle());
        return !title.isEmpty() && entry.text().endsWith(title);
    }

    private static void flatten(PDOutlineNode node, List<PDOutlineItem> into) {
        for (PDOutlineItem item : node.children()) {
            into.add(item);
            flatten(item, into);
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
