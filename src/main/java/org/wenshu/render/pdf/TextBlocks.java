package org.wenshu.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.wenshu.render.template.XhtmlRoles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/** The text blocks of the XHTML (role elements and table cells) and their texts, for the steps that set lines. */
final class TextBlocks {
    private TextBlocks() {}

    /** Every element with a role, and every table cell, outermost first; none nested in another. */
    static List<Element> of(Document xhtml, XhtmlRoles roles) {
        List<Element> blocks = new ArrayList<>();
        collect(xhtml.getDocumentElement(), roles, blocks);
        return blocks;
    }

    private static void collect(Element element, XhtmlRoles roles, List<Element> blocks) {
        if (roles.roleOf(element) != null || "td".equals(element.getLocalName())) {
            blocks.add(element);
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                collect(inner, roles, blocks);
            }
        }
    }

    /** The block's non-empty text nodes and its {@code <br/>} elements, in document order. */
    static List<Node> textsAndBreaks(Node block) {
        List<Node> out = new ArrayList<>();
        walk(block, out);
        return out;
    }

    private static void walk(Node node, List<Node> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text text && child.getNodeType() == Node.TEXT_NODE) {
                if (!text.getData().isEmpty()) {
                    out.add(text);
                }
            } else if (child instanceof Element element) {
                if ("br".equals(element.getLocalName())) {
                    out.add(element);
                } else {
                    walk(element, out);
                }
            }
        }
    }
}
