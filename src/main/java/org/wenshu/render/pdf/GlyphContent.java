package org.wenshu.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.FopGlyphProcessor;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A page's content, as OpenPDF writes it, with the strings of an embedded Unicode face written
 * from the bytes OpenPDF gave each character before.
 *
 * <p>OpenPDF converts every string drawn to glyph codes one character at a time: a boxed look-up
 * in the face's character map, another in the document's table of used glyphs (the subset written
 * at close), a new array and the escaping of the two bytes. The code of a character in one face of
 * one document never changes, so each character's escaped bytes are asked of OpenPDF once, the
 * first time the character is drawn in the face (the string goes through OpenPDF's own
 * {@link #showText(String)}, which records the glyphs for the subset as always); a string made
 * only of characters seen before is written from those bytes: the same bytes, and the subset's
 * table is left as OpenPDF would leave it (each glyph is already in it).
 *
 * <p>Strings with characters outside the BMP (variation selectors among them), symbol faces and
 * faces OpenPDF shapes itself ({@link LayoutProcessor}, FOP's glyph processor) always go
 * OpenPDF's way. One instance per document (its writer); the page painted into it is added to
 * the writer's page content at the page's end ({@link #moveTo}).
 */
final class GlyphContent extends PdfContentByte {
    private static final byte[] SHOW_END = ")Tj".getBytes(StandardCharsets.ISO_8859_1);
    /** A character the face has no glyph for: OpenPDF leaves it out. */
    private static final byte[] NO_GLYPH = new byte[0];

    private final boolean shapedElsewhere = FopGlyphProcessor.isFopSupported();
    private final Map<BaseFont, byte[][][]> faces = new IdentityHashMap<>();
    /** Where the characters' bytes are asked of OpenPDF, never part of a page. */
    private final PdfContentByte learner;
    /** The current face's characters' escaped codes (in pages of 256), or null: OpenPDF's way. */
    private byte[][][] face;
    private BaseFont font;
    private float size;
    /** How many strings were written from learnt codes (tests). */
    private int written;

    GlyphContent(PdfWriter writer) {
        super(writer);
        learner = new PdfContentByte(writer);
    }

    @Override
    public void setFontAndSize(BaseFont bf, float size) {
        super.setFontAndSize(bf, size);
        font = bf;
        this.size = size;
        boolean oursToWrite = bf.getFontType() == BaseFont.FONT_TYPE_TTUNI && !bf.isFontSpecific() && !shapedElsewhere
                && !LayoutProcessor.supportsFont(bf);
        face = oursToWrite ? faces.computeIfAbsent(bf, f -> new byte[256][][]) : null;
    }

    /** A restored state may hold another face: OpenPDF's way until the next face is set. */
    @Override
    public void restoreState() {
        super.restoreState();
        face = null;
    }

    @Override
    public void reset(boolean validateContent) {
        super.reset(validateContent);
        face = null;
    }

    @Override
    public void showText(String text) {
        if (face == null || !allSeen(text)) {
            super.showText(text);
            if (face != null) {
                learn(text);
            }
            return;
        }
        ByteBuffer out = content;
        out.append_i('(');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(face[c >>> 8][c & 0xff]);
        }
        out.append(SHOW_END);
        out.append_i(separator);
        written++;
    }

    /** How many strings were written from learnt codes, not converted by OpenPDF. */
    int written() {
        return written;
    }

    /** Whether every character of {@code text} is in the BMP and was drawn in the face before. */
    private boolean allSeen(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            byte[][] page = face[c >>> 8];
            if (page == null || page[c & 0xff] == null) { // never for a surrogate: not learnt
                return false;
            }
        }
        return true;
    }

    /**
     * Asks OpenPDF for the escaped code of each character of {@code text} not seen yet, one
     * character at a time (it has just recorded their glyphs for the subset, so asking again
     * changes nothing there). A string with a character outside the BMP teaches nothing: OpenPDF
     * reads a variation selector together with the character before it.
     */
    private void learn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            byte[][] page = face[c >>> 8];
            if (page == null) {
                page = new byte[256][];
                face[c >>> 8] = page;
            }
            if (page[c & 0xff] == null) {
                page[c & 0xff] = escaped(c);
            }
        }
    }

    private byte[] escaped(char c) {
        learner.setFontAndSize(font, size);
        ByteBuffer written = learner.getInternalBuffer();
        written.reset();
        learner.showText(String.valueOf(c));
        // "(" + the escaped code + ")Tj" + separator
        byte[] bytes = written.toByteArray();
        int end = bytes.length - SHOW_END.length - 1;
        if (bytes[0] != '(' || end < 1 || bytes[end] != ')') {
            throw new IllegalStateException("unexpected text operator from OpenPDF");
        }
        return end == 1 ? NO_GLYPH : Arrays.copyOfRange(bytes, 1, end);
    }

    /** Adds the page painted here to the writer's page content {@code page}, and starts afresh. */
    void moveTo(PdfContentByte page) {
        page.add(this);
        reset();
    }
}
