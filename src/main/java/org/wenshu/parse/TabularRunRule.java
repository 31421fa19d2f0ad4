package org.wenshu.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.wenshu.model.Paragraph;
import org.wenshu.model.SourceLine;

/**
 * A table flattened one cell a line (a web page's or a PDF's table as text): a stretch where short
 * cells crowd together and bare values (numbers, units, dashes) recur. Its lines are cells, kept
 * as paragraphs; none of them is a heading, whatever its shape.
 */
final class TabularRunRule implements HeadingRule {
    /** A cell holding a value: 2.5 · *8 · 300 · 87.75% · 万m2 · / · — · √. */
    private static final Pattern VALUE = Pattern.compile(
            "^[*＊]?[-+]?[\\d.,，%％/／～~—\\-]+\\s*[\\p{IsHan}a-zA-Z²㎡%％()（）]{0,5}$|^[/／—\\-–－·…√×]+$|^[（(]?[\\p{IsHan}a-zA-Z0-9²㎡]{1,3}/[\\p{IsHan}a-zA-Z0-9²㎡]{1,3}[）)]?$");
    /** How far on each side of a line the run is judged. */
    private static final int REACH = 5;
    private static final int MAX_CELL = 16;
    /** Rows of a table one cell a line are at most this many lines apart. */
    private static final int MAX_ROW = 10;
    private static final Pattern ROW_NUMBER = Pattern.compile("^[*＊]?\\d{1,3}$");
    private static final int HEADER_CELLS = 6;
    /** A header of fewer labels (a two-column 单位 / 职责分工 table) needs this many rows to show its period. */
    private static final int MIN_COLUMNS = 2;
    private static final int MIN_ROWS = 3;
    private static final int MAX_HEADER_CELL = 10;
    /** A cell of running text (a description column) is at most this long. */
    private static final int MAX_TEXT_CELL = 60;
    private static final int MIN_CELLS = 6;
    private static final int MIN_VALUES = 2;

    @Override
    public String name() {
        return "tabular-run";
    }

    @Override
    public Optional<Proposal> propose(Context context) {
        Scope scope = context.scope();
        boolean header = !scope.table() && scope.attachment() && opensHeaderRow(context.lines(), context.index());
        if (!scope.table() && !header && !context.cellShapes().inTabularRun(context.index())) {
            return Optional.empty();
        }
        String text = context.text();
        Paragraph cell = new Paragraph(text, null, null, context.line().number());
        return Optional.of(new Proposal(new OutlineItem.Para(cell, name()), 1,
                header || scope.table() ? scope.withTable() : scope.withAttachmentList(false)));
    }

