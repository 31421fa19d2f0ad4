package org.wenshu.render.template;

/**
 * Text as XML 1.0 allows it: control characters (other than tab, line feed and carriage return),
 * unpaired surrogates and U+FFFE/U+FFFF cannot appear in an XML document even as character
 * references, so they are left out of the data a template sees. Nothing of them would be visible
 * on the page anyway.
 */
final class XmlText {

    static String legal(String text) {
        if (text == null || text.codePoints().allMatch(XmlText::isLegal)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::isLegal).forEach(out::appendCodePoint);
        return out.toString();
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
