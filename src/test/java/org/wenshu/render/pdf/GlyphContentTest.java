package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.wenshu.render.RenderSetup;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.fonts.ResolvedFont;

/**
 * A page's strings written by {@link GlyphContent} are the bytes OpenPDF writes converting each
 * string itself, whatever the strings, faces, repeats and saved and restored states; and every
 * string within the BMP is indeed written from the learnt codes.
 */
class GlyphContentTest {
    private static final List<BaseFont> FACES = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(),
            Instant.parse("2026-01-01T00:00:00Z"), new FontCache()).fonts().distinctFamilies().stream().map(ResolvedFont::font).toList();

    @Property(tries = 60)
    void writesTheBytesOpenPdfWrites(@ForAll("drawings") List<Tuple.Tuple3<Integer, String, Boolean>> drawings) {
        PdfContentByte openPdf = new PdfContentByte(writer());
        GlyphContent learnt = new GlyphContent(writer());
        for (int round = 0; round < 2; round++) {
            for (Tuple.Tuple3<Integer, String, Boolean> drawing : drawings) {
                draw(openPdf, drawing);
                draw(learnt, drawing);
            }
        }
        assertThat(new String(learnt.getInternalBuffer().toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo(new String(openPdf.getInternalBuffer().toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1));
        long plain = drawings.stream().filter(d -> d.get2().chars().noneMatch(c -> Character.isSurrogate((char) c))).count();
        // every string without a character outside the BMP, both rounds, was written from the codes
        assertThat(learnt.written()).isEqualTo(2 * (int) plain);
    }

    private static void draw(PdfContentByte page, Tuple.Tuple3<Integer, String, Boolean> drawing) {
        if (drawing.get3()) {
            page.saveState();
        }
        page.beginText();
        page.setFontAndSize(FACES.get(drawing.get1() % FACES.size()), 12);
        page.showText(drawing.get2());
        page.endText();
        if (drawing.get3()) {
            page.restoreState();
        }
    }

    private static PdfWriter writer() {
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
        document.open();
        return writer;
    }

    @Provide
    Arbitrary<List<Tuple.Tuple3<Integer, String, Boolean>>> drawings() {
        Arbitrary<Character> characters = Arbitraries.oneOf(
                Arbitraries.chars().range('\u4e00', '\u9fff'), // glyph codes of every low byte, escaped ones among them
                Arbitraries.chars().range(' ', '~'),
                Arbitraries.of('\u3000', '\u3001', '\u3002', '\uff08', '\uff09', '\u201c', '\u201d', '\u2014', '\ue000', '\u0007', '\n'));
        Arbitrary<String> plain = characters.list().ofMinSize(1).ofMaxSize(12)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
        Arbitrary<String> rare = Arbitraries.of("𠀀字", "葛\uDB40\uDD00根", "😀", "𪚥龘", "a\uDB40\uDD01");
        Arbitrary<String> strings = Arbitraries.frequencyOf(Tuple.of(8, plain), Tuple.of(1, rare));
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 7), strings, Arbitraries.of(true, false, false))
                .as(Tuple::of).list().ofMinSize(1).ofMaxSize(40);
    }
}
