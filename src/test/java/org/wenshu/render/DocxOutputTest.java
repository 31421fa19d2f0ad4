package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.wenshu.model.Section;

/** The DOCX read back with POI: styles, page setup, footers, TOC page numbers against the PDF. */
class DocxOutputTest {
    private static RenderFixture fixture;
    private static XWPFDocument docx;

    @BeforeAll
    static void render() throws IOException {
        fixture = RenderFixture.render(RenderFixture.BEIJING, Map.of("toc", "true"));
        docx = new XWPFDocument(new ByteArrayInputStream(fixture.docx()));
    }

    @AfterAll
    static void close() throws IOException {
        docx.close();
    }

    @Test
    void headingStylesCarryOutlineLevelsAndTheRightFaces() {
        String[] faces = {"黑体", "楷体_GB2312", "仿宋_GB2312", "仿宋_GB2312"};
        for (int level = 1; level <= 4; level++) {
            XWPFStyle style = docx.getStyles().getStyle("Heading" + level);
            assertThat(style).as("Heading" + level).isNotNull();
            CTStyle ct = style.getCTStyle();
            assertThat(ct.getName().getVal()).isEqualTo("heading " + level);
            assertThat(ct.getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1));
            CTFonts fonts = ct.getRPr().getRFontsArray(0);
            assertThat(fonts.getEastAsia()).isEqualTo(faces[level - 1]);
            assertThat(fonts.getAscii()).isEqualTo("Times New Roman");
            assertThat(ct.getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
        }
        CTStyle title = docx.getStyles().getStyle("Title").getCTStyle();
        assertThat(title.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("方正小标宋简体");
        assertThat(title.getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(44));
    }

    @Test
    void bodyStyleIs16ptFangsongWithATwoCharacterIndentOnTheLineGrid() {
        CTStyle normal = docx.getStyles().getStyle("Normal").getCTStyle();
        assertThat(normal.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
        assertThat(normal.getRPr().getRFontsArray(0).getHAnsi()).isEqualTo("Times New Roman");
        assertThat(normal.getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
        assertThat(normal.getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
        assertThat(normal.getPPr().getSpacing().getLine()).isEqualTo(BigInteger.valueOf(579));
    }

    @Test
    void lineBreakingFollowsThePdf() {
        // 禁则 on; space between Chinese and Latin letters or digits on, as the PDF sets it;
        // hanging punctuation left at Word's default (on), as LibreOffice reads w:overflowPunct inverted
        for (String id : new String[] {"Normal", "Heading1", "Title"}) {
            var pPr = docx.getStyles().getStyle(id).getCTStyle().getPPr();
            for (Object on : new Object[] {pPr.getKinsoku().getVal(), pPr.getAutoSpaceDE().getVal(), pPr.getAutoSpaceDN().getVal()}) {
                assertThat(String.valueOf(on)).as(id).isIn("1", "true", "on");
            }
            assertThat(pPr.isSetOverflowPunct()).as(id).isFalse();
        }
    }

    @Test
    void pageIsA4WithTheStandardMarginsAnd22LineGrid() {
        CTSectPr section = docx.getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        CTPageMar margins = section.getPgMar();
        assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(2098));
        assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1587));
        assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1984));
        assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(1474));
        CTDocGrid grid = section.getDocGrid();
        assertThat(grid.getLinePitch()).isEqualTo(BigInteger.valueOf(579));
        // 22 lines of 579 twips fill the 225 mm text block.
        assertThat(22 * 579).isBetween(12756 - 20, 12756);
    }

    @Test
    void oddAndEvenFootersHoldDashedPageFields() {
        List<XWPFFooter> footers = docx.getFooterList();
        assertThat(footers).hasSize(2);
        for (XWPFFooter footer : footers) {
            String xml = footer._getHdrFtr().xmlText();
            assertThat(xml).contains("PAGE").contains("fldChar");
            assertThat(footer.getText().strip()).startsWith("—").endsWith("—");
        }
        assertThat(docx.getSettings().getEvenAndOddHeadings()).isTrue();
    }

    @Test
    void headingParagraphsFollowTheModel() {
        List<String> level1 = new ArrayList<>();
        for (XWPFParagraph paragraph : docx.getParagraphs()) {
            if ("Heading1".equals(paragraph.getStyleID())) {
                level1.add(paragraph.getText().replace("\n", ""));
            }
        }
        assertThat(level1).containsExactlyElementsOf(
                fixture.document().sections().stream().map(Section::displayHeading).toList());
        assertThat(docx.getParagraphs().stream().filter(p -> "Title".equals(p.getStyleID())).map(XWPFParagraph::getText))
                .containsExactly(fixture.document().title());
    }

    @Test
    void tableOfContentsIsAFieldShowingThePdfPageNumbers() throws IOException {
        // numbers are those printed on the pages: page 1 is the body's first page, after the contents
        Map<String, Integer> pdfPages = new LinkedHashMap<>();
        try (PDDocument pdf = Loader.loadPDF(fixture.pdf())) {
            collect(pdf, pdf.getDocumentCatalog().getDocumentOutline().children(), pdfPages);
        }
        List<XWPFParagraph> entries = docx.getParagraphs().stream()
                .filter(p -> p.getStyleID() != null && p.getStyleID().matches("TOC[12]")).toList();
        assertThat(entries).isNotEmpty();
        assertThat(entries.get(0).getCTP().xmlText()).contains("TOC \\o \"1-2\"");
        for (XWPFParagraph entry : entries) {
            // a wrapped entry is broken in balanced lines (TocLines): its line breaks are no part of the title
            String[] parts = entry.getText().replace("\n", "").split("\t");
            assertThat(parts).as(entry.getText()).hasSize(2);
            assertThat(pdfPages).containsKey(parts[0]);
            assertThat(Integer.parseInt(parts[1])).as(parts[0]).isEqualTo(pdfPages.get(parts[0]));
        }
        assertThat(entries).hasSize(pdfPages.size());
    }

    @Test
    void corePropertiesAreFilled() {
        var core = docx.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo(fixture.document().title());
        assertThat(core.getCreator()).isEqualTo("北京市市长 殷勇");
        assertThat(core.getCreated().toInstant()).isEqualTo(RenderFixture.CREATED);
    }

    /** The unnumbered pages before the one printed "— 1 —" (the table of contents, a blank page). */
    static int frontPages(PDDocument pdf) throws IOException {
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
        stripper.setSortByPosition(true);
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(pdf).replaceAll("\\s+", "").endsWith("—1—")) {
                return page - 1;
            }
        }
        throw new AssertionError("no page is numbered 1");
    }

    private static void collect(PDDocument pdf, Iterable<PDOutlineItem> items, Map<String, Integer> pages) throws IOException {
        for (PDOutlineItem item : items) {
            PDPageDestination destination = (PDPageDestination) item.getDestination();
            int page = destination.getPage() != null
                    ? pdf.getPages().indexOf(destination.getPage()) + 1
                    : destination.getPageNumber() + 1;
            pages.put(item.getTitle(), page - frontPages(pdf));
            collect(pdf, item.children(), pages);
        }
    }
}
