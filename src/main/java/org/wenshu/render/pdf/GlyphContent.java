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
 * at close) with a new lambda, a new array and the escaping of the two bytes. The code of a
 * character in one face of one document never changes, so each character's escaped code is asked
 * of OpenPDF once, the first time the character is drawn in the face: OpenPDF converts the
 * character alone (in a content of its own that no page holds), which records its glyph in the
 * table just as converting the string would, in the string's order. The string is then written
 * from the codes: the bytes OpenPDF writes, and the table left as OpenPDF leaves it.
 *
 * <p>Strings with characters outside the BMP (variation selectors among them: OpenPDF reads one
 * together with the character before it), symbol faces and faces OpenPDF shapes itself
 * ({@link LayoutProcessor}, FOP's glyph processor) go OpenPDF's way. One instance per document
 * (its writer); the page painted into it is added to the writer's page content at the page's end
 * ({@link #moveTo}).
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
    private float fontSize;
    /** How many strings were written from learnt codes (tests). */
    private int written;
    /** A string's characters and its operator's bytes, reused. */
    private char[] chars = new char[64];
    private byte[] bytes = new byte[256];

    GlyphContent(PdfWriter writer) {
        super(writer);
        learner = new PdfContentByte(writer);
    }

    @Override
    public void setFontAndSize(BaseFont bf, float size) {
        super.setFontAndSize(bf, size);
        font = bf;
        fontSize = size;
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
        int length = text.length();
        if (face == null || length == 0) {
            super.showText(text);
            return;
        }
        char[] chars = this.chars.length >= length ? this.chars : (this.chars = new char[Math.max(length, 2 * this.chars.length)]);
        text.getChars(0, length, chars, 0);
        for (int i = 0; i < length; i++) {
            if (Character.isSurrogate(chars[i])) {
                super.showText(text);
                return;
            }
        }
        // "(" + each character's escaped code + ")Tj" + separator; a character not seen yet is
        // asked of OpenPDF first, in the string's order, as OpenPDF's conversion would record it
        int size = 1 + SHOW_END.length + 1;
        boolean learning = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            byte[][] page = face[c >>> 8];
            byte[] code = page == null ? null : page[c & 0xff];
            if (code == null) {
                if (!learning) {
                    learner.setFontAndSize(font, fontSize);
                    learning = true;
                }
                code = learn(c);
            }
            size += code.length;
        }
        byte[] bytes = this.bytes.length >= size ? this.bytes : (this.bytes = new byte[Math.max(size, 2 * this.bytes.length)]);
        bytes[0] = '(';
        int at = 1;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            byte[] code = face[c >>> 8][c & 0xff];
            for (byte b : code) {
                bytes[at++] = b;
            }
        }
        System.arraycopy(SHOW_END, 0, bytes, at, SHOW_END.length);
        at += SHOW_END.length;
        bytes[at++] = (byte) separator;
        content.append(bytes, 0, at);
        written++;
    }

    /** How many strings were written from learnt codes, not converted by OpenPDF. */
    int written() {
        return written;
    }

    /**
     * Asks OpenPDF for the escaped code of {@code c} in the face (the learner's), which records
     * its glyph for the subset as converting a string with {@code c} would.
     */
    private byte[] learn(char c) {
        ByteBuffer written = learner.getInternalBuffer();
        written.reset();
        learner.showText(String.valueOf(c));
        // "(" + the escaped code + ")Tj" + separator
        byte[] bytes = written.toByteArray();
        int end = bytes.length - SHOW_END.length - 1;
        if (bytes[0] != '(' || end < 1 || bytes[end] != ')') {
            throw new IllegalStateException("unexpected text operator from OpenPDF");
        }
        byte[] code = end == 1 ? NO_GLYPH : Arrays.copyOfRange(bytes, 1, end);
        byte[][] page = face[c >>> 8];
        if (page == null) {
            page = new byte[256][];
            face[c >>> 8] = page;
        }
        page[c & 0xff] = code;
        return code;
    }

    /** Adds the page painted here to the writer's page content {@code page}, and starts afresh. */
    void moveTo(PdfContentByte page) {
        page.add(this);
        reset();
    }
}
