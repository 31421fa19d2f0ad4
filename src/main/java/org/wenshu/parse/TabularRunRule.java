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
        if (!scope.table() && !header && !inTabularRun(context.lines(), context.index())) {
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
        if (index + HEADER_CELLS > lines.size()) {
            return false;
        }
        for (int k = index; k < index + HEADER_CELLS; k++) {
            String text = lines.get(k).text();
            if (text.length() > MAX_HEADER_CELL || TextShape.endsLikeSentence(text) || Marker.find(text).isPresent()) {
                return false;
            }
        }
        return true;
    }

    static boolean inTabularRun(List<SourceLine> lines, int index) {
        String own = lines.get(index).text();
        Optional<Marker> marker = Marker.find(own);
        if (marker.isPresent() || own.length() > MAX_TEXT_CELL && TextShape.endsLikeSentence(own)) {
            return false; // a numbered line or a paragraph of running text is not a cell of the run
        }
        if (inCountedRows(lines, index)) {
            return true;
        }
        int cells = 0;
        int values = 0;
        for (int k = Math.max(0, index - REACH); k <= Math.min(lines.size() - 1, index + REACH); k++) {
            String text = lines.get(k).text();
            if (lines.get(k).isTable()) {
                continue;
            }
            if (isValue(text)) {
                values++;
                cells++;
            } else if (isCell(text)) {
                cells++;
            }
        }
        return cells >= MIN_CELLS && values >= MIN_VALUES;
    }

    /**
     * Whether the line lies among the rows of a 序号 column: bare numbers counting up (3, 4, 5) a few
     * lines apart, the row's other cells between them.
     */
    private static boolean inCountedRows(List<SourceLine> lines, int index) {
        int before = counter(lines, index, -1);
        if (before < 0) {
            return false;
        }
        int after = counter(lines, before + 1, 1);
        if (after < 0 || count(lines, after) != count(lines, before) + 1 || after < index) {
            return false;
        }
        int further = counter(lines, after + 1, 1);
        int earlier = before > 0 ? counter(lines, before - 1, -1) : -1;
        return further >= 0 && count(lines, further) == count(lines, after) + 1
                || earlier >= 0 && count(lines, earlier) + 1 == count(lines, before);
    }

    /** The nearest line from {@code from} in direction {@code step} that is a bare row number, or -1. */
    private static int counter(List<SourceLine> lines, int from, int step) {
        for (int k = from, n = 0; k >= 0 && k < lines.size() && n <= MAX_ROW; k += step, n++) {
            if (count(lines, k) > 0) {
                return k;
            }
        }
        return -1;
    }

    /** The number a row-number cell holds (1–999, a leading * allowed), or -1. */
    private static int count(List<SourceLine> lines, int k) {
        String text = lines.get(k).text();
        return ROW_NUMBER.matcher(text).matches() ? Integer.parseInt(text.replaceAll("\\D", "")) : -1;
    }

    private static boolean isValue(String text) {
        return VALUE.matcher(text).matches() && Marker.find(text).isEmpty(); // 1.滨江南段 is a heading
    }

    private static boolean isCell(String text) {
        return !text.isEmpty() && text.length() <= MAX_CELL && !TextShape.endsLikeSentence(text);
    }
}
