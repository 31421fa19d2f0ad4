package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wenshu.assemble.ReportKinds;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Report;
import org.wenshu.model.WenshuException;

/**
 * The example briefing (简报) read back: the masthead's name is painted red and the articles
 * black, the 报/送/发 block and the print run are on the last page at the foot of the text block;
 * the DOCX carries the red run colour, the red rule as a paragraph border and the foot block in a
 * frame anchored to the bottom margin.
 */
class BriefingReadBackTest {
    private static final String JOB = "examples/主题教育工作简报.yaml";
    private static byte[] pdf;
    private static byte[] docx;
    private static Report report;

    @BeforeAll
    static void build() {
        RenderedJob job = RenderedJob.build(Path.of(JOB), "pdf", "docx");
        report = job.report();
        pdf = job.pdf();
        docx = job.docx();
    }

    /** A glyph with the fill colour it is painted in (RGB packed as 0xRRGGBB). */
    private record Glyph(int page, String text, double baseline, int rgb) {}

    private static List<Glyph> glyphs(PDDocument document) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            {
                addOperator(new SetNonStrokingColorSpace(this));
                addOperator(new SetNonStrokingColor(this));
                addOperator(new SetNonStrokingColorN(this));
                addOperator(new SetNonStrokingDeviceRGBColor(this));
                addOperator(new SetNonStrokingDeviceGrayColor(this));
                addOperator(new SetNonStrokingDeviceCMYKColor(this));
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                if (text.getUnicode().isBlank()) {
                    return;
                }
                int rgb;
                try {
                    rgb = getGraphicsState().getNonStrokingColor().toRGB();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                glyphs.add(new Glyph(getCurrentPageNo(), text.getUnicode(), text.getYDirAdj(), rgb));
            }
        };
        stripper.getText(document);
        return glyphs;
    }

    @Test
    void mastheadIsRedAndTheArticlesBlack() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Glyph> firstPage = glyphs(document).stream().filter(g -> g.page() == 1).toList();
            String name = report.title();
            assertThat(name).isEqualTo("主题教育工作简报");
            // the masthead is the top line of the page: every glyph of it is red
            double mastheadBaseline = firstPage.stream().mapToDouble(Glyph::baseline).min().orElseThrow();
            List<Glyph> masthead = firstPage.stream().filter(g -> g.baseline() == mastheadBaseline).toList();
            assertThat(masthead.stream().map(Glyph::text).reduce("", String::concat)).isEqualTo(name);
            assertThat(masthead).allSatisfy(g -> assertThat(g.rgb()).isEqualTo(0xFF0000));
            // 第3期, the 编印单位 line and the articles are black
            List<Glyph> rest = firstPage.stream().filter(g -> g.baseline() != mastheadBaseline).toList();
            List<String> lines = PdfLines.readAll(document).get(0).stream().map(PdfLines.Line::text).toList();
            assertThat(lines).contains("第3期", "某某县委主题教育领导小组办公室2026年3月31日")
                    .anyMatch(l -> l.startsWith("编者按："));
            assertThat(rest).allSatisfy(g -> assertThat(g.rgb()).isEqualTo(0x000000));
        }
    }

    @Test
    void distributionBlockSitsAtTheFootOfTheLastPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<List<PdfLines.Line>> pages = PdfLines.readAll(document);
            List<PdfLines.Line> last = pages.get(pages.size() - 1);
            List<String> texts = last.stream().map(PdfLines.Line::text).toList();
            assertThat(texts).anyMatch(t -> t.startsWith("报：县委主题教育领导小组各成员"))
                    .anyMatch(t -> t.startsWith("送：")).anyMatch(t -> t.startsWith("发：") && t.endsWith("（共印60份）"));
            for (int p = 0; p < pages.size() - 1; p++) {
                assertThat(pages.get(p)).noneMatch(l -> l.text().startsWith("报：") || l.text().contains("共印"));
            }
            // the 发 line is the last line of the text block: its baseline within one line of the
            // block's bottom edge (297 − 35 mm), and only the page number below it
            double textBottom = (297 - 35) * PdfLines.MM;
            PdfLines.Line issued = last.stream().filter(l -> l.text().startsWith("发：")).findFirst().orElseThrow();
            assertThat(issued.baseline()).isBetween(textBottom - 28.9, textBottom);
            assertThat(last.stream().filter(l -> l.baseline() > issued.baseline()).map(PdfLines.Line::text))
                    .allMatch(t -> t.matches("—\\s*\\d+\\s*—"));
        }
    }

    @Test
    void docxCarriesTheRedMastheadTheRedRuleAndTheFootFrame() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph name = paragraph(document, "主题教育工作简报");
            assertThat(name.getStyle()).isEqualTo("MastheadName");
            assertThat(document.getStyles().getStyle("MastheadName").getCTStyle().getRPr().getColorArray(0).xgetVal()
                    .getStringValue()).isEqualToIgnoringCase("FF0000");
            XWPFParagraph line = paragraph(document, "某某县委主题教育领导小组办公室");
            assertThat(line.getStyle()).isEqualTo("MastheadLine");
            var border = document.getStyles().getStyle("MastheadLine").getCTStyle().getPPr().getPBdr().getBottom();
            assertThat(border.xgetColor().getStringValue()).isEqualToIgnoringCase("FF0000");
            XWPFParagraph distribution = paragraph(document, "报：");
            assertThat(distribution.getText()).contains("送：").contains("发：").endsWith("（共印60份）");
            var frame = distribution.getCTP().getPPr().getFramePr();
            assertThat(frame.getYAlign().toString()).isEqualTo("bottom");
            assertThat(frame.getVAnchor().toString()).isEqualTo("margin");
            // it is the last paragraph, after both articles
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(paragraphs.size() - 1).getText()).isEqualTo(distribution.getText());
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String start) {
        return document.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void briefingNeedsANameAndWholeNumbersAndNotesForArticlesItHas() {
        var kind = ReportKinds.standard().find("briefing").orElseThrow();
        List<Document> one = report.parts().subList(0, 1);
        assertThatThrownBy(() -> kind.assemble(one, Metadata.EMPTY))
                .isInstanceOf(WenshuException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> kind.assemble(one, meta("title", "简报", "issue", "三")))
                .isInstanceOf(WenshuException.class).hasMessageContaining("metadata.issue");
        assertThatThrownBy(() -> kind.assemble(one, meta("title", "简报", "editor_note_2", "按语")))
                .isInstanceOf(WenshuException.class).hasMessageContaining("editor_note_2").hasMessageContaining("1 篇");
        assertThat(kind.assemble(one, meta("title", "简报", "issue", "12", "editor_note_1", "按语")).parts()).hasSize(1);
    }

    private static Metadata meta(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return new Metadata(fields);
    }
}
