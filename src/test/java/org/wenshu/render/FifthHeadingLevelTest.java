package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;
import org.wenshu.model.Section;
import org.wenshu.render.fonts.FontCache;

/** ① items (heading level 5) keep their level in the HTML and the DOCX, and look like level 4 on the page. */
class FifthHeadingLevelTest {
    private static final String SOURCE = "关于测试的报告\n\n一、总体情况\n\n正文。\n\n（一）主要做法\n\n正文。\n\n1.第一项\n\n正文。\n\n"
            + "（1）第一小项\n\n正文。\n\n①第一点\n\n正文一。\n\n②第二点\n\n正文二。\n";

    @TempDir
    Path dir;

    @Test
    void levelFiveIsAnH6AHeading5StyleAndSurvivesARoundTripThroughTheDocx() throws Exception {
        Path source = dir.resolve("h5.txt");
        Files.writeString(source, SOURCE, StandardCharsets.UTF_8);
        Document parsed = Wenshu.standard().parse(source).get(0);
        assertThat(outline(parsed.sections(), 1)).contains("5 ①第一点", "5 ②第二点");

        RenderSetup setup = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(), RenderFixture.CREATED, new FontCache());
        RenderedDocument rendered = setup.renderer().render(parsed, OutputFormats.standard().writers());

        String html = new String(rendered.outputs().get("html"), StandardCharsets.UTF_8);
        assertThat(html).containsPattern("<h6 data-line=\"\\d+\" id=\"h5\">①第一点</h6>")
                .containsPattern("<h5 data-line=\"\\d+\" id=\"h4\">（1）第一小项</h5>");

        Path docxFile = dir.resolve("h5.docx");
        Files.write(docxFile, rendered.outputs().get("docx"));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(rendered.outputs().get("docx")))) {
            CTStyle style = docx.getStyles().getStyle("Heading5").getCTStyle();
            assertThat(style.getName().getVal()).isEqualTo("heading 5");
            assertThat(style.getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(4));
            assertThat(style.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
            assertThat(style.getRPr().getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
            assertThat(docx.getParagraphs()).filteredOn(p -> p.getText().startsWith("①") || p.getText().startsWith("②"))
                    .extracting(XWPFParagraph::getStyleID).containsExactly("Heading5", "Heading5");
        }
        Document reparsed = Wenshu.standard().parse(docxFile).get(0);
        assertThat(outline(reparsed.sections(), 1)).isEqualTo(outline(parsed.sections(), 1));

        try (PDDocument pdf = Loader.loadPDF(rendered.outputs().get("pdf"))) {
            List<PdfLines.Line> lines = PdfLines.read(pdf).get(0);
            PdfLines.Line body = lines.stream().filter(l -> l.text().equals("正文一。")).findFirst().orElseThrow();
            PdfLines.Line item = lines.stream().filter(l -> l.text().equals("①第一点")).findFirst().orElseThrow();
            PdfLines.Line level4 = lines.stream().filter(l -> l.text().equals("（1）第一小项")).findFirst().orElseThrow();
            // two-character indent like body text and level 4, same face
            assertThat(item.left()).isCloseTo(body.left(), within(0.5));
            assertThat(item.left()).isCloseTo(level4.left(), within(0.5));
            assertThat(item.fonts().get(0)).isEqualTo(level4.fonts().get(0));
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getFirstChild().getFirstChild()
                    .getFirstChild().getFirstChild().getTitle()).isEqualTo("①第一点");
        }
    }

    private static List<String> outline(List<Section> sections, int level) {
        List<String> out = new ArrayList<>();
        for (Section section : sections) {
            out.add(level + " " + section.displayHeading());
            out.addAll(outline(section.sections(), level + 1));
        }
        return out;
    }
}
