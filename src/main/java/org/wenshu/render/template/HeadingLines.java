package org.wenshu.render.template;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.wenshu.render.theme.Theme;

/**
 * A heading too long for one line is broken into lines of nearly equal width, as titles are
 * ({@link TitleLines}), instead of filling its first line and leaving a character or two alone on
 * the last. The breaks are {@code <br/>}s in the XHTML, so the PDF and the DOCX break alike. The
 * first line is measured with the heading's first-line indent.
 */
public final class HeadingLines {
    private static final String INDENT = "\u3000";

    private final XhtmlRoles roles = new XhtmlRoles();

    public void apply(Document xhtml, Theme theme) {
        NodeList all = xhtml.getElementsByTagNameNS("*", "*");
        List<Element> headings = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (roles.headingLevel(element) > 0 && roles.roleOf(element) != null && onlyText(element)) {
                headings.add(element);
            }
        }
        for (Element heading : headings) {
            balance(heading, theme);
        }
    }

    private static boolean onlyText(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() != Node.TEXT_NODE) {
                return false;
            }
        }
        return element.hasChildNodes();
    }

    private void balance(Element heading, Theme theme) {
        String role = roles.roleOf(heading);
        Theme.RoleStyle style = theme.role(role);
        double capacity = charsPerLine(theme, role);
        int indent = (int) Math.round(style.indentChars());
        String text = heading.getTextContent().strip();
        String measured = INDENT.repeat(indent) + text;
        if (TitleLines.width(measured) <= capacity) {
            return;
        }
        List<String> lines = new ArrayList<>(TitleLines.of(measured, capacity));
        lines.set(0, lines.get(0).substring(Math.min(indent, lines.get(0).length())));
        while (heading.getFirstChild() != null) {
            heading.removeChild(heading.getFirstChild());
        }
        TitleLines.append(heading, lines);
    }

    /** Full-width characters of the role's size that fill a line. */
    static double charsPerLine(Theme theme, String role) {
        double bodySize = theme.role("body").size();
        double pitch = theme.page().charPitchPt() * theme.role(role).size() / bodySize;
        return Math.floor(theme.page().textWidth() * 72 / 25.4 / pitch + 1e-6);
    }
}
