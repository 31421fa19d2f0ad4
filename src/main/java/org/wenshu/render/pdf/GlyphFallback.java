package org.wenshu.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.wenshu.render.fonts.FontSet;
import org.wenshu.render.fonts.GlyphLookup;
import org.wenshu.render.fonts.ResolvedFont;
import org.wenshu.render.template.XhtmlRoles;

/**
 * Flying Saucer takes the first font of a font-family list for a whole run and silently drops the
 * glyphs it lacks (蹚 is not in a GB2312 font). Before layout, each character the role's own font
 * cannot draw is wrapped in a span set in the first font of the chain that can; and runs of ASCII
 * text are set in the Latin face, as Word sets them in the ASCII font slot (Times New Roman), so
 * lines break alike in the PDF and the DOCX.
 */
final class GlyphFallback {
    /**
     * Latin words longer than this many characters may break anywhere. Such a word is near the
     * width of a line (28 full-width cells hold about 50 Latin letters); shorter words move to
     * the next line whole.
     */
    private static final int LONG_WORD = 30;

    private final XhtmlRoles roles = new XhtmlRoles();
    private final FontSet fonts;
    private final GlyphLookup lookup;

    GlyphFallback(FontSet fonts) {
        this.fonts = fonts;
        this.lookup = new GlyphLookup(fonts);
    }

    void apply(Document xhtml) {
        walk(xhtml.getDocumentElement(), null);
    }

    private void walk(Element element, String inheritedRole) {
        String own = roles.roleOf(element);
        String role = own != null ? own : isDataTable(element) ? "body" : inheritedRole;
        List<Node> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        for (Node child : children) {
            if (child instanceof Element inner) {
                walk(inner, role);
            } else if (role != null && child.getNodeType() == Node.TEXT_NODE) {
                splitUncovered(child, role);
            }
        }
    }

    /** A table of the source ({@code table.data}): its cells are body text, set in the body font. */
    private static boolean isDataTable(Element element) {
        return "table".equals(element.getLocalName()) && (" " + element.getAttribute("class") + " ").contains(" data ");
    }

    /** Whether a code point of {@code value} is set in a face other than the role's (a loop: this runs on every text). */
    private boolean needsFallback(String value, String role, ResolvedFont primary) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (familyFor(cp, role, primary) != null) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private void splitUncovered(Node text, String role) {
        String value = text.getNodeValue();
        ResolvedFont primary = fonts.forRole(role);
        if (!needsFallback(value, role, primary)) {
            return;
        }
        Document document = text.getOwnerDocument();
        Node parent = text.getParentNode();
        String namespace = document.getDocumentElement().getNamespaceURI();
        StringBuilder run = new StringBuilder();
        String runFamily = null;
        int i = 0;
        while (i < value.length()) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            String family = familyFor(cp, role, primary);
            if (run.length() > 0 && !java.util.Objects.equals(family, runFamily)) {
                insert(document, namespace, parent, text, run.toString(), runFamily);
                run.setLength(0);
            }
            runFamily = family;
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            insert(document, namespace, parent, text, run.toString(), runFamily);
        }
        parent.removeChild(text);
    }

    /** The family a character must be set in, or null when the role's own font does. */
    private String familyFor(int cp, String role, ResolvedFont primary) {
        Optional<ResolvedFont> latin = fonts.latin();
        if (latin.isPresent() && cp >= 0x20 && cp <= 0x7E) {
            return latin.get().family();
        }
        if (Character.isWhitespace(cp)) {
            return null;
        }
        // the chain starts with the role's own font: covered by it means no span
        ResolvedFont font = lookup.fontFor(role, cp);
        return font == null || font == primary ? null : font.family();
    }

    /** Whether {@code text} holds a word (a run without spaces) of more than {@link #LONG_WORD} characters. */
    private static boolean hasLongWord(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            length = Character.isWhitespace(text.charAt(i)) ? 0 : length + 1;
            if (length > LONG_WORD) {
                return true;
            }
        }
        return false;
    }

    private static void insert(Document document, String namespace, Node parent, Node before, String text, String family) {
        Element span = document.createElementNS(namespace, "span");
        // A run in the block's own font is a span as well: Flying Saucer paints a line's bare text
        // before the inline elements on it, so digits in a Latin span came after the Chinese of
        // their line in the PDF's content stream — the order copy-and-paste (pdf.js), pdftotext -raw
        // and screen readers follow ("增长 一产…5%， 13.3%，"). With every run a span they are painted
        // in reading order; the layout is the same to the dot (compared over the corpus).
        if (family == null) {
            span.setTextContent(text);
            parent.insertBefore(span, before);
            return;
        }
        // The span keeps the block's line height, so a line of nothing but such spans is still one
        // grid line high; GridTextRenderer gives every face the same vertical metrics, so a span
        // in another face does not make a mixed line taller either. A run with a word too long to
        // be sure of fitting a line (a URL, a long identifier) may break inside that word, as Word
        // breaks it, instead of running past the right margin.
        span.setAttribute("style", "font-family: \"" + family + "\""
                + (hasLongWord(text) ? "; word-wrap: break-word" : ""));
        span.setTextContent(text);
        parent.insertBefore(span, before);
    }
}
