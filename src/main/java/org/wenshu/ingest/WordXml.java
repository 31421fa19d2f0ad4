package org.wenshu.ingest;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading WordprocessingML elements through the DOM: children by local name and {@code w:val}. */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordXml() {}

    /** The first child element {@code w:name}, or null. */
    static Element child(Node parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n, name)) {
                return (Element) n;
            }
        }
        return null;
    }

    static List<Element> children(Node parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n, name)) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** The {@code w:val} of the child {@code w:name}, or null when either is missing. */
    static String childVal(Node parent, String name) {
        return val(child(parent, name));
    }

    static String val(Element element) {
        return attr(element, "val");
    }

    static String attr(Element element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.getAttributeNS(W, name);
        return value == null || value.isEmpty() ? null : value;
    }

    static Integer intVal(Node parent, String name) {
        String value = childVal(parent, name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Word's on/off properties: present without a value, or with true/1/on, means on. */
    static boolean isOn(Node parent, String name) {
        Element element = child(parent, name);
        if (element == null) {
            return false;
        }
        String value = val(element);
        return value == null || value.equals("true") || value.equals("1") || value.equals("on");
    }

    static boolean isW(Node node, String name) {
        return node.getNodeType() == Node.ELEMENT_NODE && W.equals(node.getNamespaceURI())
                && name.equals(node.getLocalName());
    }
}
