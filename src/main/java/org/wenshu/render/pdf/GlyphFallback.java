package org.wenshu.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.wenshu.render.fonts.FontSet;
import org.wenshu.render.fonts.ResolvedFont;
import org.wenshu.render.template.XhtmlRoles;

/**
 * Flying Saucer takes the first font of a font-family list for a whole run and silently drops the
 * glyphs it lacks (蹚 is not in a GB2312 font). Before layout, each character the role's own font
 * cannot draw is wrapped in a span set in the first font of the chain that can.
 */
final class GlyphFallback {
    private final XhtmlRoles roles = new XhtmlRoles();
    private final FontSet fonts;

    GlyphFallback(FontSet fonts) {
        this.fonts = fonts;
    }

    void apply(Document xhtml) {
        walk(xhtml.getDocumentElement(), null);
    }

    private void walk(Element element, String inheritedRole) {
        String own = roles.roleOf(element);
        String role = own != null ? own : inheritedRole;
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

    private void splitUncovered(Node text, String role) {
        String value = text.getNodeValue();
        ResolvedFont primary = fonts.forRole(role);
        if (value.codePoints().allMatch(cp -> Character.isWhitespace(cp) || primary.covers(cp))) {
            return;
        }
        Document document = text.getOwnerDocument();
        Node parent = text.getParentNode();
        String namespace = document.getDocumentElement().getNamespaceURI();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            Optional<ResolvedFont> substitute = Character.isWhitespace(cp) || primary.covers(cp)
                    ? Optional.empty() : fonts.coveringFont(role, cp);
            if (substitute.isEmpty()) {
                plain.appendCodePoint(cp);
                continue;
            }
            if (plain.length() > 0) {
                parent.insertBefore(document.createTextNode(plain.toString()), text);
                plain.setLength(0);
            }
            Element span = document.createElementNS(namespace, "span");
            span.setAttribute("style", "font-family: \"" + substitute.get().family() + "\"");
            span.setTextContent(new String(Character.toChars(cp)));
            parent.insertBefore(span, text);
        }
        if (plain.length() > 0) {
            parent.insertBefore(document.createTextNode(plain.toString()), text);
        }
        parent.removeChild(text);
    }
}