    /**
     * A table's header row, one cell a line: several short labels in a row (序号 / 项目 / 责任单位 /
     * 完成时间 …). In an attachment it makes the rest of the attachment a table.
     */
    static boolean opensHeaderRow(List<SourceLine> lines, int index) {
        int labels = 0;
        while (labels < HEADER_CELLS && index + labels < lines.size() && isHeaderCell(lines.get(index + labels).text())) {
            labels++;
        }
        if (labels == HEADER_CELLS) {
            return true;
        }
        for (int columns = MIN_COLUMNS; columns <= labels; columns++) {
            if (rowsFollow(lines, index + columns, columns)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeaderCell(String text) {
        return text.length() <= MAX_HEADER_CELL && !TextShape.endsLikeSentence(text) && Marker.find(text).isEmpty();
    }

    /**
     * Whether {@code MIN_ROWS} rows of {@code columns} lines follow from {@code from}, each a short
     * name (单位 · 区财政局) with longer text after it in the row (职责分工 · 负责…): a header of
     * fewer labels than {@link #HEADER_CELLS} is a table's only where its rows show the period.
     */
    private static boolean rowsFollow(List<SourceLine> lines, int from, int columns) {
        if (from + MIN_ROWS * columns > lines.size()) {
            return false;
        }
        for (int row = 0; row < MIN_ROWS; row++) {
            int start = from + row * columns;
            if (!isCell(lines.get(start).text()) || Marker.find(lines.get(start).text()).isPresent()) {
                return false;
            }
            boolean text = false;
            for (int k = start + 1; k < start + columns; k++) {
                text |= lines.get(k).text().length() > MAX_CELL || TextShape.endsLikeSentence(lines.get(k).text());
            }
            if (!text) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each line's shape as a cell (a bare value, a short cell, neither), judged once for a body:
     * the run's window looks at every line eleven times, and the value pattern is the parser's
     * most expensive regular expression. One instance serves one scan of one body.
     */
    static final class CellShapes {
        private static final byte UNKNOWN = 0;
        private static final byte VALUE_CELL = 1;
        private static final byte TEXT_CELL = 2;
        private static final byte NOT_CELL = 3;

        private static final int NOT_COUNTED = Integer.MIN_VALUE;

        private final List<SourceLine> lines;
        private final byte[] shapes;
        private final int[] counts;

        CellShapes(List<SourceLine> lines) {
            this.lines = lines;
            this.shapes = new byte[lines.size()];
            this.counts = new int[lines.size()];
            java.util.Arrays.fill(counts, NOT_COUNTED);
        }

        /** The number a row-number cell holds (1–999, a leading * allowed), or -1. */
        int count(int k) {
            if (counts[k] == NOT_COUNTED) {
                String text = lines.get(k).text();
                counts[k] = ROW_NUMBER.matcher(text).matches() ? Integer.parseInt(text.replaceAll("\\D", "")) : -1;
            }
            return counts[k];
        }

        boolean inTabularRun(int index) {
            return TabularRunRule.inTabularRun(lines, index, this);
        }

        private byte shape(int k) {
            byte shape = shapes[k];
            if (shape == UNKNOWN) {
                String text = lines.get(k).text();
                shape = isValue(text) ? VALUE_CELL : isCell(text) ? TEXT_CELL : NOT_CELL;
                shapes[k] = shape;
            }
            return shape;
        }
    }

    private static boolean inTabularRun(List<SourceLine> lines, int index, CellShapes shapes) {
        String own = lines.get(index).text();
        Optional<Marker> marker = Marker.find(own);
        if (marker.isPresent() || own.length() > MAX_TEXT_CELL && TextShape.endsLikeSentence(own)) {
            return false; // a numbered line or a paragraph of running text is not a cell of the run
        }
        if (inCountedRows(shapes, index)) {
            return true;
        }
        int cells = 0;
        int values = 0;
        for (int k = Math.max(0, index - REACH); k <= Math.min(lines.size() - 1, index + REACH); k++) {
            if (lines.get(k).isTable()) {
                continue;
            }
            byte shape = shapes.shape(k);
            if (shape == CellShapes.VALUE_CELL) {
                values++;
                cells++;
            } else if (shape == CellShapes.TEXT_CELL) {
                cells++;
            }
        }
        return cells >= MIN_CELLS && values >= MIN_VALUES;
    }

    /**
     * Whether the line lies among the rows of a 序号 column: bare numbers counting up (3, 4, 5) a few
     * lines apart, the row's other cells between them.
     */
    private static boolean inCountedRows(CellShapes shapes, int index) {
        int before = counter(shapes, index, -1);
        if (before < 0) {
            return false;
        }
        int after = counter(shapes, before + 1, 1);
        if (after < 0 || shapes.count(after) != shapes.count(before) + 1 || after < index) {
            return false;
        }
        int further = counter(shapes, after + 1, 1);
        int earlier = before > 0 ? counter(shapes, before - 1, -1) : -1;
        return further >= 0 && shapes.count(further) == shapes.count(after) + 1
                || earlier >= 0 && shapes.count(earlier) + 1 == shapes.count(before);
    }

    /** The nearest line from {@code from} in direction {@code step} that is a bare row number, or -1. */
    private static int counter(CellShapes shapes, int from, int step) {
        for (int k = from, n = 0; k >= 0 && k < shapes.lines.size() && n <= MAX_ROW; k += step, n++) {
            if (shapes.count(k) > 0) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isValue(String text) {
        return VALUE.matcher(text).matches() && Marker.find(text).isEmpty(); // 1.滨江南段 is a heading
    }

    private static boolean isCell(String text) {
        return !text.isEmpty() && text.length() <= MAX_CELL && !TextShape.endsLikeSentence(text);
    }
}
