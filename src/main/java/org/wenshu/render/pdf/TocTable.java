package org.wenshu.render.pdf;

import org.wenshu.render.layout.HeadingPages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.wenshu.render.template.XhtmlRoles;
import org.wenshu.render.theme.Theme;

/**
 * Lays out the entries of a {@code div.toc} as Word lays out its TOC styles: the entry text wraps
 * in a column that stops short of the right margin, the dotted leader runs to the end of its last
 * line and the page number sits in a fixed column on the right. The entry's indent and its number
 * ({@code span.toc-marker}) stand in a column of their own on the left, as wide as
 * {@code data-left-chars} says (see TocLines), so that the lines of an entry that wraps hang under
 * its text, as Word's hanging indent sets them. (Flying Saucer's own
 * {@code leader()} + {@code target-counter()} reserve room for a three-digit number while breaking
 * lines, so entries would wrap where Word's do not.) The numbers are real text, filled in from a
 * first layout.
 */
final class TocTable {
    static final String PLACEHOLDER = "00";

    private final Theme theme;
    private final XhtmlRoles roles = new XhtmlRoles();

    TocTable(Theme theme) {
        this.theme = theme;
    }

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
                Element lead = lead(xhtml, ns, entry, target);
                if (lead != null) {
                    row.appendChild(lead);
                }
                row.appendChild(text);
                row.appendChild(page);
                text.appendChild(entry);
                cells.add(new PageCell(target, page));
            }
        }
        return cells;
    }

    /**
     * The left column of an entry: the level's indent and the entry's number, set flush right in a
     * cell as wide as {@code data-left-chars} characters of the entry's size; null when that is nothing.
     */
    private Element lead(Document xhtml, String ns, Element entry, String target) {
        String leftChars = entry.getAttribute("data-left-chars");
        if (!leftChars.matches("\\d{1,3}(\\.\\d{1,4})?") || Double.parseDouble(leftChars) <= 0) {
            return null;
        }
        String role = roles.roleOf(entry);
        double pitch = theme.page().charPitchPt() * theme.role(role == null ? "toc1" : role).size() / theme.role("body").size();
        Element cell = xhtml.createElementNS(ns, "td");
        cell.setAttribute("class", "toc-lead");
        cell.setAttribute("style", String.format(Locale.ROOT, "width: %.3fpt", Double.parseDouble(leftChars) * pitch));
        Element marker = marker(entry);
        if (marker != null) {
            Element paragraph = xhtml.createElementNS(ns, entry.getLocalName());
            paragraph.setAttribute("class", entry.getAttribute("class"));
            Element link = xhtml.createElementNS(ns, "a");
            link.setAttribute("href", "#" + target);
            marker.getParentNode().removeChild(marker);
            link.appendChild(marker);
            String shown = marker.getTextContent();
            if (!shown.equals(shown.stripTrailing())) {
                // the separator after 附件1 or 第一章 would be dropped at the end of the line: keep its room
                marker.setTextContent(shown.stripTrailing());
                paragraph.setAttribute("style", String.format(Locale.ROOT, "padding-right: %.3fpt", pitch / 2));
            }
            paragraph.appendChild(link);
            cell.appendChild(paragraph);
        }
        return cell;
    }

    private static Element marker(Element entry) {
        var spans = entry.getElementsByTagNameNS("*", "span");
        for (int i = 0; i < spans.getLength(); i++) {
            Element span = (Element) spans.item(i);
            if ((" " + span.getAttribute("class") + " ").contains(" toc-marker ")) {
                return span;
            }
        }
        return null;
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
