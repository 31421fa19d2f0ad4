package org.wenshu.render.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.wenshu.render.theme.Theme;
import org.wenshu.render.theme.ThemeCss;

/**
 * Sets the contents entries ({@code div.toc p.toc-N}) as a typesetter does: an entry that wraps
 * hangs under its text, not under its number, and is broken in balanced lines so that no character
 * is left alone on its last line. Both writers read the result from the XHTML:
 * {@code data-left-chars} is where the entry's text starts (the level's indent plus the width of
 * its {@code span.toc-marker}, in characters), {@code data-hang-chars} how far the first line's
 * number stands out to the left of it (Word's left and hanging indent); the line breaks are
 * {@code <br/>}s in the entry's link, measured against the width left of the page-number column.
 */
public final class TocLines {
    private static final String MARKER_CLASS = "toc-marker";

    private final XhtmlRoles roles = new XhtmlRoles();

    public void apply(Document xhtml, Theme theme) {
        var divs = xhtml.getElementsByTagNameNS("*", "div");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < divs.getLength(); i++) {
            Element div = (Element) divs.item(i);
            if (!hasClass(div, "toc")) {
                continue;
            }
            for (Node child = div.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element entry && isEntry(entry)) {
                    entries.add(entry);
                }
            }
        }
        for (Element entry : entries) {
            set(entry, theme);
        }
    }

    private boolean isEntry(Element element) {
        String role = roles.roleOf(element);
        return role != null && role.startsWith("toc") && !role.equals("tocTitle");
    }

    private void set(Element entry, Theme theme) {
        String role = roles.roleOf(entry);
        Theme.RoleStyle style = theme.role(role);
        Element link = onlyLink(entry);
        Element marker = link == null ? null : marker(link);
        double hang = 0;
        if (marker != null) {
            // the separator after a marker (附件1 标题, 第一章 总则) belongs to the marker's column
            Node after = marker.getNextSibling();
            if (after != null && after.getNodeType() == Node.TEXT_NODE && after.getNodeValue().matches("(?s)\\s+.*")) {
                after.setNodeValue(after.getNodeValue().stripLeading());
                marker.setTextContent(marker.getTextContent().strip() + " ");
            } else {
                marker.setTextContent(marker.getTextContent().strip());
            }
            hang = TitleLines.width(marker.getTextContent());
        }
        double left = style.indentChars() + hang;
        entry.setAttribute("data-left-chars", chars(left));
        entry.setAttribute("data-hang-chars", chars(hang));
        if (link != null && onlyTextAfter(link, marker)) {
            balance(link, marker, capacity(theme, role) - left);
        }
    }

    /** Breaks the entry's text in balanced lines when it does not fit the room beside the number. */
    private static void balance(Element link, Element marker, double capacity) {
        StringBuilder text = new StringBuilder();
        Node first = marker == null ? link.getFirstChild() : marker.getNextSibling();
        for (Node node = first; node != null; node = node.getNextSibling()) {
            text.append(node.getNodeValue());
        }
        String shown = text.toString().replaceAll("[ \\t\\r\\n]+", " ").strip();
        if (shown.isEmpty() || TitleLines.width(shown) <= capacity) {
            return;
        }
        List<String> lines = TitleLines.of(shown, capacity);
        while (first != null) {
            Node next = first.getNextSibling();
            link.removeChild(first);
            first = next;
        }
        TitleLines.append(link, lines);
    }

    /**
     * Full-width characters of the role's size that fit between the left margin and the page-number
     * column ({@link ThemeCss#TOC_NUMBER_COLUMN_CHARS} characters of {@code toc1}, as both writers set it).
     */
    static double capacity(Theme theme, String role) {
        double bodySize = theme.role("body").size();
        double pitch = theme.page().charPitchPt() * theme.role(role).size() / bodySize;
        double numberColumn = ThemeCss.TOC_NUMBER_COLUMN_CHARS * theme.role("toc1").size();
        return (theme.page().textWidth() * 72 / 25.4 - numberColumn) / pitch;
    }

    /** The entry's link when it is the entry's only content (whitespace aside), else null. */
    private static Element onlyLink(Element entry) {
        Element link = null;
        for (Node child = entry.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if (link != null || !"a".equals(element.getLocalName())) {
                    return null;
                }
                link = element;
            } else if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
                return null;
            }
        }
        return link;
    }

    /** The link's first child when it is a {@code span.toc-marker} holding text only. */
    private static Element marker(Element link) {
        Node first = link.getFirstChild();
        while (first != null && first.getNodeType() == Node.TEXT_NODE && first.getNodeValue().isBlank()) {
            first = first.getNextSibling();
        }
        if (first instanceof Element span && "span".equals(span.getLocalName()) && hasClass(span, MARKER_CLASS)
                && span.getElementsByTagNameNS("*", "*").getLength() == 0 && !span.getTextContent().isBlank()) {
            return span;
        }
        return null;
    }

    private static boolean onlyTextAfter(Element link, Element marker) {
        Node first = marker == null ? link.getFirstChild() : marker.getNextSibling();
        for (Node node = first; node != null; node = node.getNextSibling()) {
            if (node.getNodeType() != Node.TEXT_NODE) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasClass(Element element, String name) {
        return (" " + element.getAttribute("class") + " ").contains(" " + name + " ");
    }

    private static String chars(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
