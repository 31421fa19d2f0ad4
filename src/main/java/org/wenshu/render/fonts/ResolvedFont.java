package org.wenshu.render.fonts;

import com.lowagie.text.pdf.BaseFont;

/**
 * The font that serves one role: the file, its face (read as far as it is used), the family name
 * it is registered under for the PDF, and where the choice came from (theme, --font, fallback).
 */
public record ResolvedFont(String role, String face, FontFile file, FontFace source, String family, String origin) {

    /** The face as OpenPDF parses it, for the PDF (parsed on first use). */
    public BaseFont font() {
        return source.font();
    }

    /** Whether this face has a glyph for the code point. */
    public boolean covers(int codePoint) {
        return source.covers(codePoint);
    }

    /** The face's own name as stored in the font file. */
    public String fullName() {
        String[][] names = font().getFullFontName();
        for (String[] name : names) {
            if ("2052".equals(name[2])) {
                return name[3];
            }
        }
        return names.length == 0 ? file.toString() : names[0][3];
    }
}
