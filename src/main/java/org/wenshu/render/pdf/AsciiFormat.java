package org.wenshu.render.pdf;

import java.util.Formattable;

/**
 * {@link String#format(String, Object...)} for the simple patterns library code formats on a cold
 * render's path, without a {@link java.util.Formatter}: the build step (scripts/rewrite-libraries,
 * rule {@code FormatsWithoutFormatter}) points those calls here. Each {@code String.format} makes a
 * new Formatter, which parses the pattern and looks up the default locale's decimal symbols; OpenPDF
 * does it for every line of a PDF's cross-reference table, Flying Saucer for every colour it
 * parses. Text, {@code %s}, {@code %c}, {@code %d} and {@code %x} with an optional width
 * (zero-padded with the {@code 0} flag) are written here, the
 * same text as String.format but for the digits, which are always ASCII, as a PDF's
 * cross-reference table needs them (String.format under a locale with other digits, Arabic for one,
 * wrote a table no reader could use). Any other pattern or argument (a {@link Formattable}, a
 * negative number, a flag, a precision) is left to String.format.
 */
public final class AsciiFormat {
    private AsciiFormat() {
    }

    /** {@code pattern} with {@code arguments}, as {@link String#format(String, Object...)} writes it (ASCII digits). */
    public static String format(String pattern, Object... arguments) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int argument = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int at = i + 1;
            boolean zeros = at < pattern.length() && pattern.charAt(at) == '0';
            if (zeros) {
                at++;
            }
            int width = 0;
            while (at < pattern.length() && pattern.charAt(at) >= '0' && pattern.charAt(at) <= '9' && width < 1000) {
                width = width * 10 + pattern.charAt(at++) - '0';
            }
            if (at >= pattern.length() || arguments == null || argument >= arguments.length) {
                return String.format(pattern, arguments);
            }
            String text = text(pattern.charAt(at), zeros, width, arguments[argument++]);
            if (text == null) {
                return String.format(pattern, arguments);
            }
            out.append(text);
            i = at;
        }
        return out.toString();
    }

    /** One conversion's text, or null when String.format must write it. */
    private static String text(char conversion, boolean zeros, int width, Object value) {
        switch (conversion) {
            case 's':
                return zeros || width > 0 || value instanceof Formattable ? null : String.valueOf(value);
            case 'c':
                return zeros || width > 0 || !(value instanceof Character) ? null : value.toString();
            case 'd':
                if (!(value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte)
                        || ((Number) value).longValue() < 0 || (zeros && width == 0)) {
                    return null;
                }
                String digits = Long.toString(((Number) value).longValue());
                return digits.length() >= width ? digits : (zeros ? "0" : " ").repeat(width - digits.length()) + digits;
            case 'x':
                if (!(value instanceof Integer) || (Integer) value < 0 || (zeros && width == 0)) {
                    return null;
                }
                String hex = Integer.toHexString((Integer) value);
                return hex.length() >= width ? hex : (zeros ? "0" : " ").repeat(width - hex.length()) + hex;
            default:
                return null;
        }
    }
}
