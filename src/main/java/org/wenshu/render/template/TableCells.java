package org.wenshu.render.template;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.wenshu.render.theme.Theme;

/**
 * Marks the cells of each source table ({@code table.data}) for the theme: the first row of a table
 * of two rows or more (with the rows its cells' {@code rowspan} covers) as its header ({@code td.head}: bold, centred), and a cell holding a number
 * ({@code td.num}: set flush right). Both writers read the classes, so the PDF and the DOCX agree.
 */
public final class TableCells {
    public void apply(Document xhtml, Theme theme) {
        // taken out of the live list first: marking a cell changes the document, and the list then
        // walked it again from its start for the next table
        NodeList live = xhtml.getElementsByTagNameNS("*", "table");
        List<Element> tables = new ArrayList<>(live.getLength());
        for (int t = 0; t < live.getLength(); t++) {
            tables.add((Element) live.item(t));
        }
        for (Element table : tables) {
            if (!(" " + table.getAttribute("class") + " ").contains(" data ")) {
                continue;
            }
            List<Element> rows = new ArrayList<>();
            collect(table, "tr", rows);
            int headRows = 0;
            for (int r = 0; r < rows.size(); r++) {
                List<Element> cells = new ArrayList<>();
                collect(rows.get(r), "td", cells);
                if (r == 0 && rows.size() > 1) {
                    headRows = 1; // a header cell covering more rows makes them all the header
                    for (Element cell : cells) {
                        headRows = Math.max(headRows, rowSpan(cell));
                    }
                    headRows = Math.min(headRows, rows.size() - 1);
                }
                for (Element cell : cells) {
                    if (r < headRows) {
                        addClass(cell, "head");
                    } else if (theme.tables().isNumeric(cell.getTextContent())) {
                        addClass(cell, "num");
                    }
                }
            }
        }
    }

    private static int rowSpan(Element cell) {
        String value = cell.getAttribute("rowspan").strip();
        return value.matches("\\d{1,4}") ? Math.max(1, Integer.parseInt(value)) : 1;
    }

    private static void collect(Element parent, String name, List<Element> out) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if (name.equals(element.getLocalName()) || ("td".equals(name) && "th".equals(element.getLocalName()))) {
                    out.add(element);
                } else if (!"table".equals(element.getLocalName()) && !"tr".equals(element.getLocalName())) {
                    collect(element, name, out); // through tbody/thead/tfoot
                }
            }
        }
    }

    private static void addClass(Element element, String name) {
        String classes = element.getAttribute("class").strip();
        element.setAttribute("class", classes.isEmpty() ? name : classes + " " + name);
    }
}
