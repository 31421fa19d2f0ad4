package org.wenshu.render.template;

/**
 * Text as XML 1.0 allows it: control characters (other than tab, line feed and carriage return),
 * unpaired surrogates and U+FFFE/U+FFFF cannot appear in an XML document even as character
 * references, so they are left out of the data a template sees. Nothing of them would be visible
 * on the page anyway.
 */
final class XmlText {

    static String legal(String text) {
        if (text == null) {
            return null;
        }
        // a loop, not a stream: this runs on every text of the template data
        int first = firstIllegal(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isLegal(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The offset of the first code point XML does not allow, or -1. */
    private static int firstIllegal(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isLegal(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    static boolean isLegal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private XmlText() {
    }
}
