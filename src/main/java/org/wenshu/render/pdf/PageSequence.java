package org.wenshu.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The page sequence of a report: front matter ({@code div.cover}, {@code div.toc}) on unnumbered
 * pages, then {@code div.main} numbered from 1. The table of contents and the main part each start
 * on a right-hand (odd) page: the block before each breaks the page after it with
 * {@code page-break-after: right}, so the layout puts an empty page (named as the block before it,
 * so unnumbered) where one would fall on an even page. A document without front matter is one
 * numbered sequence.
 */
final class PageSequence {
    static final String FRONT_BODY_CLASS = "wenshu-front-first";
    static final String MAIN_ID = "wenshu-main";
    private static final String TOC_ID = "wenshu-toc";

    /**
     * A block that must start on a right-hand page: its id in the layout, its name in the result,
     * and the block before it, which breaks the page after it to the next right-hand page.
     */
    record RectoStart(String id, String name, Element element, Element before) {}

    private final List<RectoStart> rectoStarts = new ArrayList<>();
    private boolean hasMain;

    /** Marks the sequence on {@code xhtml} (a working copy): ids for the layout, the body's first page name. */
    PageSequence(Document xhtml) {
        Element body = child(xhtml.getDocumentElement(), "body");
        if (body == null) {
            return;
        }
        boolean first = true;
        boolean contentBefore = false;
        Element before = null;
        for (Node node = body.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            boolean cover = hasClass(element, "cover");
            boolean toc = hasClass(element, "toc");
            boolean main = hasClass(element, "main");
            if (first && (cover || toc)) {
                // the first page takes the body's page name: make it a front page, not an empty numbered one
                body.setAttribute("class", (body.getAttribute("class") + " " + FRONT_BODY_CLASS).strip());
            }
            if ((toc || main) && contentBefore) {
                String id = element.getAttribute("id");
                if (id.isEmpty()) {
                    id = main ? MAIN_ID : TOC_ID;
                    element.setAttribute("id", id);
                }
                rectoStarts.add(new RectoStart(id, main ? "main" : "toc", element, before));
                // one layout puts in the blank page where needed: the page after the block before breaks to a right-hand page
                org.wenshu.render.InlineStyle.append(before, "page-break-after: right");
            } else if (main && element.getAttribute("id").isEmpty()) {
                element.setAttribute("id", MAIN_ID);
            }
            hasMain |= main;
            first = false;
            contentBefore = true;
            before = element;
        }
    }

    List<RectoStart> rectoStarts() {
        return rectoStarts;
    }

    boolean hasMain() {
        return hasMain;
    }

    static boolean hasClass(Element element, String name) {
        return (" " + element.getAttribute("class") + " ").contains(" " + name + " ");
    }

    private static Element child(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
