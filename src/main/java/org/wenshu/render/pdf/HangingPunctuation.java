package org.wenshu.render.pdf;

import java.util.function.ToIntFunction;

/**
 * What may reach past the end of a full line for Flying Saucer: a stop or pause (hanging
 * punctuation: it stays on its line instead of pushing the line's last character down with it, as
 * Word — "allow punctuation to overflow", on by default — and LibreOffice set the DOCX), and the
 * space between Chinese text and a Latin letter or digit ({@link #KERN}, put in by
 * {@link ScriptSpacing}: dropped at the end of a line, as LibreOffice drops it).
 * <p>Flying Saucer's breaker adds up the widths of the pieces between break points, each piece
 * with its break point's "hyphen", and inserts the hyphen of the break point a line ends at into
 * the text. After a hanging mark or a kern {@link KinsokuBreaking} gives two break points at the
 * same place: the first with {@link #HANG}, which counts minus the width of what is before it, so
 * the mark fits where its line's other characters do; the second with the mark's restore code,
 * which alone counts that width back, so the rest of the line is measured whole. When a line ends
 * at the first, the inserted {@code HANG} keeps the line's width within the margin (it is
 * justified as a full line, the mark hanging); when it ends at the second, the inserted restore
 * code counts nothing inside the line's text. {@link GridTextRenderer} measures by these rules and
 * {@link GridOutputDevice} draws none of the codes.
 */
final class HangingPunctuation {
    /** After a hanging mark or a kern at the end of a line: counts minus the width of what is before it. */
    static final char HANG = '\uE000';
    /** The space between Chinese text and a Latin letter or digit: as wide as the theme says, never drawn. */
    static final char KERN = '\uE001';
    /** The first restore code; what is at index i of {@link #marks} is restored by {@code RESTORE + i}. */
    private static final char RESTORE = '\uE100';

    /** The hanging marks, then {@link #KERN}. */
    private final String marks;

    HangingPunctuation(String marks) {
        if (marks.length() >= 0xFF) {
            throw new IllegalArgumentException("too many hanging marks: " + marks.length());
        }
        this.marks = marks + KERN;
    }

    /** Whether a line may end after {@code codePoint} with it past the margin: a hanging mark or a kern. */
    boolean hangs(int codePoint) {
        return codePoint < 0x10000 && marks.indexOf(codePoint) >= 0;
    }

    /** The code that counts the width of {@code mark} (a hanging mark or a kern) back. */
    String restore(int mark) {
        return String.valueOf((char) (RESTORE + marks.indexOf(mark)));
    }

    private static boolean isRestore(char c) {
        return c >= RESTORE && c <= RESTORE + 0xFF;
    }

    /** Whether {@code c} is one of the codes ({@link #HANG}, {@link #KERN}, a restore code). */
    static boolean isCode(char c) {
        return c == HANG || c == KERN || isRestore(c);
    }

    /** Whether {@code text} holds any of the codes. */
    static boolean hasCodes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isCode(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} without the codes, as it is drawn. */
    static String drawn(String text) {
        if (!hasCodes(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isCode(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The width {@code text} counts for the line breaker, given how wide a string without codes
     * is and how wide a kern is: a restore code alone counts its mark's width; inside other text it
     * counts nothing; each {@code HANG} counts minus the width of the mark or kern before it.
     */
    int width(String text, ToIntFunction<String> plain, int kern) {
        if (text.length() == 1 && isRestore(text.charAt(0))) {
            int index = text.charAt(0) - RESTORE;
            if (index >= marks.length()) {
                return 0;
            }
            char mark = marks.charAt(index);
            return mark == KERN ? kern : plain.applyAsInt(String.valueOf(mark));
        }
        int width = plain.applyAsInt(drawn(text));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == KERN) {
                width += kern;
            } else if (c == HANG && i > 0) {
                char before = text.charAt(i - 1);
                if (before == KERN) {
                    width -= kern;
                } else if (!isCode(before)) {
                    width -= plain.applyAsInt(String.valueOf(before));
                }
            }
        }
        return width;
    }
}
