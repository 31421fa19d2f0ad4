package org.wenshu.render.template;

import org.w3c.dom.Element;
import org.wenshu.render.theme.RoleTable;

/**
 * The vocabulary shared by templates, the CSS and the Word writer (rows of {@link RoleTable}):
 * which theme role a block element of the template's XHTML plays. Templates use {@code h1.title}, {@code p.kicker},
 * {@code p.subtitle}, {@code p.meta}, {@code h2}–{@code h6} for heading levels 1–5,
 * {@code p.attachment-label} (附件1, starts a new page) and {@code h2.attachment} (its title),
 * {@code div.toc} with {@code p.toc-title} and {@code p.toc-N}, and {@code p} for body text.
 */
public final class XhtmlRoles {
    /** The role of a block element, or {@code null} if it is not a block the theme styles. */
    public String roleOf(Element element) {
        String tag = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        RoleTable.Row row = RoleTable.match(tag, element.getAttribute("class"));
        return row == null ? null : row.role();
    }

    /** Whether an element's role starts a new page (an attachment). */
    public boolean startsPage(Element element) {
        String tag = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        RoleTable.Row row = RoleTable.match(tag, element.getAttribute("class"));
        return row != null && row.pageBreakBefore();
    }

    /**
     * The level of an element in the document outline (PDF bookmarks, Word's navigation pane and
     * TOC field), or 0: inside a {@code div.part} of a report the part's {@code h1.title} is level
     * 1 and its headings one level deeper than they are on their own.
     */
    public int outlineLevel(Element element) {
        int level = headingLevel(element);
        if (!insidePart(element)) {
            return level;
        }
        if ("title".equals(roleOf(element))) {
            return 1;
        }
        return level == 0 ? 0 : level + 1;
    }

    private static boolean insidePart(Element element) {
        for (org.w3c.dom.Node node = element.getParentNode(); node instanceof Element parent; node = parent.getParentNode()) {
            String tag = parent.getLocalName() == null ? parent.getTagName() : parent.getLocalName();
            if ("div".equals(tag) && (" " + parent.getAttribute("class") + " ").contains(" part ")) {
                return true;
            }
        }
        return false;
    }

    /** The outline level (1–5) of a heading element, or 0. */
    public int headingLevel(Element element) {
        String tag = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        return switch (tag) {
            case "h2" -> 1;
            case "h3" -> 2;
            case "h4" -> 3;
            case "h5" -> 4;
            case "h6" -> 5;
            default -> 0;
        };
    }
}
