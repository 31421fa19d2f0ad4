package org.wenshu.render.pdf;

import org.wenshu.render.layout.HeadingPages;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Lays out the entries of a {@code div.toc} as Word lays out its TOC styles: the entry text wraps
 * in a column that stops short of the right margin, the dotted leader runs to the end of its last
 * line and the page number sits in a fixed column on the right. (Flying Saucer's own
 * {@code leader()} + {@code target-counter()} reserve room for a three-digit number while breaking
 * lines, so entries would wrap where Word's do not.) The numbers are real text, filled in from a
 * first layout.
 */
final class TocTable {
    static final String PLACEHOLDER = "00";

    /** Rewrites every {@code p.toc-N} entry into a one-row table; returns the page cells to fill. */
    List<PageCell> apply(Document xhtml) {
        List<PageCell> cells = new ArrayList<>();
        String ns = xhtml.getDocumentElement().getNamespaceURI();
        var divs = xhtml.getElementsByTagNameNS("*", "div");
        for (int i = 0; i < divs.getLength(); i++) {
            Element div = (Element) divs.item(i);
            if (!(" " + div.getAttribute("class") + " ").contains(" toc ")) {
                continue;
            }
            List<Element> entries = new ArrayList<>();
            for (Node child = div.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element entry && entry.getAttribute("class").startsWith("toc-")
                        && !entry.getAttribute("class").equals("toc-title")) {
                    entries.add(entry);
                }
            }
            for (Element entry : entries) {
                String target = target(entry);
                if (target == null) {
                    continue;
                }
                Element table = xhtml.createElementNS(ns, "table");
                table.setAttribute("class", "toc-entry");
                Element row = xhtml.createElementNS(ns, "tr");
                Element text = xhtml.createElementNS(ns, "td");
                text.setAttribute("class", "toc-text");
                Element page = xhtml.createElementNS(ns, "td");
                page.setAttribute("class", "toc-page");
                page.setTextContent(PLACEHOLDER);
                div.replaceChild(table, entry);
                table.appendChild(row);
                row.appendChild(text);
                row.appendChild(page);
                text.appendChild(entry);
                cells.add(new PageCell(target, page));
            }
        }
        return cells;
    }

    /** Writes the page each entry's heading landed on into its number column. */
    void fill(List<PageCell> cells, HeadingPages pages) {
        for (PageCell cell : cells) {
            OptionalInt page = pages.pageOf(cell.target());
            cell.element().setTextContent(page.isPresent() ? Integer.toString(page.getAsInt()) : "");
        }
    }

    /** The id a TOC entry links to, and the table cell that shows its page. */
    record PageCell(String target, Element element) {}

    private static String target(Element entry) {
        var links = entry.getElementsByTagNameNS("*", "a");
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((Element) links.item(i)).getAttribute("href");
            if (href.startsWith("#") && href.length() > 1) {
                return href.substring(1);
            }
        }
        return null;
    }
}
