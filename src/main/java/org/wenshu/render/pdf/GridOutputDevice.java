package org.wenshu.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.render.JustificationInfo;

/** Draws text with the PDF character spacing (Tc) of the character grid, matching {@link GridTextRenderer}. */
final class GridOutputDevice extends ITextOutputDevice {
    private final CharacterGrid grid;
    private FSFont current;

    GridOutputDevice(float dotsPerPoint, CharacterGrid grid) {
        super(dotsPerPoint);
        this.grid = grid;
    }

    @Override
    public void setFont(FSFont font) {
        super.setFont(font);
        current = font;
    }

    @Override
    public void drawString(String string, float x, float y, JustificationInfo info) {
        if (grid.shrink() == 0 || !(current instanceof ITextFSFont font)) {
            super.drawString(string, x, y, info);
            return;
        }
        PdfContentByte page = getCurrentPage();
        // The text matrix is in points while the font size is given in dots/dotsPerPoint.
        page.setCharacterSpacing(-grid.narrowing(font.getSize2D() / getDotsPerPoint()));
        super.drawString(string, x, y, info);
        page.setCharacterSpacing(0);
    }
}
