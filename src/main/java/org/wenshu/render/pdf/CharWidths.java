package org.wenshu.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The widths of strings in a font's units, as {@link BaseFont#getWidth(String)} gives them, from
 * each character's width looked up once. The line breaker measures the text between every two
 * break points, a character or two in Chinese, and OpenPDF looks each character up in a map keyed
 * by boxed integers every time. For the Unicode TrueType fonts wenshu embeds the width of a string
 * is the sum of its characters' widths, so the sum of remembered widths is the same number; other
 * fonts, and text with characters outside the Basic Multilingual Plane, are measured by OpenPDF.
 * One per render (its layouts run on one thread).
 */
final class CharWidths {
    private final Map<BaseFont, int[]> widths = new IdentityHashMap<>();

    /** {@code font.getWidth(text)}. */
    int of(BaseFont font, String text) {
        int total = font.getFontType() == BaseFont.FONT_TYPE_TTUNI ? sum(font, text, false) : -1;
        return total >= 0 ? total : font.getWidth(text);
    }

    /**
     * {@code font.getWidth(text)} for a text of Basic Multilingual Plane characters without the
     * line breaker's codes ({@link HangingPunctuation}), in a Unicode TrueType font; -1 for any
     * other text or font. One pass where a measurement asked whether the text holds a code, summed
     * the widths and counted the characters each in a pass of its own: the breaker measures the
     * text between every two break points.
     */
    int plain(BaseFont font, String text) {
        return font.getFontType() == BaseFont.FONT_TYPE_TTUNI ? sum(font, text, true) : -1;
    }

    /**
     * The sum of the remembered widths of {@code text}'s characters in a Unicode TrueType font, or -1
     * at a character outside the Basic Multilingual Plane or, with {@code withoutCodes}, at one of
     * the line breaker's codes.
     */
    private int sum(BaseFont font, String text, boolean withoutCodes) {
        int[] known = table(font);
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || withoutCodes && HangingPunctuation.isCode(c)) {
                return -1;
            }
            int width = known[c];
            if (width < 0) {
                width = font.getWidth(c);
                known[c] = width;
            }
            total += width;
        }
        return total;
    }

    private int[] table(BaseFont font) {
        return widths.computeIfAbsent(font, f -> {
            int[] table = new int[0x10000];
            Arrays.fill(table, -1);
            return table;
        });
    }
}
