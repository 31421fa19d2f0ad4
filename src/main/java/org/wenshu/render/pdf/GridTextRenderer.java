package org.wenshu.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import org.xhtmlrenderer.extend.FontContext;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFSFontMetrics;
import org.xhtmlrenderer.pdf.ITextTextRenderer;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.render.FSFontMetrics;

/**
 * Measures text for layout on the character grid.
 * <p>Widths: each character counts narrower by the grid's share. Flying Saucer does not apply CSS
 * letter-spacing to layout, so this is where the 28-characters-a-line rule is enforced;
 * {@link GridOutputDevice} draws with the same spacing.
 * <p>Heights: every face reports the ascent and descent of the reference face (the body font) at
 * its size. A line box is the union of the boxes of its runs, each centred on the middle of its
 * face's ascent and descent; with one set of metrics, a run in the Latin face or in a fallback
 * face has the same box as the block's own text, so lines stay one grid pitch apart whatever faces
 * they mix. Glyphs are still drawn on the common baseline.
 */
final class GridTextRenderer extends ITextTextRenderer {
    private final CharacterGrid grid;
    private final BaseFont reference;
    private final HangingPunctuation hanging;
    /** The space between Chinese text and a Latin letter or digit, as a share of the font size. */
    private final double scriptSpace;
    private final CharWidths widths;

    GridTextRenderer(CharacterGrid grid, BaseFont reference, HangingPunctuation hanging, double scriptSpace, CharWidths widths) {
        this.grid = grid;
        this.widths = widths;
        this.reference = reference;
        this.hanging = hanging;
        this.scriptSpace = scriptSpace;
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        if (font instanceof ITextFSFont itext) {
            // the common case in one pass: no codes, no character outside the BMP (one a char)
            int units = widths.plain(itext.getFontDescription().getFont(), string);
            if (units >= 0) {
                return onGrid(units, string.length(), itext.getSize2D());
            }
        }
        if (HangingPunctuation.hasCodes(string)) {
            int kern = (int) Math.round(scriptSpace * font.getSize2D());
            return hanging.width(string, plain -> getWidth(context, font, plain), kern);
        }
        if (!(font instanceof ITextFSFont itext)) {
            return super.getWidth(context, font, string);
        }
        return onGrid(widths.of(itext.getFontDescription().getFont(), string), string.codePointCount(0, string.length()),
                itext.getSize2D());
    }

    /**
     * The width in dots of {@code characters} characters measuring {@code units} in font units at
     * {@code size}, each narrowed by the grid. Rounded to the nearest dot, not up as Flying Saucer
     * does: the line is measured piece by piece between break points, and rounding every piece up
     * lost a character's room over 28 of them (a 28-character heading with quotes wrapped its last
     * character). As BaseFont.getWidthPoint, with the characters' widths remembered.
     */
    private int onGrid(int units, int characters, float size) {
        float width = units * 0.001f * size;
        return Math.max(0, Math.round(width - characters * grid.narrowing(size)));
    }

    @Override
    public FSFontMetrics getFSFontMetrics(FontContext context, FSFont font, String string) {
        FSFontMetrics own = super.getFSFontMetrics(context, font, string);
        if (!(font instanceof ITextFSFont itext) || itext.getFontDescription().getFont() == reference) {
            return own;
        }
        FSFontMetrics shared = super.getFSFontMetrics(context,
                new ITextFSFont(new FontDescription(reference), itext.getSize2D()), string);
        return new ITextFSFontMetrics(shared.getAscent(), shared.getDescent(), own.getStrikethroughOffset(),
                own.getStrikethroughThickness(), own.getUnderlineOffset(), own.getUnderlineThickness());
    }
}
