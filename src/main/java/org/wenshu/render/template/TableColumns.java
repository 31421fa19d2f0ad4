package org.wenshu.render.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.wenshu.model.ColumnWidths;
import org.wenshu.render.theme.Theme;

/**
 * Gives each source table ({@code table.data}) the widths of its grid columns as one
 * {@code colgroup} of {@code col style="width: N%"}, which the PDF lays out with
 * {@code table-layout: fixed} and the DOCX writer turns into {@code w:gridCol}/{@code w:tcW}, so
 * both break the cells' lines alike.
 *
 * <p>The widths the template gives (the source's, from {@code p.widths}) are kept; a table without
 * them gets widths from its content, as a browser's automatic layout does: each column has a
 * narrowest width (its longest unbreakable word or number, or the whole text of a short cell, so
 * that 序号 or 单位 does not break into single characters; a header cell up to four characters whole,
 * a longer one in two even lines)
 * and a widest (every cell on one line);
 * a table whose widest widths fit takes them in proportion, else each column gets its narrowest
 * width and a share of the rest in proportion to what it lacks. Full-width (CJK) characters count
 * one character of the theme's grid, others half. Either way a column is never narrower than its
 * narrowest width while the columns' narrowest widths fit the text width together (the source's
 * proportions were made for its own, often smaller, type).
 */
public final class TableColumns {
    /** The least part of its preferred width a column keeps when short cells of others are kept whole. */
    static final double KEEP = 0.85;
    /** A header cell this wide or less is kept on one line where the table allows; a longer one in two. */
    static final double SHORT_HEADER = 4;
    /** A cell this wide (in full-width characters) or less is kept on one line where the table allows. */
    static final double SHORT_CELL = 6;
    /** A cell's horizontal padding and rules, in points (ThemeCss: 3pt each side, 0.5pt rules), and air for rounding. */
    static final double CELL_EDGES_PT = 9;
    private static final Pattern PERCENT = Pattern.compile("(?:^|;)\\s*width\\s*:\\s*(\\d{1,3}(?:\\.\\d{1,6})?)%");

