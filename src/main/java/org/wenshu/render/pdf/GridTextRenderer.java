package org.wenshu.render.pdf;

import org.xhtmlrenderer.extend.FontContext;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextTextRenderer;
import org.xhtmlrenderer.render.FSFont;

/**
 * Measures text for line breaking on the character grid: each character counts narrower by the
 * grid's share. Flying Saucer does not apply CSS letter-spacing to layout, so this is where the
 * 28-characters-a-line rule is enforced; {@link GridOutputDevice} draws with the same spacing.
 */
final class GridTextRenderer extends ITextTextRenderer {
    private final CharacterGrid grid;

    GridTextRenderer(CharacterGrid grid) {
        this.grid = grid;
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        int width = super.getWidth(context, font, string);
        if (grid.shrink() == 0 || !(font instanceof ITextFSFont itext)) {
            return width;
        }
        int characters = string.codePointCount(0, string.length());
        return Math.max(0, Math.round(width - characters * grid.narrowing(itext.getSize2D())));
    }
}
