package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wenshu.model.Report;

/** The example 公文 read back from its PDF: the positions GB/T 9704 fixes, within 1 mm. */
class OfficialReadBackTest {
    private static final String JOB = "examples/CIM底座建设行动计划公文.yaml";
    private static final double MM = PdfLines.MM;
    /** Top and bottom of the text block, from the top of the page (GB/T 9704: 37 mm and 297 − 35 mm). */
    private static final double TEXT_TOP = 37 * MM;
    private static final double TEXT_BOTTOM = (297 - 35) * MM;
    /** The grid's line pitch: 225 mm over 22 lines, in twentieths of a point as the theme rounds it. */
    private static final double PITCH = Math.floor(225.0 / 22 * MM * 20) / 20;
    /** The ideographic em box of the CJK faces: 880/1000 above the baseline, 120 below. */
    private static final double ASCENT = 0.88;
    private static final double DESCENT = 0.12;
    private static final double TOLERANCE = 1 * MM;

    static byte[] pdf;
    static byte[] docx;
    static Report report;

    @BeforeAll
    static void build() {
        RenderedJob job = RenderedJob.build(Path.of(JOB), "pdf", "docx");
        report = job.report();
        pdf = job.pdf();
        docx = job.docx();
    }

    private static PdfLines.Line line(List<PdfLines.Line> page, String text) {
        return page.stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line “" + text + "” among " + page.stream().map(PdfLines.Line::text).toList()));
    }

