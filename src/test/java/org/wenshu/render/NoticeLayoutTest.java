package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The head and foot of a notice: 主送机关 flush left, 落款 and 成文日期 set right as GB/T 9704 7.3.5.2 says. */
class NoticeLayoutTest {

    @Test
    void addresseeSignatureAndDateInTheirPlaces() throws Exception {
        RenderFixture fixture = RenderFixture.render(Path.of("src/test/resources/render/notice.txt"), Map.of());
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(fixture.docx()))) {
            XWPFParagraph addressee = find(docx, "各区人民政府，市政府各委、办、局：");
            assertThat(addressee.getStyle()).isEqualTo("Addressee");
            XWPFParagraph signature = find(docx, "某某市安全生产委员会办公室");
            XWPFParagraph date = find(docx, "2026年3月1日");
            assertThat(signature.getStyle()).isEqualTo("Signature");
            assertThat(date.getStyle()).isEqualTo("SignDate");
            // signature 2 characters in from the right; the date starts 2 characters right of it:
            // 13 characters of signature; the date is 6 wide (digits are half) → 2 + 13 - 2 - 6 = 7
            assertThat(signature.getCTP().getPPr().getInd().getRightChars().intValue()).isEqualTo(200);
            assertThat(date.getCTP().getPPr().getInd().getRightChars().intValue()).isEqualTo(700);
            assertThat(find(docx, "（此件公开发布）").getStyle()).isEqualTo("Note");
            assertThat(docx.getParagraphs()).noneMatch(p -> p.getStyle() != null && p.getStyle().equals("Meta"));
        }
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(fixture.pdf())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf).replaceAll("\\s+", "");
        }
        assertThat(text.indexOf("某某市安全生产委员会办公室")).isGreaterThan(text.indexOf("安全生产大检查情况统计表"));
        assertThat(text.indexOf("2026年3月1日")).isGreaterThan(text.indexOf("某某市安全生产委员会办公室"));
    }

    private static XWPFParagraph find(XWPFDocument docx, String text) {
        return docx.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }
}
