package org.wenshu.render.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.wenshu.render.template.XhtmlRoles;

/** Adds Flying Saucer's {@code <bookmarks>} to the head: one nested bookmark per heading with an id. */
final class BookmarkWriter {
    private final XhtmlRoles roles = new XhtmlRoles();

    void addBookmarks(Document xhtml) {
        Element root = xhtml.getDocumentElement();
        String ns = root.getNamespaceURI();
        Element head = firstChild(root, "head");
        Element body = firstChild(root, "body");
        if (head == null || body == null) {
            return;
        }
        Element bookmarks = xhtml.createElementNS(ns, "bookmarks");
        Deque<Element> open = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        // taken out of the live list first: each bookmark made changes the document, and the
        // list then walked the body again from its start for every element (quadratic in length)
        NodeList live = body.getElementsByTagNameNS("*", "*");
        List<Element> all = new ArrayList<>(live.getLength());
        for (int i = 0; i < live.getLength(); i++) {
            all.add((Element) live.item(i));
        }
        for (Element element : all) {
            int level = roles.outlineLevel(element);
            if (level == 0 || element.getAttribute("id").isEmpty()) {
                continue;
            }
            while (!levels.isEmpty() && levels.peek() >= level) {
                levels.pop();
                open.pop();
            }
            Element bookmark = xhtml.createElementNS(ns, "bookmark");
            bookmark.setAttribute("name", element.getTextContent().strip().replaceAll("\\s*\\R\\s*", ""));
            bookmark.setAttribute("href", "#" + element.getAttribute("id"));
            (open.isEmpty() ? bookmarks : open.peek()).appendChild(bookmark);
            open.push(bookmark);
            levels.push(level);
        }
        if (bookmarks.hasChildNodes()) {
            head.appendChild(bookmarks);
        }
    }

    private static Element firstChild(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
