package org.wenshu.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.wenshu.model.SourceLine;
import org.wenshu.model.WenshuException;

/**
 * A Word 97–2003 .doc (Apache POI HWPF): the main text's paragraphs and tables in order, heading
 * styles and outline levels as {@link SourceLine#headingLevel()}, list numbers as literal markers;
 * headers, footers, footnotes, text boxes and field instructions are left out (only a field's result
 * is text, also when it spans paragraphs). Line numbers are paragraph
 * ordinals as for .docx (a table counts as one).
 */
public final class DocReader implements SourceReader {
    private static final Pattern HEADING = Pattern.compile("(?i)(heading|标题)\\s*([1-9])");
    /** MS-DOC number formats (nfc) in the order of OOXML's ST_NumberFormat. */
    private static final String[] FORMATS = {"decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter",
        "ordinal", "cardinalText", "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting",
        "aiueo", "iroha", "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
        "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero", "bullet",
        "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen", "decimalEnclosedCircleChinese",
        "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac", "ideographZodiacTraditional",
        "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand", "taiwaneseDigital",
        "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand"};

    @Override
    public boolean accepts(Path path, byte[] head) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean wordName = name.endsWith(".doc") || name.endsWith(".docx") || name.endsWith(".dot")
                || name.endsWith(".wps") || name.endsWith(".docm");
        // RTF and MHT are refused by content whatever the name, rather than read as plain text
        return wordName && OfficeMagic.isOle2(head) || isRtf(head) || isMht(head);
    }

    @Override
    public SourceText read(Path path, byte[] content) {
        if (isRtf(content) || isMht(content)) {
            throw new WenshuException(path + "：这是" + (isRtf(content) ? " RTF " : "单个文件网页（MHT）")
                    + "格式的文件，wenshu 不读这种格式；请用 Word 或 WPS 打开后另存为 .docx")
                    .translatable(path, isRtf(content) ? "rtf" : "mht");
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new WenshuException(path + "：Word 文档设有密码保护，请去掉密码后重新保存再试").translatable(path, "wordPassword");
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new WenshuException(path + "：不是 Word 文档（Office 复合文件中没有正文），请用 Word 或 WPS 另存为 .docx")
                        .translatable(path, "noWordDocument");
            }
            try (HWPFDocument document = new HWPFDocument(fs)) {
                return new SourceText(path, LoneTopHeading.asTitle(lines(document)), List.of());
            }
        } catch (IOException | RuntimeException e) {
            throw OfficeMagic.unreadable(path, "Word 文档", e);
        }
    }

    private static boolean isRtf(byte[] head) {
        return head.length >= 5 && head[0] == '{' && head[1] == '\\' && head[2] == 'r' && head[3] == 't' && head[4] == 'f';
    }

    private static boolean isMht(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1);
        return start.startsWith("MIME-Version:") || start.contains("multipart/related");
    }

    private static List<SourceLine> lines(HWPFDocument document) {
        Range range = document.getRange();
        List<SourceLine> lines = new ArrayList<>();
        Map<Integer, int[]> counters = new HashMap<>();
        Set<String> started = new HashSet<>();
        FieldText fields = new FieldText();
        int ordinal = 0;
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph paragraph = range.getParagraph(i);
            int number = ++ordinal;
            if (paragraph.isInTable()) {
                Table table = range.getTable(paragraph);
                i += Math.max(0, table.numParagraphs() - 1);
                lines.add(table(table, number, fields));
                continue;
            }
            String text = clean(fields.visible(paragraph.text()));
            String marker = paragraph.isInList() ? marker(paragraph, counters, started) : "";
            if (!text.isBlank()) {
                text = marker + text;
            }
            Integer level = headingLevel(document, paragraph);
            if (level != null) {
                lines.add(new SourceLine(text.replace("\n", ""), number, text.isBlank() ? null : level, null));
                continue;
            }
            for (String part : text.split("\n", -1)) {
                lines.add(new SourceLine(part, number));
            }
        }
        return lines;
    }

    /**
     * A .doc table on its column grid: a .doc row gives each cell's left edge and width, so the grid
     * columns are the distinct cell edges of the whole table (edges closer than {@link #EDGE_TOLERANCE}
     * are one), and a cell as wide as several columns spans them. Vertically merged cells and the
     * old horizontal merge flags join the cell they continue.
     */
    private static SourceLine table(Table table, int number, FieldText fields) {
        List<Integer> edges = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> grid = gridEdges(edges);
        TableGrid cells = new TableGrid();
        List<Integer> widths = new ArrayList<>();
        for (int i = 1; i < grid.size(); i++) {
            widths.add(grid.get(i) - grid.get(i - 1));
        }
        cells.columnWidths(widths);
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            cells.newRow();
            int next = 0;
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                String text = clean(fields.visible(cell.text())).replace('\n', ' ').strip();
                int column = Math.max(next, column(grid, cell.getLeftEdge()));
                int columns = Math.max(1, column(grid, cell.getLeftEdge() + cell.getWidth()) - column);
                if (cell.isMerged() && !cell.isFirstMerged() && c > 0) {
                    cells.widenLast(text, column + columns);
                } else {
                    cells.cell(text, column, columns, cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged());
                }
                next = column + columns;
            }
        }
        return cells.line(number);
    }

    /** Two cell edges closer than this (in twips, about 0.5 mm) are one grid line. */
    private static final int EDGE_TOLERANCE = 30;

    private static List<Integer> gridEdges(List<Integer> edges) {
        List<Integer> sorted = edges.stream().sorted().distinct().toList();
        List<Integer> grid = new ArrayList<>();
        for (int edge : sorted) {
            if (grid.isEmpty() || edge - grid.get(grid.size() - 1) > EDGE_TOLERANCE) {
                grid.add(edge);
            }
        }
        return grid;
    }

    /** The index of the grid line nearest to {@code edge} ({@code grid} is sorted). */
    private static int column(List<Integer> grid, int edge) {
        int at = java.util.Collections.binarySearch(grid, edge);
        if (at >= 0) {
            return at;
        }
        int after = -at - 1;
        if (after == 0) {
            return 0;
        }
        if (after == grid.size()) {
            return grid.size() - 1;
        }
        return edge - grid.get(after - 1) <= grid.get(after) - edge ? after - 1 : after;
    }

    /** Visible paragraph text without cell and paragraph marks and object anchors. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u000B') {
                out.append('\n'); // manual line break
            } else if (c == '\t' || c >= 0x20) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Integer headingLevel(HWPFDocument document, Paragraph paragraph) {
        StyleDescription style = document.getStyleSheet().getStyleDescription(paragraph.getStyleIndex());
        String name = style == null || style.getName() == null ? "" : style.getName().strip();
        if (name.equalsIgnoreCase("title") || name.equals("标题")) {
            return 0;
        }
        Matcher heading = HEADING.matcher(name);
        if (heading.matches()) {
            return Integer.parseInt(heading.group(2));
        }
        int outline = paragraph.getLvl();
        return outline >= 0 && outline < 9 ? outline + 1 : null;
    }

    /** The list number Word shows; a level restarts the levels below it. */
    private static String marker(Paragraph paragraph, Map<Integer, int[]> counters, Set<String> started) {
        HWPFList list;
        try {
            list = paragraph.getList();
        } catch (RuntimeException e) {
            return ""; // a list reference POI cannot resolve: the text without its number
        }
        int level = paragraph.getIlvl();
        if (list == null || level < 0 || level > 8) {
            return "";
        }
        // as in .docx, the count belongs to the list definition (lsid), shared by its instances (ilfo);
        // an instance that overrides the start restarts it where it first appears at that level
        int[] count = counters.computeIfAbsent(list.getLsid(), k -> new int[9]);
        if (started.add(paragraph.getIlfo() + "/" + level) && list.isStartAtOverridden((char) level)) {
            count[level] = list.getStartAt((char) level);
        } else {
            count[level] = count[level] == 0 ? Math.max(1, list.getStartAt((char) level)) : count[level] + 1;
        }
        for (int deeper = level + 1; deeper < 9; deeper++) {
            count[deeper] = 0;
        }
        String template = list.getNumberText((char) level);
        String format = format(list.getNumberFormat((char) level));
        if (template == null || format.equals("bullet")) {
            return "";
        }
        StringBuilder marker = new StringBuilder();
        for (char c : template.toCharArray()) {
            if (c < 9) {
                int shown = count[c] == 0 ? Math.max(1, list.getStartAt(c)) : count[c];
                marker.append(WordNumbering.format(shown, format(list.getNumberFormat(c))));
            } else {
                marker.append(c);
            }
        }
        byte follow = list.getTypeOfCharFollowingTheNumber((char) level);
        return WordNumbering.separated(marker.toString(), follow == 0 ? "tab" : follow == 1 ? "space" : "nothing");
    }

    private static String format(int nfc) {
        return nfc >= 0 && nfc < FORMATS.length ? FORMATS[nfc] : nfc == 255 ? "none" : "decimal";
    }
}
