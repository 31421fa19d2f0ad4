package org.wenshu.render.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.wenshu.render.fonts.ResolvedFont;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;

/**
 * Flying Saucer's font resolver with the theme's faces, which sets up its 14 built-in Latin fonts
 * (Courier, Times, Helvetica, Symbol, ZapfDingbats: an AFM file parsed for each, about a tenth of
 * a cold render's layout thread) only when a style names a family that is not one of the theme's.
 * wenshu's style sheet names only the theme's families, so a render with the default templates
 * never needs them; a template's own CSS naming {@code serif}, {@code monospace} or any other
 * family gets them exactly as before, before the family is looked up, so the face chosen is the
 * same as with the plain resolver.
 */
final class ThemeFontResolver extends ITextFontResolver {
    private final Set<String> themeFamilies = new HashSet<>();
    private boolean builtInsLoaded;

    ThemeFontResolver(Iterable<ResolvedFont> fonts) {
        SubsetTagRandom tags = new SubsetTagRandom();
        for (ResolvedFont font : fonts) {
            // the subset tags drawn without a new SecureRandom each (PdfNormalizer replaces them)
            font.font().setSecureRandom(tags);
            addFont(font.font(), font.file().baseFontName(), font.family());
            themeFamilies.add(font.family());
        }
    }

    /** None at first: {@link #resolveFont} adds the built-ins when a style asks for another family. */
    @Override
    protected Map<String, FontFamily> loadFonts() {
        return builtInsLoaded ? super.loadFonts() : new HashMap<>();
    }

    @Override
    public FSFont resolveFont(SharedContext context, FontSpecification spec) {
        if (!builtInsLoaded && !onlyThemeFamilies(spec.families)) {
            builtInsLoaded = true;
            Map<String, FontFamily> builtIns = super.loadFonts();
            Map<String, FontFamily> families = getFonts();
            builtIns.forEach(families::putIfAbsent);
        }
        return super.resolveFont(context, spec);
    }

    /** Whether built-ins loaded so far (for tests). */
    boolean builtInsLoaded() {
        return builtInsLoaded;
    }

    private boolean onlyThemeFamilies(String[] families) {
        if (families == null || families.length == 0) {
            return false;
        }
        for (String family : families) {
            if (!themeFamilies.contains(unquoted(family))) {
                return false;
            }
        }
        return true;
    }

    private static String unquoted(String family) {
        String name = family.strip();
        if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'') && name.charAt(name.length() - 1) == name.charAt(0)) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }
}
