package org.wenshu.render.docx;

/**
 * Appends WordprocessingML markup to a {@link StringBuilder}: element starts with attributes,
 * escaped text. The DOCX writer builds its parts with this instead of an XML object model (POI's
 * XWPF and XMLBeans cost a third of a cold DOCX render in class loading and JIT compilation).
 */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    static final String DECLARATION_STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private final StringBuilder out;

    WordXml(StringBuilder out) {
        this.out = out;
    }

    /** {@code <name} — attributes may follow, then {@link #end()} or {@link #close()}. */
    WordXml open(String name) {
        out.append('<').append(name);
        return this;
    }

    WordXml attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
        return this;
    }

    WordXml attr(String name, long value) {
        out.append(' ').append(name).append("=\"").append(value).append('"');
        return this;
    }

    /** {@code >}: the element has content. */
    WordXml end() {
        out.append('>');
        return this;
    }

    /** {@code />}: the element is empty. */
    WordXml close() {
        out.append("/>");
        return this;
    }

    /** {@code </name>}. */
    WordXml endTag(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** {@code <name w:val="value"/>}, the most common shape of a WordprocessingML property. */
    WordXml val(String name, String value) {
        return open(name).attr("w:val", value).close();
    }

    WordXml val(String name, long value) {
        return open(name).attr("w:val", value).close();
    }

    WordXml text(String text) {
        escape(text, false);
        return this;
    }

    /** Markup that is already well-formed. */
    WordXml raw(String markup) {
        out.append(markup);
        return this;
    }

    /** {@code value} escaped for an attribute in double quotes. */
    static String attribute(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        new WordXml(out).escape(value, true);
        return out.toString();
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> {
                    if (attribute) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        continue; // not allowed in XML 1.0 at all; the XHTML parser never passes one on
                    }
                    out.append(c);
                }
            }
        }
    }
}
