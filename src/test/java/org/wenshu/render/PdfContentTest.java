package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;

/** Fonts, text, bookmarks and metadata of the PDF, read back with PDFBox. */
class PdfContentTest {

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/corpus/002_f62ea30a084066f1.txt",
            "src/test/resources/corpus/2026_北京市_政府工作报告.txt"})
    void everyFontIsEmbeddedAsASubset(String source) throws IOException {
        RenderFixture fixture = RenderFixture.render(java.nio.file.Path.of(source), Map.of());
        try (PDDocument pdf = Loader.loadPDF(fixture.pdf())) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+.+");
                    assertThat(font).isInstanceOf(PDType0Font.class);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/corpus/002_f62ea30a084066f1.txt",
            "src/test/resources/corpus/2026_北京市_政府工作报告.txt"})
    void extractedTextIsTheSourceTextInOrderWithNothingMissingOrRepeated(String source) throws IOException {
        RenderFixture fixture = RenderFixture.render(java.nio.file.Path.of(source), Map.of());
        String text;
        try (PDDocument pdf = Loader.loadPDF(fixture.pdf())) {
            PDFTextStripper stripper = new PDFTextStripper();
            // Reading order as on the page (as pdftotext does): a fallback glyph is drawn after its line.
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf);
        }
        String flat = text.replaceAll("\\s+", "").replaceAll("—\\d+—", "");
        String body = String.join("", bodyBlocks(fixture.document())).replaceAll("\\s+", "");
        assertThat(flat).startsWith(fixture.document().title().replaceAll("\\s+", ""));
        int start = flat.indexOf(body.substring(0, 20));
        assertThat(start).as("body start").isGreaterThanOrEqualTo(0);
        assertThat(firstDifference(flat.substring(start), body)).as("first difference from the source").isEqualTo(-1);
        assertThat(flat.length() - body.length()).as("only the title block comes before the body")
                .isLessThan(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/corpus/002_f62ea30a084066f1.txt",
            "src/test/resources/corpus/2026_北京市_政府工作报告.txt"})
    void headingsAndBodyAreSetInTheirRolesFaces(String source) throws IOException {
        RenderFixture fixture = RenderFixture.render(java.nio.file.Path.of(source), Map.of());
        List<PdfLines.Line> lines;
        try (PDDocument pdf = Loader.loadPDF(fixture.pdf())) {
            lines = PdfLines.read(pdf).stream().flatMap(List::stream).toList();
        }
        assertFace(lines, fixture.document().title(), fixture, "title");
        for (Section first : fixture.document().sections()) {
            assertFace(lines, first.displayHeading(), fixture, "heading1");
            for (Section second : first.sections()) {
                assertFace(lines, second.displayHeading(), fixture, "heading2");
            }
            for (Paragraph paragraph : first.paragraphs()) {
                assertFace(lines, paragraph.text(), fixture, "body");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/corpus/2026_北京市_政府工作报告.txt"})
    void bookmarksFollowTheHeadingTreeAndMetadataIsFilled(String source) throws IOException {
        RenderFixture fixture = RenderFixture.render(java.nio.file.Path.of(source), Map.of());
        Document document = fixture.document();
        try (PDDocument pdf = Loader.loadPDF(fixture.pdf())) {
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                assertThat(item.getDestination()).isNotNull();
            }
            assertThat(top).containsExactlyElementsOf(document.sections().stream().map(Section::displayHeading).toList());
            PDOutlineItem first = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(document.title());
            assertThat(info.getAuthor()).isEqualTo(document.meta().get("speaker").orElseThrow());
            assertThat(info.getSubject()).isEqualTo(document.subtitle());
            assertThat(info.getCreationDate().toInstant()).isEqualTo(RenderFixture.CREATED);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            assertThat(first.getTitle()).isEqualTo(document.sections().get(0).displayHeading());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/corpus/002_f62ea30a084066f1.txt"})
    void sameInputAndTimestampGiveByteIdenticalPdfAndDocx(String source) {
        RenderFixture once = RenderFixture.render(java.nio.file.Path.of(source), Map.of("toc", "true"));
        RenderFixture twice = RenderFixture.render(java.nio.file.Path.of(source), Map.of("toc", "true"));
        assertThat(twice.pdf()).isEqualTo(once.pdf());
        assertThat(twice.docx()).isEqualTo(once.docx());
    }

    /**
     * PDF and DOCX asked for together are written on two threads (the DOCX beside the PDF's layout,
     * or with a table of contents beside its painting); each must be the bytes it is alone.
     */
    @ParameterizedTest
    @ValueSource(strings = {"false", "true"})
    void pdfAndDocxTogetherAreTheBytesEachIsAlone(String toc) {
        java.nio.file.Path source = RenderFixture.SEED_002;
        org.wenshu.model.Document document = org.wenshu.Wenshu.standard().parse(source).get(0);
        RenderSetup setup = RenderSetup.resolve("document", java.nio.file.Path.of(""), Map.of(), Map.of("toc", toc),
                RenderFixture.CREATED, new org.wenshu.render.fonts.FontCache());
        ReportRenderer renderer = setup.renderer();
        OutputFormats formats = OutputFormats.standard();
        RenderedDocument both = renderer.render(document, formats.choose("pdf", "docx"));
        RenderedDocument reversed = renderer.render(document, formats.choose("docx", "pdf"));
        RenderedDocument pdfAlone = renderer.render(document, formats.choose("pdf"));
        RenderedDocument docxAlone = renderer.render(document, formats.choose("docx"));
        assertThat(both.outputs().get("pdf")).isEqualTo(pdfAlone.outputs().get("pdf"));
        assertThat(both.outputs().get("docx")).isEqualTo(docxAlone.outputs().get("docx"));
        assertThat(reversed.outputs().get("pdf")).isEqualTo(pdfAlone.outputs().get("pdf"));
        assertThat(reversed.outputs().get("docx")).isEqualTo(docxAlone.outputs().get("docx"));
        assertThat(both.pdfPages()).isEqualTo(pdfAlone.pdfPages());
    }

    /** Faces parsed ahead on their own thread ({@link ReportRenderer#prepare}) give the same PDF as faces parsed by the layout. */
    @Test
    void facesParsedAheadGiveTheSameBytes() {
        org.wenshu.model.Document document = org.wenshu.Wenshu.standard().parse(RenderFixture.SEED_002).get(0);
        List<byte[]> pdfs = new java.util.ArrayList<>();
        for (boolean ahead : new boolean[] {false, true}) {
            // a font cache of its own each time, so that nothing is parsed before the render
            RenderSetup setup = RenderSetup.resolve("document", java.nio.file.Path.of(""), Map.of(), Map.of(),
                    RenderFixture.CREATED, new org.wenshu.render.fonts.FontCache());
            ReportRenderer renderer = setup.renderer();
            List<OutputWriter> writers = OutputFormats.standard().choose("pdf");
            if (ahead) {
                renderer.prepare(writers);
            }
            pdfs.add(renderer.render(document, writers).outputs().get("pdf"));
        }
        assertThat(pdfs.get(1)).isEqualTo(pdfs.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/corpus/2026_北京市_政府工作报告.txt"})
    void tableOfContentsListsThePagesTheBookmarksPointTo(String source) throws IOException {
        RenderFixture fixture = RenderFixture.render(java.nio.file.Path.of(source), Map.of("toc", "true"));
        try (PDDocument pdf = Loader.loadPDF(fixture.pdf())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String toc = stripper.getText(pdf).replaceAll("\\s+", "");
            int entries = 0;
            // the contents are unnumbered; the body is numbered from 1 on the page after them
            int front = DocxOutputTest.frontPages(pdf);
            assertThat(front % 2).as("page 1 is a right-hand page").isZero();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                var destination = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
                        item.getDestination();
                int page = pdf.getPages().indexOf(destination.getPage()) + 1 - front;
                String title = item.getTitle().replaceAll("\\s+", "");
                assertThat(toc).as(title).containsPattern(java.util.regex.Pattern.quote(title) + "\\.*" + page);
                entries++;
            }
            assertThat(entries).isEqualTo(fixture.document().sections().size());
        }
    }

    /** -1 when {@code actual} starts with {@code expected}, else the index and context of the first difference. */
    private static Object firstDifference(String actual, String expected) {
        for (int i = 0; i < expected.length(); i++) {
            if (i >= actual.length() || actual.charAt(i) != expected.charAt(i)) {
                return i + ": expected …" + expected.substring(Math.max(0, i - 20), Math.min(expected.length(), i + 20))
                        + "… but PDF has …" + actual.substring(Math.max(0, i - 20), Math.min(actual.length(), i + 20)) + "…";
            }
        }
        return -1;
    }

    /** Headings and paragraphs as the template prints them, in document order. */
    static List<String> bodyBlocks(Document document) {
        List<String> blocks = new ArrayList<>();
        document.preamble().forEach(p -> blocks.add(paragraphText(p)));
        addSections(document.sections(), blocks);
        return blocks;
    }

    private static void addSections(List<Section> sections, List<String> blocks) {
        for (Section section : sections) {
            blocks.add(section.displayHeading());
            section.paragraphs().forEach(p -> blocks.add(paragraphText(p)));
            addSections(section.sections(), blocks);
        }
    }

    private static String paragraphText(Paragraph paragraph) {
        return paragraph.isListItem() ? paragraph.marker() + paragraph.text() : paragraph.text();
    }

    private static void assertFace(List<PdfLines.Line> lines, String text, RenderFixture fixture, String role) {
        String start = text.replaceAll("\\s+", "");
        start = start.substring(0, Math.min(8, start.length()));
        String prefix = start;
        PdfLines.Line line = lines.stream().filter(l -> l.text().replaceAll("\\s+", "").startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + prefix));
        String expected = fixture.setup().fonts().forRole(role).font().getPostscriptFontName();
        // Digits and Latin letters are set in the Latin face; the Chinese in the role's face. A CFF
        // (OpenType) face is embedded as a CID font named after its encoding: FandolFang-Regular-Identity-H.
        assertThat(line.fonts()).as(role + ": " + prefix)
                .anyMatch(font -> font.endsWith("+" + expected) || font.endsWith("+" + expected + "-Identity-H"));
    }
}