    @Test
    void headPositionsFollowTheStandard() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PdfLines.Line> first = PdfLines.read(document).get(0);
            PdfLines.Line mark = line(first, "上海市住房和城乡建设管理委员会文件");
            PdfLines.Line number = line(first, "沪建科信〔2025〕394号");
            // 发文机关标志: top edge 35 mm below the top of the text block
            double markTop = mark.baseline() - ASCENT * mark.fontSize();
            double markBottom = mark.baseline() + DESCENT * mark.fontSize();
            assertThat(markTop - TEXT_TOP).as("机关标志上边缘到版心上边缘").isCloseTo(35 * MM, within(TOLERANCE));
            // centred on the text block
            double centre = (28 + 156 / 2.0) * MM;
            assertThat((mark.left() + mark.right()) / 2).isCloseTo(centre, within(TOLERANCE));
            assertThat((number.left() + number.right()) / 2).isCloseTo(centre, within(TOLERANCE));
            // 发文字号: two blank grid lines below the mark, then its own line, the text centred in it
            double numberTop = number.baseline() - ASCENT * number.fontSize();
            double numberBottom = number.baseline() + DESCENT * number.fontSize();
            assertThat(numberTop - markBottom).as("机关标志下空二行")
                    .isCloseTo(2 * PITCH + (PITCH - number.fontSize()) / 2, within(TOLERANCE));
            // the red line: 4 mm below the 发文字号, as wide as the text block, red
            List<PdfRules.Rule> red = PdfRules.read(document).stream()
                    .filter(r -> r.page() == 1 && r.rgb() == 0xFF0000).toList();
            assertThat(red).hasSize(1);
            PdfRules.Rule rule = red.get(0);
            assertThat(rule.y() - numberBottom).as("红线在发文字号下").isCloseTo(4 * MM, within(TOLERANCE));
            assertThat(rule.left()).isCloseTo(28 * MM, within(TOLERANCE));
            assertThat(rule.width()).isCloseTo(156 * MM, within(TOLERANCE));
            // the mark is red, the 发文字号 black
            assertThat(first.get(0).text()).isEqualTo("000128");
            assertThat(first.get(1).text()).isEqualTo("内部");
            assertThat(first.get(2).text()).isEqualTo("平急");
        }
    }

    @Test
    void imprintSitsOnTheBottomEdgeOfTheLastPageWhichIsEven() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<List<PdfLines.Line>> pages = PdfLines.read(document);
            int count = pages.size();
            assertThat(count % 2).as("版记页是偶数页").isZero();
            List<PdfLines.Line> last = pages.get(count - 1);
            // GB/T 9704 7.5: after an empty page (the body ended on an even page) neither page is
            // numbered; right after the body's last page the 版记 page has its number
            boolean blankBefore = pages.get(count - 2).stream().allMatch(l -> CorpusPages.isPageNumber(l.text()));
            List<String> expected = new java.util.ArrayList<>(List.of("抄送：住房城乡建设部，市政府办公厅，市大数据中心。",
                    "上海市住房和城乡建设管理委员会办公室2025年8月13日印发"));
            if (blankBefore) {
                assertThat(pages.get(count - 2)).as("空白页不编页码").isEmpty();
            } else {
                expected.add("—" + count + "—");
            }
            assertThat(last).extracting(PdfLines.Line::text).containsExactlyElementsOf(expected);
            for (int p = 0; p < count - 1; p++) {
                assertThat(pages.get(p)).noneMatch(l -> l.text().startsWith("抄送") || l.text().endsWith("印发"));
            }
            // three black rules across the text block: 0.35 mm, 0.25 mm, 0.35 mm; the last on the bottom edge
            List<PdfRules.Rule> rules = PdfRules.read(document).stream().filter(r -> r.page() == count).toList();
            assertThat(rules).hasSize(3).allSatisfy(r -> {
                assertThat(r.rgb()).isZero();
                assertThat(r.width()).isCloseTo(156 * MM, within(TOLERANCE));
            });
            assertThat(rules.get(0).thickness()).isCloseTo(0.35 * MM, within(0.05 * MM));
            assertThat(rules.get(1).thickness()).isCloseTo(0.25 * MM, within(0.05 * MM));
            assertThat(rules.get(2).thickness()).isCloseTo(0.35 * MM, within(0.05 * MM));
            assertThat(rules.get(2).y()).as("末条线在版心下边缘").isCloseTo(TEXT_BOTTOM, within(TOLERANCE));
            assertThat(rules.get(0).y()).isLessThan(last.get(0).baseline());
            assertThat(rules.get(1).y()).isBetween(last.get(0).baseline(), last.get(1).baseline());
        }
    }

    @Test
    void docxCarriesTheSameElements() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
            assertThat(texts.subList(0, 3)).containsExactly("000128", "内部", "平急");
            XWPFParagraph mark = paragraph(document, "上海市住房和城乡建设管理委员会文件");
            assertThat(mark.getStyle()).isEqualTo("IssuerMark");
            assertThat(document.getStyles().getStyle("IssuerMark").getCTStyle().getRPr().getColorArray(0).xgetVal()
                    .getStringValue()).isEqualToIgnoringCase("FF0000");
            // the space above the mark and the rule's distance follow the PDF's numbers
            assertThat(mark.getSpacingBefore()).isPositive();
            XWPFParagraph number = paragraph(document, "沪建科信〔2025〕394号");
            assertThat(number.getStyle()).isEqualTo("DocNumber");
            var rule = number.getCTP().getPPr().getPBdr().getBottom();
            assertThat(rule.xgetColor().getStringValue()).isEqualToIgnoringCase("FF0000");
            assertThat(rule.getSpace().intValue()).isBetween(1, 31);
            assertThat(texts).contains("各有关单位：", "附件：上海市CIM底座建设三年行动计划（2025-2027年）",
                    "上海市住房和城乡建设管理委员会", "2025年8月12日", "（此件公开发布）", "附件");
            // the 版记 closes the document, in frames at the bottom margin, after a page break
            XWPFParagraph copyTo = paragraph(document, "抄送：");
            XWPFParagraph printed = paragraph(document, "上海市住房和城乡建设管理委员会办公室");
            List<XWPFParagraph> withText = paragraphs.stream().filter(p -> !p.getText().isEmpty()).toList();
            assertThat(withText.subList(withText.size() - 2, withText.size())).containsExactly(copyTo, printed);
            assertThat(printed.getText()).endsWith("2025年8月13日印发");
            // one frame a line, stacked up from the bottom margin: the last one ends on the text block's bottom edge
            long textHeight = Math.round((297 - 37 - 35) * 1440 / 25.4);
            var copyFrame = copyTo.getCTP().getPPr().getFramePr();
            var printedFrame = printed.getCTP().getPPr().getFramePr();
            assertThat(copyFrame.getVAnchor().toString()).isEqualTo("margin");
            assertThat(((java.math.BigInteger) copyFrame.getY()).longValue())
                    .isLessThan(((java.math.BigInteger) printedFrame.getY()).longValue());
            assertThat(((java.math.BigInteger) printedFrame.getY()).longValue()).isBetween(textHeight - 800, textHeight - 500);
            // on a page of its own, as in the PDF: after an empty page, without page numbers there,
            // or right after the body, numbered
            int copyIndex = paragraphs.indexOf(copyTo);
            assertThat(paragraphs.get(copyIndex - 1).isPageBreak()).isTrue();
            boolean blankBefore;
            try (PDDocument pdfDocument = Loader.loadPDF(pdf)) {
                List<List<PdfLines.Line>> pages = PdfLines.read(pdfDocument);
                blankBefore = pages.get(pages.size() - 2).isEmpty();
            }
            assertThat(paragraphs.get(copyIndex - 2).isPageBreak()).isEqualTo(blankBefore);
            for (var footer : document.getFooterList()) {
                assertThat(footer.getText()).satisfiesAnyOf(t -> assertThat(t).isBlank(), t -> assertThat(t).contains("—"));
            }
            if (blankBefore) {
                var numberedSection = paragraphs.get(copyIndex - 3).getCTP().getPPr().getSectPr();
                assertThat(numberedSection.sizeOfFooterReferenceArray()).isEqualTo(2);
                var lastSection = document.getDocument().getBody().getSectPr();
                assertThat(lastSection.sizeOfFooterReferenceArray()).isEqualTo(2);
                assertThat(document.getFooterList()).filteredOn(f -> f.getText().isBlank()).hasSize(2);
            } else {
                assertThat(document.getFooterList()).filteredOn(f -> f.getText().isBlank()).isEmpty();
            }
            assertThat(document.getStyles().getStyle("ImprintCopy").getCTStyle().getPPr().getPBdr().getTop().getSz()
                    .intValue()).isEqualTo(8); // 0.99 pt in eighths of a point
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String start) {
        return document.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
    }
}
