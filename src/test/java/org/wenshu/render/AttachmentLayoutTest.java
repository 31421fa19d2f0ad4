package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** An attachment (附件1) starts a new page with its label at the left and its title centred, in both outputs. */
class AttachmentLayoutTest {

    @Test
    void attachmentStartsANewPageWithLabelAndTitle() throws Exception {
        RenderFixture fixture = RenderFixture.render(Path.of("src/test/resources/render/attachment.txt"), Map.of());

        try (PDDocument pdf = Loader.loadPDF(fixture.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            stripper.setSortByPosition(true);
            List<String> lines = stripper.getText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.matches("— \\d+ —")).toList();
            // the space between Chinese and digits (autospace) reads as a space in the extracted text
            assertThat(lines.get(0).replace(" ", "")).isEqualTo("附件1");
            assertThat(lines.get(1).replace(" ", "")).isEqualTo("2026年民生实事项目清单");
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().children())
                    .extracting(item -> item.getTitle()).contains("2026年民生实事项目清单");
        }

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(fixture.docx()))) {
            XWPFParagraph label = docx.getParagraphs().stream().filter(p -> p.getText().equals("附件1")).findFirst().orElseThrow();
            assertThat(label.getStyle()).isEqualTo("AttachmentLabel");
            assertThat(label.isPageBreak()).isTrue();
            int at = docx.getParagraphs().indexOf(label);
            XWPFParagraph title = docx.getParagraphs().get(at + 1);
            assertThat(title.getText()).isEqualTo("2026年民生实事项目清单");
            assertThat(title.getStyle()).isEqualTo("AttachmentTitle");
            assertThat(docx.getStyles().getStyle("AttachmentTitle").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .isEqualTo(BigInteger.ZERO);
            assertThat(docx.getParagraphs().get(at + 2).getStyle()).isEqualTo("Heading2");
        }
    }
}
