package org.wenshu.render.pdf;

import org.wenshu.render.theme.Theme;

/**
 * The character grid of the theme, as Word's "document grid" applies it: every character is drawn
 * narrower by the same share of its font size, so that {@code charsPerLine} body characters fill
 * the text width (GB/T 9704: 28 characters of 16 pt in 156 mm, i.e. at most 15.79 pt a character).
 */
record CharacterGrid(float shrink) {

    static CharacterGrid of(Theme theme) {
        double bodySize = theme.role("body").size();
        // Narrow by whole twentieths of a point, rounded up, as the Word styles condense characters
        // (DocxStyleWriter.condenseTwips): 0.25 pt, a 15.75 pt pitch. Latin text then measures the
        // same in both outputs, and 28 characters leave a point of slack (instead of 0.08 pt) for
        // the layout's rounding of each piece of a line to whole dots.
        double narrowing = Math.ceil(Math.max(0, bodySize - theme.page().charPitchPt()) * 20) / 20;
        return new CharacterGrid((float) (narrowing / bodySize));
    }

    /** How much narrower one character of this font size is drawn, in the same unit as the size. */
    float narrowing(float fontSize) {
        return fontSize * shrink;
    }
}
