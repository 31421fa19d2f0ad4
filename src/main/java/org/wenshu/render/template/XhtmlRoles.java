package org.wenshu.render.template;

import org.w3c.dom.Element;

/**
 * The vocabulary shared by templates, the CSS and the Word writer: which theme role a block
 * element of the template's XHTML plays. Templates use {@code h1.title}, {@code p.kicker},
 * {@code p.subtitle}, {@code p.meta}, {@code h2}–{@code h6} for heading levels 1–5,
 * {@code p.attachment-label} (附件1, starts a new page) and {@code h2.attachment} (its title),
 * {@code div.toc} with {@code p.toc-title} and {@code p.toc-N}, and {@code p} for body text.
 */
public final class XhtmlRoles {

    /** The role of a block element, or {@code null} if it is not a block the theme styles. */
    public String roleOf(Element element) {
        String tag = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        String classes = " " + element.getAttribute("class") + " ";
        if (classes.contains(" attachment-label ")) {
            return "attachmentLabel";
        }
        if (tag.equals("h2") && classes.contains(" attachment ")) {
            return "attachmentTitle";
        }
        switch (tag) {
            case "h1":
                return "title";
            case "h2":
                return "heading1";
            case "h3":
                return "heading2";
            case "h4":
                return "heading3";
            case "h5":
                return "heading4";
            case "h6":
                return "heading5";
            case "p":
                if (classes.contains(" kicker ")) {
                    return "kicker";
                }
                if (classes.contains(" subtitle ")) {
                    return "subtitle";
                }
                if (classes.contains(" meta ")) {
                    return "meta";
                }
                if (classes.contains(" toc-title ")) {
                    return "tocTitle";
                }
                if (classes.contains(" addressee ")) {
                    return "addressee";
                }
                if (classes.contains(" signature ")) {
                    return "signature";
                }
                if (classes.contains(" signdate ")) {
                    return "signDate";
                }
                if (classes.contains(" note ")) {
                    return "note";
                }
                if (classes.contains(" toc-1 ")) {
                    return "toc1";
                }
                if (classes.contains(" toc-")) {
                    return "toc2";
                }
                return "body";
            default:
                return null;
        }
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
