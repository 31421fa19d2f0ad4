package org.wenshu.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.css.style.derived.BorderPropertySet;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.render.JustificationInfo;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.render.RenderingContext;

/** Draws text with the PDF character spacing (Tc) of the character grid, matching {@link GridTextRenderer}. */
final class GridOutputDevice extends ITextOutputDevice {
    private final CharacterGrid grid;
    private FSFont current;

    GridOutputDevice(float dotsPerPoint, CharacterGrid grid) {
        super(dotsPerPoint);
        this.grid = grid;
    }

    /** The root being painted and its pages, set when painting starts. */
    private org.xhtmlrenderer.render.Box root;
    private PageWindow window;
    private int page;

    @Override
    public void setRoot(org.xhtmlrenderer.render.Box root) {
        super.setRoot(root);
        if (window != null) {
            window.restore(); // a paint that failed half-way left its lists narrowed
        }
        this.root = root;
        this.window = null;
        this.page = 0;
    }

    /**
     * Flying Saucer starts each page here (the first before the page loop, every other one after
     * the page before it is finished): the long lists of blocks are narrowed to what reaches into
     * the page ({@link PageWindow}). The page is painted into a {@link GlyphContent} (strings
     * written from each character's code learnt once) and handed to the writer's page content
     * {@code currentPage} when it is finished.
     */
    @Override
    public void initializePage(PdfContentByte currentPage, float height) {
        writerPage = currentPage;
        if (stringsByOpenPdf) {
            super.initializePage(currentPage, height);
        } else {
            if (glyphContent == null || glyphContent.getPdfWriter() != currentPage.getPdfWriter()) {
                glyphContent = new GlyphContent(currentPage.getPdfWriter());
            }
            super.initializePage(glyphContent, height);
        }
        clipKnown = false;
        if (root == null || root.getLayer() == null) {
            return;
        }
        java.util.List<org.xhtmlrenderer.render.PageBox> pages = root.getLayer().getPages();
        if (window == null) {
            window = PageWindow.of(root, pages);
        }
        if (page < pages.size()) {
            window.show(pages.get(page));
        }
        page++;
    }

    /** The margin boxes left out of the layout's pages, painted here; null when none were. */
    private PageMargins margins;

    void paintMargins(PageMargins margins) {
        this.margins = margins;
    }

    /**
     * Paints a background; after the background of the page being painted (the first thing Flying
     * Saucer paints on a page), the page's margin boxes that {@link PageMargins} took out of the
     * layout, where Flying Saucer paints a page's own.
     */
    @Override
    public void paintBackground(RenderingContext c, CalculatedStyle style, Rectangle bounds, Rectangle bgImageContainer,
                                BorderPropertySet border) {
        super.paintBackground(c, style, bounds, bgImageContainer, border);
        PageBox painted = c.getPage();
        if (margins != null && painted != null && style == painted.getStyle()) {
            margins.paint(c, painted);
        }
    }

    /** The writer's content of the page being painted, and where it is painted first (one per document). */
    private PdfContentByte writerPage;
    private GlyphContent glyphContent;
    /** Whether pages are painted straight into the writer's content, every string converted by OpenPDF (tests compare). */
    private boolean stringsByOpenPdf;

    void convertStringsByOpenPdf() {
        stringsByOpenPdf = true;
    }

    @Override
    public void finishPage() {
        super.finishPage();
        if (!stringsByOpenPdf) {
            glyphContent.moveTo(writerPage);
        }
        if (window != null && page >= root.getLayer().getPages().size()) {
            window.restore(); // the last page: bookmarks and links are written next
        }
    }

    /**
     * The clip's bounds in the current coordinates, kept until the clip or the translation
     * changes: Flying Saucer's getClip() builds the clip anew through the inverse transform on
     * every call, and every string drawn asks for it.
     */
    private Rectangle2D clipBounds() {
        if (!clipKnown) {
            Shape clip = getClip();
            clipBounds = clip == null ? null : clip.getBounds2D();
            clipKnown = true;
        }
        return clipBounds;
    }

    private Rectangle2D clipBounds;
    private boolean clipKnown;

    @Override
    public void clip(Shape s) {
        super.clip(s);
        clipKnown = false;
    }

    @Override
    public void setClip(Shape s) {
        super.setClip(s);
        clipKnown = false;
    }

    @Override
    public void translate(double tx, double ty) {
        super.translate(tx, ty);
        clipKnown = false;
    }

    @Override
    public void setFont(FSFont font) {
        super.setFont(font);
        current = font;
    }

    /** Whether a justified line is drawn as Flying Saucer draws it, one string a character (tests compare). */
    private boolean justifiedCharByChar;

    void justifyCharByChar() {
        justifiedCharByChar = true;
    }

    @Override
    public void drawString(String text, float x, float y, JustificationInfo info) {
        // the codes the line breaker measures hanging punctuation by (HangingPunctuation) are not drawn
        String string = HangingPunctuation.drawn(text);
        if (outsideClip(y) || string.isEmpty()) {
            return;
        }
        if (!(current instanceof ITextFSFont font)) {
            super.drawString(string, x, y, info);
            return;
        }
        // The text matrix is in points while the font size is given in dots/dotsPerPoint.
        float spacing = grid.shrink() == 0 ? 0 : -grid.narrowing(font.getSize2D() / getDotsPerPoint());
        JustificationInfo spread = info;
        if (info != null && !justifiedCharByChar && evenlySpread(string, info)) {
            // Flying Saucer draws a justified piece of text one string a character, each followed by
            // the same adjustment (a TJ array: per character a conversion and a measurement in
            // OpenPDF, and about ten bytes of content stream). The same adjustment after every
            // glyph is character spacing: the glyphs land where the array puts them, the text is
            // one string. (After the last glyph nothing is drawn in this text object.)
            spacing += info.nonSpaceAdjust() / getDotsPerPoint();
            spread = null;
        }
        if (spacing == 0) {
            super.drawString(string, x, y, spread);
            return;
        }
        PdfContentByte page = getCurrentPage();
        page.setCharacterSpacing(spacing);
        super.drawString(string, x, y, spread);
        page.setCharacterSpacing(0);
    }

    /**
     * Whether Flying Saucer's justification moves every character of {@code string} by the same
     * amount: it adds the space adjustment after a space (U+0020, U+00A0, U+3000) and the other one
     * after any other character, one UTF-16 unit at a time (a character outside the BMP, split in
     * two, keeps Flying Saucer's way).
     */
    static boolean evenlySpread(String string, JustificationInfo info) {
        boolean sameAdjustments = info.spaceAdjust() == info.nonSpaceAdjust();
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            if (Character.isSurrogate(c) || !sameAdjustments && (c == ' ' || c == '\u00a0' || c == '\u3000')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line of text on baseline {@code y} lies wholly above or below the clip. Flying
     * Saucer paints every box that reaches into a page's area on that page, clipped to it: the last
     * table-of-contents entry of a page (a one-row table a little taller than its line) was drawn
     * again above the top of the next page. Invisible, but in the text layer, so copying, searching
     * and screen readers met that entry twice. A glyph reaches at most one font size above its
     * baseline and less than half of one below it.
     */
    private boolean outsideClip(float y) {
        if (current == null) {
            return false;
        }
        Rectangle2D bounds = clipBounds();
        if (bounds == null) {
            return false;
        }
        float size = current.getSize2D();
        return y + size / 2 < bounds.getMinY() || y - size > bounds.getMaxY();
    }
}
