package org.wenshu.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The column widths an HTML table gives: its {@code col} elements (in {@code colgroup} or not,
 * with their {@code span}), else the {@code width} of its one-column cells (attribute or
 * {@code style}), each placed on the grid as a browser places it. All in percent or all in
 * lengths (px, pt, cm, mm, in); a table that mixes the two, or leaves a column without a width,
 * gives none.
 */
final class HtmlColumnWidths {
    private static final Pattern LENGTH = Pattern.compile("(\\d{1,6}(?:\\.\\d{1,4})?)\\s*(px|pt|cm|mm|in|%)?");
    private static final Pattern STYLE_WIDTH = Pattern.compile("(?:^|;)\\s*width\\s*:\\s*([^;]+)", Pattern.CASE_INSENSITIVE);

    private HtmlColumnWidths() {}

    /** The widths of the {@code columns} grid columns of {@code table}, or null. */
    static List<Double> of(Element table, int columns) {
        if (columns < 1) {
            return null;
        }
        List<double[]> fromCols = new ArrayList<>(); // {width, percent?}
        for (Element col : table.select("col")) {
            if (col.closest("table") != table) {
                continue;
            }
            double[] width = width(col);
            int span = Math.max(1, Math.min(64, intAttr(col, "span")));
            for (int i = 0; i < span; i++) {
                fromCols.add(width);
            }
        }
        List<Double> widths = fromCols.size() >= columns ? same(fromCols.subList(0, columns)) : null;
        return widths != null ? widths : fromCells(table, columns);
    }

    private static List<Double> fromCells(Element table, int columns) {
        Map<Integer, double[]> byColumn = new HashMap<>();
        Map<Integer, Integer> coveredUntil = new HashMap<>(); // grid column -> last row a row span covers
        int r = 0;
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) {
                continue;
            }
            int column = 0;
            boolean any = false;
            for (Element cell : row.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                any = true;
                while (coveredUntil.getOrDefault(column, -1) >= r) {
                    column++;
                }
                int colspan = Math.max(1, Math.min(64, intAttr(cell, "colspan")));
                int rowspan = Math.max(1, Math.min(1000, intAttr(cell, "rowspan")));
                double[] width = width(cell);
                if (colspan == 1 && width != null) {
                    byColumn.putIfAbsent(column, width);
                }
                for (int c = column; c < column + colspan; c++) {
                    coveredUntil.put(c, r + rowspan - 1);
                }
                column += colspan;
            }
            if (any) {
                r++;
            }
        }
        List<double[]> widths = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            widths.add(byColumn.get(c));
        }
        return same(widths);
    }

    /** The widths when every one is given and all are in percent or all are lengths; else null. */
    private static List<Double> same(List<double[]> widths) {
        if (widths.isEmpty() || widths.stream().anyMatch(w -> w == null || w[0] <= 0)) {
            return null;
        }
        boolean percent = widths.get(0)[1] == 1;
        if (widths.stream().anyMatch(w -> (w[1] == 1) != percent)) {
            return null;
        }
        return widths.stream().map(w -> w[0]).toList();
    }

    /** {width, 1 when in percent else 0} of a {@code col} or cell (style before attribute), or null. */
    private static double[] width(Element element) {
        Matcher style = STYLE_WIDTH.matcher(element.attr("style"));
        String value = style.find() ? style.group(1) : element.attr("width");
        Matcher length = LENGTH.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!length.matches()) {
            return null;
        }
        double number = Double.parseDouble(length.group(1));
        String unit = length.group(2) == null ? "px" : length.group(2);
        double px = switch (unit) {
            case "pt" -> number * 4 / 3;
            case "cm" -> number * 96 / 2.54;
            case "mm" -> number * 96 / 25.4;
            case "in" -> number * 96;
            default -> number;
        };
        return new double[] {px, unit.equals("%") ? 1 : 0};
    }

    private static int intAttr(Element element, String name) {
        String value = element.attr(name).strip();
        return value.matches("\\d{1,4}") ? Integer.parseInt(value) : 1;
    }
}
