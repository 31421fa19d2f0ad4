package org.wenshu.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.wenshu.model.CellSpan;
import org.wenshu.model.ColumnWidths;
import org.wenshu.model.SourceLine;

/**
 * Turns an HTML tree into one line per block of text: every block element and {@code <br>} ends a
 * line, inline markup is flattened, entities are already decoded by jsoup.
 */
public final class HtmlBlocks {
    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl",
            "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul", "center", "title");

    private HtmlBlocks() {}

    /**
     * The text blocks under {@code root}. {@code fallbackLine} numbers blocks whose position jsoup
     * did not track (fragments parsed from inside a text line).
     */
    public static List<SourceLine> of(Element root, int fallbackLine) {
        return collect(root, fallbackLine, false);
    }

    /**
     * As {@link #of}, and a block inside {@code h1}–{@code h6} gets that number as its
     * {@link SourceLine#headingLevel()}, for the caller to map onto the document's levels.
     */
    static List<SourceLine> withHeadingTags(Element root, int fallbackLine) {
        return collect(root, fallbackLine, true);
    }

    private static List<SourceLine> collect(Element root, int fallbackLine, boolean headings) {
        Collector collector = new Collector(fallbackLine, headings, holdingTables(root), inPre(root.parent()));
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.lines;
    }

    /**
     * The elements under {@code root} (itself included) that hold a table, found in one pass from the
     * leaves up, so that nested layout tables are not searched once per level.
     */
    private static Set<Node> holdingTables(Element root) {
        Set<Node> holding = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node != root && node.parent() != null && node instanceof Element element
                        && (element.normalName().equals("table") || holding.contains(element))) {
                    holding.add(node.parent());
                }
            }
        }, root);
        return holding;
    }

    /** Whether {@code node} is or lies in {@code <pre>} or {@code <textarea>}, where every line break ends a line. */
    private static boolean inPre(Node node) {
        for (Node n = node; n != null; n = n.parent()) {
            if (isPre(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPre(Node node) {
        return node instanceof Element element
                && (element.normalName().equals("pre") || element.normalName().equals("textarea"));
    }

    private static final class Collector implements NodeVisitor {
        private final int fallbackLine;
        private final List<SourceLine> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int firstLine = -1;
        private final boolean headings;
        private Integer heading;

        /** Elements holding a table, so a table among them is a layout table. */
        private final Set<Node> holdingTables;
        /** How many {@code pre}/{@code textarea} elements enclose the current node (counted, not searched). */
        private int preDepth;

        Collector(int fallbackLine, boolean headings, Set<Node> holdingTables, boolean rootInPre) {
            this.fallbackLine = fallbackLine;
            this.headings = headings;
            this.holdingTables = holdingTables;
            this.preDepth = rootInPre ? 1 : 0;
        }

        /** A data table being skipped over: it was taken whole as one table line. */
        private Element inTable;

        @Override
        public void head(Node node, int depth) {
            if (inTable != null) {
                return;
            }
            if (node instanceof Element element && element.normalName().equals("table")) {
                SourceLine table = holdingTables.contains(element) ? null : dataTable(element, lineOf(element));
                if (table != null) {
                    flush();
                    lines.add(table);
                    inTable = element;
                    return;
                }
            }
            if (isPre(node)) {
                preDepth++;
            }
            if (node instanceof TextNode textNode && preDepth > 0) {
                preformatted(textNode);
            } else if (node instanceof TextNode textNode) {
                String value = textNode.getWholeText().replace('\n', ' ').replace('\r', ' ');
                if (!value.isBlank() && firstLine < 0) {
                    firstLine = lineOf(textNode);
                }
                text.append(value);
            } else if (node instanceof Element element && isBlock(element)) {
                flush();
                if (headings && headingTag(element) > 0) {
                    heading = headingTag(element);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (inTable != null) {
                if (node == inTable) {
                    inTable = null;
                }
                return;
            }
            if (isPre(node)) {
                preDepth--;
            }
            if (node instanceof Element element && isBlock(element)) {
                flush();
                if (headingTag(element) > 0) {
                    heading = null;
                }
            }
        }

        /**
         * The rows of a table that holds data: two rows and two columns at least, short cells, no
         * nested table. A layout table (a page's whole article in one cell) gives null and is read
         * as blocks of text.
         */
        private static SourceLine dataTable(Element table, int line) {
            List<List<String>> rows = new ArrayList<>();
            List<List<int[]>> spans = new ArrayList<>();
            int columns = 0;
            for (Element row : table.select("tr")) {
                List<String> cells = new ArrayList<>();
                List<int[]> rowSpans = new ArrayList<>();
                for (Element cell : row.children()) {
                    if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                        String text = cell.text().replace('\u00A0', ' ').strip();
                        if (text.length() > 200) {
                            return null;
                        }
                        cells.add(text);
                        rowSpans.add(new int[] {span(cell, "rowspan"), span(cell, "colspan")});
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                    spans.add(rowSpans);
                    columns = Math.max(columns, cells.size());
                }
            }
            if (rows.size() < 2 || columns < 2) {
                return null;
            }
            List<List<CellSpan>> cellSpans = new ArrayList<>();
            for (int r = 0; r < spans.size(); r++) {
                int left = spans.size() - r; // a row span never reaches past the table (0 means "to its end")
                cellSpans.add(spans.get(r).stream()
                        .map(s -> new CellSpan(s[0] == 0 ? left : Math.min(s[0], left), s[1] == 0 ? 1 : s[1])).toList());
            }
            String text = String.join(" ", rows.stream().map(r -> String.join("\t", r)).toList());
            SourceLine plain = new SourceLine(text, line, null, rows, cellSpans, null);
            List<Double> widths = HtmlColumnWidths.of(table, CellSpan.gridColumns(plain.table(), plain.spans()));
            return widths == null ? plain : new SourceLine(text, line, null, rows, cellSpans, ColumnWidths.of(widths));
        }

        /** A cell's {@code rowspan} or {@code colspan}: 1 when missing or unreadable, at most 64. */
        private static int span(Element cell, String attribute) {
            String value = cell.attr(attribute).strip();
            if (!value.matches("\\d{1,6}")) {
                return 1;
            }
            return Math.min(Integer.parseInt(value), 64);
        }

        private static int headingTag(Element element) {
            String name = element.normalName();
            return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6'
                    ? name.charAt(1) - '0' : 0;
        }

        /** In {@code <pre>} (a text file saved as a web page) every line break ends a line. */
        private void preformatted(TextNode textNode) {
            String[] parts = textNode.getWholeText().replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            int line = lineOf(textNode);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    flush();
                }
                if (!parts[i].isBlank() && firstLine < 0) {
                    firstLine = line + i;
                }
                text.append(parts[i]);
            }
        }

        private int lineOf(Node node) {
            if (node.sourceRange().isTracked()) {
                return node.sourceRange().start().lineNumber();
            }
            Node parent = node.parent();
            if (parent != null && parent.sourceRange().isTracked()) {
                return parent.sourceRange().start().lineNumber();
            }
            return fallbackLine;
        }

        void flush() {
            String value = text.toString().replace('\u00A0', ' ').strip();
            if (!value.isEmpty()) {
                lines.add(new SourceLine(value, firstLine > 0 ? firstLine : fallbackLine, heading, null));
            }
            text.setLength(0);
            firstLine = -1;
        }

        private static boolean isBlock(Element element) {
            return BLOCK_TAGS.contains(element.normalName());
        }
    }
}
