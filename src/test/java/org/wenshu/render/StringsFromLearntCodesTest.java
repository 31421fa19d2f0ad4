package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.Wenshu;
import org.wenshu.model.Report;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.pdf.PdfRenderer;

/**
 * Strings made of characters drawn before are written from the codes OpenPDF gave those
 * characters (GlyphContent): the PDF is byte for byte the one OpenPDF makes converting every
 * string itself, font subsets included.
 */
class StringsFromLearntCodesTest {
    private static final RenderSetup SETUP = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(), RenderFixture.CREATED,
            new FontCache());

    @Test
    void beijingsReportHasTheBytesOfOpenPdfsOwnConversion() {
        assertSameBothWays(Wenshu.standard().parse(RenderFixture.BEIJING).get(0));
    }

    @Test
    void rareCharactersHaveTheBytesOfOpenPdfsOwnConversion(@TempDir Path folder) throws IOException {
        // outside the BMP (an extension-B character, an emoji no face has), a variation selector,
        // a private-use code, characters whose glyph codes OpenPDF escapes, Latin, bold headings,
        // all repeated so that the second time they come from the learnt codes
        String line = "𠀀字與葛\uDB40\uDD00根（一）(a) \\ path\\to [x] 😀 \uE000 “引号”、《书名》——全角＃１２３ 𪚥龘";
        StringBuilder text = new StringBuilder("关于罕见字符的测试报告\n\n一、总体情况\n\n");
        for (int i = 0; i < 30; i++) {
            text.append(line).append(i).append("。正文继续，包括数字 2026 年和英文 Word。\n\n");
            if (i % 10 == 0) {
                text.append("（").append(i).append("）小标题").append(line, 0, 8).append("\n\n");
            }
        }
        Path source = folder.resolve("rare.txt");
        Files.writeString(source, text, StandardCharsets.UTF_8);
        assertSameBothWays(Wenshu.standard().parse(source).get(0));
    }

    private static void assertSameBothWays(org.wenshu.model.Document document) {
        org.w3c.dom.Document xhtml = SETUP.renderer().xhtml(Report.of(document));
        byte[] learnt = new PdfRenderer(SETUP.theme(), SETUP.fonts(), "zh-CN").layOut(xhtml).write(RenderFixture.CREATED).bytes();
        byte[] openPdf = new PdfRenderer(SETUP.theme(), SETUP.fonts(), "zh-CN").stringsConvertedByOpenPdf().layOut(xhtml)
                .write(RenderFixture.CREATED).bytes();
        assertThat(learnt).hasSizeGreaterThan(10_000);
        assertThat(Arrays.equals(learnt, openPdf)).as("the same bytes (%d and %d)", learnt.length, openPdf.length).isTrue();
    }
}
