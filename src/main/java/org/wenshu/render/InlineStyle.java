package org.wenshu.render;

import org.w3c.dom.Element;

/** An element's {@code style} attribute, added to by the stages that lay out the XHTML. */
public final class InlineStyle {
    private InlineStyle() {
    }

    /** Adds {@code declarations} ({@code "name: value"}, several joined by {@code "; "}) after what the attribute holds. */
    public static void append(Element element, String declarations) {
        String style = element.getAttribute("style").strip();
        element.setAttribute("style", (style.isEmpty() || style.endsWith(";") ? style : style + ";")
                + (style.isEmpty() ? "" : " ") + declarations);
    }
}
