package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.wenshu.render.RenderSetup;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.theme.Theme;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.ITextFSFont;

/**
 * The grid width of a piece of text measured in one pass (no codes, no character outside the BMP)
 * is the width measured as before: OpenPDF's width of the text, less the grid's narrowing for each
 * character, rounded to the nearest dot; text with the breaker's codes or supplementary
 * characters still goes the long way, which must agree too.
 */
class GridWidthTest {
    private static final RenderSetup SETUP = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(),
            Instant.parse("2026-01-01T00:00:00Z"), new FontCache());
    private static final Theme THEME = SETUP.theme();
    private static final BaseFont BODY = SETUP.fonts().forRole("body").font();
    private static final CharacterGrid GRID = CharacterGrid.of(THEME);
    private static final HangingPunctuation HANGING = new HangingPunctuation(THEME.lineBreaking().hang());

    @Property(tries = 1500)
    void onePassGivesTheWidthMeasuredAsBefore(@ForAll("pieces") String text, @ForAll("sizes") float size) {
        GridTextRenderer renderer = new GridTextRenderer(GRID, BODY, HANGING, THEME.lineBreaking().scriptSpace(), new CharWidths());
        ITextFSFont font = new ITextFSFont(new FontDescription(BODY), size);
        assertThat(renderer.getWidth(null, font, text)).isEqualTo(asBefore(text, font));
    }

    /** The measurement before the one-pass path: codes through HangingPunctuation, the rest from OpenPDF. */
    private static int asBefore(String text, ITextFSFont font) {
        if (HangingPunctuation.hasCodes(text)) {
            int kern = (int) Math.round(THEME.lineBreaking().scriptSpace() * font.getSize2D());
            return HANGING.width(text, plain -> asBefore(plain, font), kern);
        }
        float width = BODY.getWidth(text) * 0.001f * font.getSize2D();
        int characters = text.codePointCount(0, text.length());
        return Math.max(0, Math.round(width - characters * GRID.narrowing(font.getSize2D())));
    }

    @Provide
    Arbitrary<String> pieces() {
        String marks = "" + HangingPunctuation.HANG + HangingPunctuation.KERN + HANGING.restore('，') + HANGING.restore(HangingPunctuation.KERN);
        return Arbitraries.strings().withChars("中文，。“”（）%、ab1 .:-" + marks + "\uD840\uDC00").ofMaxLength(12);
    }

    @Provide
    Arbitrary<Float> sizes() {
        return Arbitraries.of(10.5f, 12f, 14f, 16f, 16.01f, 22f);
    }
}