    public void apply(Document xhtml, Theme theme) {
        double available = theme.page().textWidth() * 72 / 25.4;
        double pitch = theme.page().charPitchPt();
        NodeList tables = xhtml.getElementsByTagNameNS("*", "table");
        List<Element> data = new ArrayList<>();
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            if ((" " + table.getAttribute("class") + " ").contains(" data ")) {
                data.add(table);
            }
        }
        for (Element table : data) {
            List<List<Element>> rows = new ArrayList<>();
            for (Element row : children(table, "tr")) {
                rows.add(CellGrid.cells(row));
            }
            List<List<int[]>> spans = new ArrayList<>();
            for (List<Element> row : rows) {
                spans.add(row.stream().map(c -> new int[] {span(c, "rowspan"), span(c, "colspan")}).toList());
            }
            CellGrid grid = CellGrid.of(spans);
            if (grid.width() == 0) {
                continue;
            }
            // the body's type, or the first smaller size of the theme at which the unbreakable runs fit
            double body = theme.role("body").size();
            double size = body;
            double[][] needs = needs(rows, grid, pitch);
            for (double smaller : theme.tables().smallerSizes()) {
                if (fits(needs[0], available)) {
                    break;
                }
                if (smaller < size) {
                    size = smaller;
                    needs = needs(rows, grid, pitch * size / body);
                }
            }
            double cellPitch = pitch * size / body;
            List<Double> given = given(table, grid.width());
            double[] preferred = given != null ? scaled(given, available) : automatic(needs[0], needs[2], available);
            double[] widths = settle(preferred, needs[0], needs[1], CELL_EDGES_PT + cellPitch, available);
            write(table, ColumnWidths.of(java.util.Arrays.stream(widths).boxed().toList()));
            breakWhereTooNarrow(rows, grid, widths, cellPitch);
            if (size < body) {
                setSize(table, size, org.wenshu.render.theme.ThemeCss.linePitch(theme) * size / body);
            }
        }
    }

    /**
     * A table set smaller than the body: its type size and line pitch on the table (both writers
     * read them there), and each cell at least one such line high, as the theme's cells are one
     * body line high.
     */
    private static void setSize(Element table, double size, double line) {
        String lineHeight = org.wenshu.render.Decimals.fixed(line, 3) + "pt";
        org.wenshu.render.InlineStyle.append(table, "font-size: " + org.wenshu.render.Decimals.fixed(size, 3) + "pt; line-height: " + lineHeight);
        for (Element row : children(table, "tr")) {
            for (Element cell : CellGrid.cells(row)) {
                org.wenshu.render.InlineStyle.append(cell, "height: " + lineHeight);
            }
        }
    }

    /**
     * The widths: {@code preferred} (the source's, or the automatic layout's) with each column
     * widened to its narrowest width, taken from the others in proportion. The narrowest width is
     * found on a scale from one character (0) over the unbreakable width (1: a long number, words
     * joined by no-break spaces, a bracket and its neighbour) to a short cell whole (2): up to the
     * unbreakable widths as far as they fit the text width together (so no text runs out of its
     * cell), and beyond, column by column from the one whose short cells cost least, as far as every
     * column keeps at least {@link #KEEP} of its preferred width (the columns of long text a source
     * table was made for). Where not even one character per
     * column fits, one character's width each, in proportion.
     */
    static double[] settle(double[] preferred, double[] hard, double[] soft, double oneChar, double available) {
        double[] single = new double[hard.length];
        for (int c = 0; c < single.length; c++) {
            single[c] = Math.min(hard[c], oneChar);
        }
        double[][] levels = {single, hard, soft};
        double singleSum = java.util.Arrays.stream(single).sum();
        if (singleSum > available) {
            return java.util.Arrays.stream(single).map(w -> w * available / singleSum).toArray();
        }
        // up to the unbreakable widths as far as they fit; short cells whole as far as the others keep enough
        double step = highest(0, 1, u -> fits(floor(levels, u), available));
        if (step < 1) {
            return atLeast(preferred, floor(levels, step), available);
        }
        // the columns whose short cells cost least first, each as far as the others keep enough
        double[] chosen = hard.clone();
        Integer[] order = new Integer[hard.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(c -> soft[c] - Math.max(hard[c], preferred[c])));
        for (int c : order) {
            double low = chosen[c];
            double part = highest(0, 1, t -> {
                double[] trial = chosen.clone();
                trial[c] = low + (soft[c] - low) * t;
                return keeps(preferred, trial, available);
            });
            chosen[c] = low + (soft[c] - low) * part;
        }
        return atLeast(preferred, chosen, available);
    }

    /** The highest step from {@code low} to {@code high} that {@code ok} accepts, {@code low} taken as accepted. */
    private static double highest(double low, double high, java.util.function.DoublePredicate ok) {
        if (ok.test(high)) {
            return high;
        }
        for (int i = 0; i < 30; i++) {
            double middle = (low + high) / 2;
            if (ok.test(middle)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static boolean fits(double[] floor, double available) {
        return java.util.Arrays.stream(floor).sum() <= available + 1e-6;
    }

    /** A narrowest width per column that leaves each other column {@link #KEEP} of its preferred width. */
    private static boolean keeps(double[] preferred, double[] floor, double available) {
        if (!fits(floor, available)) {
            return false;
        }
        double[] widths = atLeast(preferred, floor, available);
        for (int c = 0; c < widths.length; c++) {
            if (widths[c] < preferred[c] * KEEP - 1e-9) {
                return false;
            }
        }
        return true;
    }

    /** The narrowest widths at step {@code step} (0 to 2) of {@code levels}, linear between the steps. */
    private static double[] floor(double[][] levels, double step) {
        int level = (int) Math.min(Math.floor(step), levels.length - 2);
        double t = step - level;
        double[] out = new double[levels[0].length];
        for (int c = 0; c < out.length; c++) {
            out[c] = levels[level][c] + (levels[level + 1][c] - levels[level][c]) * t;
        }
        return out;
    }

    /**
     * {unbreakable, narrowest, widest} width of each grid column in points, from the cells' text
     * (see {@link #measure}).
     */
    private static double[][] needs(List<List<Element>> rows, CellGrid grid, double pitch) {
        int columns = grid.width();
        double[][] needs = new double[3][columns];
        for (double[] need : needs) {
            java.util.Arrays.fill(need, CELL_EDGES_PT + pitch);
        }
        List<double[]> spanning = new ArrayList<>(); // {first column, columns, unbreakable, narrowest, widest}
        for (int r = 0; r < grid.rowCount(); r++) {
            for (CellGrid.Slot slot : grid.row(r)) {
                if (slot.continued()) {
                    continue;
                }
                CellGrid.Placed cell = slot.cell();
                Element td = rows.get(r).get(cell.index());
                double[] text = measure(td.getTextContent());
                if ((" " + td.getAttribute("class") + " ").contains(" head ")) {
                    // a header cell (TableCells) whole up to four characters, else in two even lines
                    text[1] = Math.max(text[0], text[2] <= SHORT_HEADER ? text[2] : Math.ceil(text[2] / 2));
                }
                if (cell.columns() == 1) {
                    for (int k = 0; k < 3; k++) {
                        needs[k][cell.column()] = Math.max(needs[k][cell.column()], CELL_EDGES_PT + text[k] * pitch);
                    }
                } else {
                    spanning.add(new double[] {cell.column(), Math.min(cell.columns(), columns - cell.column()),
                        CELL_EDGES_PT + text[0] * pitch, CELL_EDGES_PT + text[1] * pitch, CELL_EDGES_PT + text[2] * pitch});
                }
            }
        }
        spanning.sort((a, b) -> Double.compare(a[1], b[1]));
        for (double[] cell : spanning) {
            for (int k = 0; k < 3; k++) {
                spread(needs[k], (int) cell[0], (int) cell[1], cell[2 + k], needs[2]);
            }
        }
        for (int c = 0; c < columns; c++) {
            needs[1][c] = Math.max(needs[1][c], needs[0][c]);
            needs[2][c] = Math.max(needs[2][c], needs[1][c]);
        }
        return needs;
    }

    /**
     * A cell whose unbreakable text (words joined by no-break spaces, a long number) is wider than
     * the columns it got — the columns' narrowest widths did not fit the text width together — may
     * break that text between any two characters, as Word does, instead of running over the next
     * cells. Only where nothing else fits: Flying Saucer breaks a word this way whenever none of its
     * break points fits the rest of a line, so a cell whose words fit keeps them whole.
     */
    private static void breakWhereTooNarrow(List<List<Element>> rows, CellGrid grid, double[] widths, double pitch) {
        for (int r = 0; r < grid.rowCount(); r++) {
            for (CellGrid.Slot slot : grid.row(r)) {
                if (slot.continued()) {
                    continue;
                }
                CellGrid.Placed cell = slot.cell();
                double have = 0;
                for (int c = cell.column(); c < Math.min(widths.length, cell.column() + cell.columns()); c++) {
                    have += widths[c];
                }
                Element td = rows.get(r).get(cell.index());
                if (CELL_EDGES_PT + measure(td.getTextContent())[0] * pitch > have + 1e-6) {
                    org.wenshu.render.InlineStyle.append(td, "word-wrap: break-word");
                }
            }
        }
    }

    /** Widens columns {@code from}… of {@code values} so that together they hold {@code need}, in proportion to {@code weights}. */
    private static void spread(double[] values, int from, int count, double need, double[] weights) {
        double have = 0;
        double weight = 0;
        for (int c = from; c < from + count; c++) {
            have += values[c];
            weight += weights[c];
        }
        if (need <= have) {
            return;
        }
        for (int c = from; c < from + count; c++) {
            values[c] += (need - have) * (weight > 0 ? weights[c] / weight : 1.0 / count);
        }
    }

    /**
     * {unbreakable, narrowest, widest} width of a cell's text in full-width characters: the widest
     * is the whole text on one line; the unbreakable its longest run of Latin letters or digits (or
     * one full-width character); the narrowest is the whole text when it is short, else the
     * unbreakable.
     */
    static double[] measure(String text) {
        String cell = text.replaceAll("[ \\t\\r\\n]+", " ").strip();
        double whole = 0;
        double run = 0;
        double longest = 0;
        int previous = 0;
        for (int i = 0; i < cell.length(); ) {
            int cp = cell.codePointAt(i);
            i += Character.charCount(cp);
            double width = fullWidth(cp) ? 1 : cp == ' ' ? 0.25 : 0.5;
            whole += width;
            if (cp == ' ') {
                run = 0;
            } else {
                if (previous != 0 && breaksBetween(previous, cp)) {
                    run = 0;
                }
                run += width;
                longest = Math.max(longest, run);
            }
            previous = cp == ' ' ? 0 : cp;
        }
        return new double[] {longest, whole <= SHORT_CELL ? whole : longest, whole};
    }

    /**
     * Whether a line may break between two characters: next to a full-width character, but never
     * at a no-break space, before a closing mark or after an opening one (the common 禁则).
     */
    private static boolean breaksBetween(int before, int after) {
        if (GLUE.indexOf(before) >= 0 || GLUE.indexOf(after) >= 0 || NO_START.indexOf(after) >= 0
                || NO_END.indexOf(before) >= 0) {
            return false;
        }
        return fullWidth(before) || fullWidth(after);
    }

    private static final String GLUE = "\u00A0\u2007\u202F\u2060";
    private static final String NO_START = "，。、；：？！）》」』】〕〉”’%‰.,;:?!)]";
    private static final String NO_END = "（《「『【〔〈“‘([";

    /** CJK ideographs, kana, hangul, full-width forms and CJK punctuation: one grid character. */
    private static boolean fullWidth(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD) || (cp >= 0x2014 && cp <= 0x2026)
                || (cp >= 0x25A0 && cp <= 0x27BF);
    }

    /** The automatic layout: widest widths in proportion when they fit, else narrowest plus a share of the rest. */
    static double[] automatic(double[] min, double[] max, double available) {
        double minSum = java.util.Arrays.stream(min).sum();
        double maxSum = java.util.Arrays.stream(max).sum();
        double[] out = new double[min.length];
        for (int c = 0; c < min.length; c++) {
            if (maxSum <= available) {
                out[c] = max[c] * available / maxSum;
            } else if (minSum >= available) {
                out[c] = min[c] * available / minSum;
            } else {
                out[c] = min[c] + (max[c] - min[c]) * (available - minSum) / (maxSum - minSum);
            }
        }
        return out;
    }

    private static double[] scaled(List<Double> given, double available) {
        double sum = given.stream().mapToDouble(Double::doubleValue).sum();
        return given.stream().mapToDouble(w -> w * available / sum).toArray();
    }

    /**
     * {@code widths} with every column at least its narrowest width, the others narrowed in
     * proportion to make room; unchanged when the narrowest widths do not fit together.
     */
    static double[] atLeast(double[] widths, double[] min, double available) {
        if (java.util.Arrays.stream(min).sum() > available + 1e-6) {
            return widths;
        }
        double[] out = widths.clone();
        boolean[] fixed = new boolean[out.length];
        for (int round = 0; round < out.length; round++) {
            boolean changed = false;
            double fixedSum = 0;
            double freeSum = 0;
            for (int c = 0; c < out.length; c++) {
                if (!fixed[c] && out[c] < min[c] - 1e-9) {
                    fixed[c] = true;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            for (int c = 0; c < out.length; c++) {
                if (fixed[c]) {
                    out[c] = min[c];
                    fixedSum += min[c];
                } else {
                    freeSum += out[c];
                }
            }
            for (int c = 0; c < out.length; c++) {
                if (!fixed[c] && freeSum > 0) {
                    out[c] = out[c] * (available - fixedSum) / freeSum;
                }
            }
        }
        return out;
    }

    /** The widths in percent the template's {@code col} elements give, when there is one per grid column. */
    private static List<Double> given(Element table, int columns) {
        List<Double> widths = new ArrayList<>();
        for (Element col : cols(table)) {
            Matcher m = PERCENT.matcher(col.getAttribute("style"));
            int span = span(col, "span");
            double width = m.find() ? Double.parseDouble(m.group(1)) : 0;
            for (int i = 0; i < span; i++) {
                widths.add(width / span);
            }
        }
        return widths.size() == columns && widths.stream().allMatch(w -> w > 0) ? widths : null;
    }

    private static List<Element> cols(Element table) {
        List<Element> cols = new ArrayList<>();
        for (Node child = table.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if ("col".equals(element.getLocalName())) {
                    cols.add(element);
                } else if ("colgroup".equals(element.getLocalName())) {
                    cols.addAll(children(element, "col"));
                }
            }
        }
        return cols;
    }

    /** Replaces the table's colgroups and cols by one colgroup of the widths. */
    private static void write(Element table, ColumnWidths widths) {
        for (Node child = table.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (child instanceof Element element && ("col".equals(element.getLocalName()) || "colgroup".equals(element.getLocalName()))) {
                table.removeChild(child);
            }
            child = next;
        }
        String ns = table.getNamespaceURI();
        Element group = table.getOwnerDocument().createElementNS(ns, "colgroup");
        for (int perMille : widths.perMille()) {
            Element col = table.getOwnerDocument().createElementNS(ns, "col");
            col.setAttribute("style", "width: " + org.wenshu.render.Decimals.fixed(perMille / 10.0, 1) + "%");
            group.appendChild(col);
        }
        table.insertBefore(group, table.getFirstChild());
    }


    /** The child elements of {@code parent} named {@code name}, looking through tbody/thead/tfoot. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if (name.equals(element.getLocalName())) {
                    found.add(element);
                } else if (!"table".equals(element.getLocalName()) && !"tr".equals(element.getLocalName())
                        && !"colgroup".equals(element.getLocalName())) {
                    found.addAll(children(element, name));
                }
            }
        }
        return found;
    }

    /** A rowspan, colspan or span attribute: 1 when missing or unreadable (as the DOCX writer reads it). */
    private static int span(Element element, String attribute) {
        String value = element.getAttribute(attribute).strip();
        return value.matches("\\d{1,4}") ? Math.max(1, Math.min(Integer.parseInt(value), 1000)) : 1;
    }
}
