package org.wenshu.render.pdf;

import org.wenshu.render.theme.Theme;

/**
 * The character grid of the theme, as Word's "document grid" applies it: every character is drawn
 * narrower by the same share of its font size, so that {@code charsPerLine} body characters fill
 * the text width exactly (GB/T 9704: 28 characters of 16 pt in 156 mm, i.e. 15.79 pt a character).
 */
record CharacterGrid(float shrink) {

    static CharacterGrid of(Theme theme) {
        double bodySize = theme.role("body").size();
        // Round the pitch down to 1/100 pt so 28 characters never overflow the line by rounding.
        double pitch = Math.floor(theme.page().charPitchPt() * 100) / 100;
        return new CharacterGrid((float) Math.max(0, 1 - pitch / bodySize));
    }

    /** How much narrower one character of this font size is drawn, in the same unit as the size. */
    float narrowing(float fontSize) {
        return fontSize * shrink;
    }
}
