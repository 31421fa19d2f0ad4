package org.wenshu.render.fonts;

import com.lowagie.text.pdf.BaseFont;

/**
 * The font that serves one role: the file, the loaded face, the family name it is registered under
 * for the PDF, and where the choice came from (theme, --font, fallback).
 */
public record ResolvedFont(String role, String face, FontFile file, BaseFont font, String family, String origin) {

    /** Whether this face has a glyph for the code point. */
    public boolean covers(int codePoint) {
        return font.charExists(codePoint);
    }

    /** The face's own name as stored in the font file. */
    public String fullName() {
        String[][] names = font.getFullFontName();
        for (String[] name : names) {
            if ("2052".equals(name[2])) {
                return name[3];
            }
        }
        return names.length == 0 ? file.toString() : names[0][3];
    }
}
