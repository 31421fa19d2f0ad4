package org.wenshu.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The relative widths of a table's grid columns from left to right, in thousandths of the table's
 * width, as the source gives them (a Word table's {@code w:gridCol}, a .doc row's cell edges, an
 * HTML {@code col} or cell {@code width}). The writers scale them to the page's text width, so a
 * table keeps the proportions its author gave it whatever the source's page size.
 */
public record ColumnWidths(List<Integer> perMille) {
    public ColumnWidths {
        perMille = List.copyOf(perMille);
        if (perMille.isEmpty() || perMille.stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("column widths are positive, at least one: " + perMille);
        }
    }

    /**
     * The widths in thousandths of {@code relative} (positive sizes in any one unit: twips,
     * pixels, percent), which sum to 1000 but for columns narrower than a thousandth (each keeps
     * one); null when there are none, when one is negative or not finite, or when all are zero.
     */
    public static ColumnWidths of(List<? extends Number> relative) {
        if (relative == null || relative.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (Number n : relative) {
            double v = n.doubleValue();
            if (!Double.isFinite(v) || v < 0) {
                return null;
            }
            sum += v;
        }
        if (sum <= 0) {
            return null;
        }
        // largest remainder: the shares sum to exactly 1000
        int count = relative.size();
        int[] shares = new int[count];
        double[] rest = new double[count];
        int given = 0;
        for (int i = 0; i < count; i++) {
            double exact = relative.get(i).doubleValue() * 1000 / sum;
            shares[i] = (int) Math.floor(exact);
            rest[i] = exact - shares[i];
            given += shares[i];
        }
        for (int left = 1000 - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < count; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            shares[best]++;
            rest[best] = -1;
        }
        List<Integer> out = new ArrayList<>(count);
        for (int share : shares) {
            out.add(Math.max(1, share));
        }
        return new ColumnWidths(out);
    }

    public int columns() {
        return perMille.size();
    }

    /** The share of the table's width that column {@code column} takes (0 to 1). */
    public double share(int column) {
        int sum = perMille.stream().mapToInt(Integer::intValue).sum();
        return (double) perMille.get(column) / sum;
    }

    /**
     * {@code widths} when it gives as many columns as the table's grid has, else an error (a
     * reader that cannot tell which width belongs to which column gives none).
     */
    static ColumnWidths checked(ColumnWidths widths, List<List<String>> table, List<List<CellSpan>> spans) {
        if (widths == null) {
            return null;
        }
        int columns = CellSpan.gridColumns(table, spans);
        if (table == null || widths.columns() != columns) {
            throw new IllegalArgumentException(widths.columns() + " column widths given for a table of " + columns + " columns");
        }
        return widths;
    }
}
