package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/**
 * The example compilations read back: page numbers run on from 1 on a right-hand page after the
 * unnumbered cover and contents, every contents entry (in the PDF and in the DOCX's TOC field)
 * names the document or heading that starts on the page it gives, bookmarks and Word outline
 * levels nest headings under their documents.
 */
class CompilationReadBackTest {
    private static final Pattern PAGE_NUMBER = Pattern.compile("^—\\s*(\\d+)\\s*—$");
    /** The page number sits in the bottom margin (35 mm): text printed lower than this is a page's foot. */
    private static final double FOOT_MM = 30;

    /** A contents entry of the DOCX TOC field: its level, text and page. */
    record Entry(int level, String text, int page) {}


    private static RenderedJob build(String job) {
        return RenderedJob.build(Path.of(job), "pdf", "docx");
    }

    @Test
    void seed004CompilationHasTwelveDocumentsAndATocThatHolds() throws IOException {
        check(build("examples/阶段性工作总结汇编.yaml"), 12, true);
    }

    @Test
    void governmentReportsCompilationHas21DocumentsAndATocThatHolds() throws IOException {
        check(build("examples/2026年政府工作报告汇编.yaml"), 21, false);
    }

    private static void check(RenderedJob built, int documents, boolean headingsInToc) throws IOException {
        assertThat(built.report().parts()).hasSize(documents);
        List<Entry> entries = tocField(built.docx());
        assertThat(entries.stream().filter(e -> e.level() == 1)).hasSize(documents);
        if (headingsInToc) {
            assertThat(entries).anyMatch(e -> e.level() == 2);
        }
        try (PDDocument pdf = Loader.loadPDF(built.pdf())) {
            // the feet of all pages (cheap: their bodies are not read), the few pages the checks look into in full
            List<List<PdfLines.Line>> feet = PdfLines.readFeet(pdf, FOOT_MM * PdfLines.MM);
            Map<Integer, List<PdfLines.Line>> read = new HashMap<>();
            IntFunction<List<PdfLines.Line>> page = i -> read.computeIfAbsent(i, index -> {
                try {
                    return PdfLines.readPage(pdf, index);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // the cover and contents pages carry no number; the body is numbered 1, 2, 3 … from a right-hand page
            int first = -1;
            for (int i = 0; i < feet.size(); i++) {
                Integer number = pageNumber(feet.get(i));
                if (first < 0 && number != null) {
                    first = i;
                }
                if (first >= 0) {
                    assertThat(number).as("number printed on physical page %d", i + 1).isEqualTo(i - first + 1);
                }
            }
            assertThat(first).as("index of page 1").isGreaterThan(1);
            assertThat(first % 2).as("page 1 is a right-hand (odd) page").isZero();
            assertThat(text(page.apply(0))).contains(built.report().title().substring(0, 6));
            // a page's foot holds its number and nothing else: the foot read alone is the page's last line
            for (int i : new int[] {first, first + 1, feet.size() - 1}) {
                List<PdfLines.Line> whole = page.apply(i);
                assertThat(feet.get(i)).as("foot of physical page %d", i + 1).containsExactly(whole.get(whole.size() - 1));
            }

            // the PDF's contents list the same page numbers as the DOCX's TOC field
            List<Integer> pdfNumbers = new ArrayList<>();
            for (int i = 1; i < first; i++) {
                for (PdfLines.Line line : page.apply(i)) {
                    Matcher m = Pattern.compile("(\\d+)$").matcher(line.text());
                    if (line.text().contains("..") && m.find()) {
                        pdfNumbers.add(Integer.parseInt(m.group(1)));
                    }
                }
            }
            assertThat(pdfNumbers).containsExactlyElementsOf(entries.stream().map(Entry::page).toList());

            // every entry names what starts on the page it gives; a document's title is at its page's top
            for (Entry entry : entries) {
                List<PdfLines.Line> lines = page.apply(first + entry.page() - 1);
                String wanted = squeeze(entry.text());
                assertThat(squeeze(text(lines))).as("page %d for %s", entry.page(), entry.text()).contains(wanted);
                if (entry.level() == 1) {
                    String top = squeeze(text(lines.subList(0, Math.min(4, lines.size()))));
                    assertThat(top).as("top of page %d", entry.page()).contains(wanted.substring(0, Math.min(8, wanted.length())));
                }
            }

            // bookmarks: one per document at the top, headings nested under it
            List<PDOutlineItem> top = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
            assertThat(top).hasSize(documents);
            for (int i = 0; i < documents; i++) {
                assertThat(top.get(i).hasChildren()).as("bookmark %d has children", i)
                        .isEqualTo(!built.report().parts().get(i).sections().isEmpty());
            }
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(built.docx()))) {
            List<XWPFParagraph> titles = docx.getParagraphs().stream().filter(p -> "Title".equals(p.getStyle())).toList();
            assertThat(titles).hasSize(documents);
            assertThat(titles).allMatch(p -> p.getCTP().getPPr().getOutlineLvl().getVal().intValue() == 0);
        }
    }

    private static Integer pageNumber(List<PdfLines.Line> page) {
        if (page.isEmpty()) {
            return null;
        }
        Matcher m = PAGE_NUMBER.matcher(page.get(page.size() - 1).text().strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    static List<Entry> tocField(byte[] docx) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                String style = paragraph.getStyle();
                if (style == null || !style.matches("TOC[1-9]")) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                StringBuilder page = new StringBuilder();
                boolean afterTab = false;
                for (XWPFRun run : paragraph.getRuns()) {
                    if (!run.getCTR().getTabList().isEmpty()) {
                        afterTab = true;
                    }
                    String t = run.getText(0);
                    if (t != null) {
                        (afterTab ? page : text).append(t);
                    }
                }
                entries.add(new Entry(style.charAt(3) - '0', text.toString(), Integer.parseInt(page.toString().strip())));
            }
        }
        return entries;
    }

    private static String text(List<PdfLines.Line> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.text()));
        return text.toString();
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
