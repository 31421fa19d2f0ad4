package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wenshu.render.RenderSetup;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.fonts.ResolvedFont;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The theme's resolver sets up Flying Saucer's built-in Latin fonts only when a style names a family
 * that is not the theme's, and then picks the same face as the plain resolver with every font.
 */
class ThemeFontResolverTest {
    private static final List<ResolvedFont> FONTS = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(),
            Instant.EPOCH, new FontCache()).fonts().distinctFamilies();

    @Test
    void theThemesFamiliesNeedNoBuiltInFont() {
        ThemeFontResolver resolver = new ThemeFontResolver(FONTS);
        for (ResolvedFont font : FONTS) {
            assertThat(face(resolver, font.family(), "\"" + FONTS.get(0).family() + "\"")).isEqualTo(font.font().getPostscriptFontName());
        }
        assertThat(resolver.builtInsLoaded()).isFalse();
    }

    @Test
    void anyOtherFamilyGetsTheFaceThePlainResolverPicks() {
        for (String[] families : List.of(new String[] {"monospace"}, new String[] {"serif"}, new String[] {"Helvetica", FONTS.get(0).family()},
                new String[] {"no-such-face"}, new String[] {FONTS.get(0).family(), "sans-serif"}, new String[0])) {
            ThemeFontResolver resolver = new ThemeFontResolver(FONTS);
            assertThat(face(resolver, families)).as(String.join(",", families)).isEqualTo(face(plain(), families));
            assertThat(resolver.builtInsLoaded()).isTrue();
        }
        assertThat(face(new ThemeFontResolver(FONTS), "monospace")).startsWith("Courier");
    }

    private static ITextFontResolver plain() {
        ITextFontResolver resolver = new ITextFontResolver();
        for (ResolvedFont font : FONTS) {
            resolver.addFont(font.font(), font.file().baseFontName(), font.family());
        }
        return resolver;
    }

    private static String face(ITextFontResolver resolver, String... families) {
        FontSpecification spec = new FontSpecification();
        spec.families = families;
        spec.size = 12;
        spec.fontWeight = IdentValue.NORMAL;
        spec.fontStyle = IdentValue.NORMAL;
        spec.variant = IdentValue.NORMAL;
        return ((ITextFSFont) resolver.resolveFont(null, spec)).getFontDescription().getFont().getPostscriptFontName();
    }
}
