package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.wenshu.Wenshu;
import org.wenshu.model.Report;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.pdf.PdfRenderer;

/**
 * A justified line is drawn as one string with character spacing instead of Flying Saucer's array
 * of one string a character, each followed by the same adjustment: read back with PDFBox, every
 * glyph of the PDF is the same character at the same place as in the PDF drawn Flying Saucer's
 * way ({@link PdfRenderer#justifiedCharByChar()}), and the arrays are gone.
 */
class JustifiedTextTest {
    @Test
    void glyphsLandWhereFlyingSaucersArraysPutThem() throws IOException {
        RenderSetup setup = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(), RenderFixture.CREATED, new FontCache());
        // Beijing's report: justified Chinese lines, and lines with Latin words and spaces
        org.w3c.dom.Document xhtml = setup.renderer().xhtml(Report.of(Wenshu.standard().parse(RenderFixture.BEIJING).get(0)));
        byte[] spaced = new PdfRenderer(setup.theme(), setup.fonts(), "zh-CN").layOut(xhtml).write(RenderFixture.CREATED).bytes();
        byte[] arrays = new PdfRenderer(setup.theme(), setup.fonts(), "zh-CN").justifiedCharByChar().layOut(xhtml)
                .write(RenderFixture.CREATED).bytes();
        try (PDDocument a = Loader.loadPDF(spaced); PDDocument b = Loader.loadPDF(arrays)) {
            List<Glyph> ours = glyphs(a);
            List<Glyph> theirs = glyphs(b);
            assertThat(ours).hasSameSizeAs(theirs).hasSizeGreaterThan(10_000);
            for (int i = 0; i < ours.size(); i++) {
                Glyph mine = ours.get(i);
                Glyph flyingSaucer = theirs.get(i);
                assertThat(mine.text()).as("glyph %d", i).isEqualTo(flyingSaucer.text());
                assertThat(mine.page()).as("glyph %d", i).isEqualTo(flyingSaucer.page());
                assertThat(mine.x()).as("glyph %d (%s) on page %d", i, mine.text(), mine.page())
                        .isCloseTo(flyingSaucer.x(), Offset.offset(0.01f));
                assertThat(mine.y()).as("glyph %d", i).isCloseTo(flyingSaucer.y(), Offset.offset(0.001f));
            }
            assertThat(new PDFTextStripper().getText(a)).isEqualTo(new PDFTextStripper().getText(b));
            // the arrays are gone where every character moves alike; the content is shorter
            assertThat(operators(b, "TJ")).isGreaterThan(500);
            assertThat(operators(a, "TJ")).isLessThan(operators(b, "TJ") / 10);
        }
    }

    private record Glyph(int page, String text, float x, float y) {}

    private static List<Glyph> glyphs(PDDocument pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(new Glyph(getCurrentPageNo(), text.getUnicode(), text.getXDirAdj(), text.getYDirAdj()));
            }
        };
        stripper.getText(pdf);
        return glyphs;
    }

    private static int operators(PDDocument pdf, String name) throws IOException {
        int count = 0;
        for (PDPage page : pdf.getPages()) {
            for (Object token : new PDFStreamParser(page).parse()) {
                if (token instanceof Operator operator && operator.getName().equals(name)) {
                    count++;
                }
            }
        }
        return count;
    }
}
