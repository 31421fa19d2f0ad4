package org.wenshu.render.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.render.template.CellGrid;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.wenshu.render.layout.HeadingPages;
import org.wenshu.render.template.XhtmlRoles;

/**
 * Walks the template's XHTML and writes one Word paragraph per block, in the style of its role.
 * {@code strong}/{@code b} become bold runs; a {@code div.toc} becomes a TOC field whose cached
 * result already lists the entries with the page numbers of the PDF layout.
 */
final class DocxBodyWriter {
    private final XhtmlRoles roles = new XhtmlRoles();
    private final HeadingPages headingPages;
    private final int tocLevels;
    /** One grid character in twips, for distances given in characters. */
    private final double charPitchTwips;
    private final DocxPageWriter pages;
    private final RunFonts runFonts;
    private final long spaceBeforeHeadingTwips;
    private boolean breakBeforeNext;
    /** The block just written was a table. */
    private boolean afterTable;
    /** The next block is the first of a section that already starts on a new page. */
    private boolean sectionStart;
    private boolean mainStarted;
    private WordParagraph numberedEnd;

    DocxBodyWriter(HeadingPages headingPages, int tocLevels, double charPitchPt, DocxPageWriter pages, RunFonts runFonts) {
        this.runFonts = runFonts;
        this.spaceBeforeHeadingTwips = runFonts.spaceBeforeHeadingTwips();
        this.headingPages = headingPages;
        this.tocLevels = tocLevels;
        this.charPitchTwips = charPitchPt * 20;
        this.pages = pages;
    }

    /**
     * The last paragraph of the numbered pages when unnumbered pages follow them (the empty page
     * and the 版记 page of an official document), or null.
     */
    WordParagraph numberedEnd() {
        return numberedEnd;
    }

    /** Whether a {@code div.main} ended unnumbered front matter: the last section then numbers from 1. */
    boolean startedMain() {
        return mainStarted;
    }

    void write(Element body, WordPackage document) {
        for (Node child = body.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                block(element, document);
            }
        }
    }

    private void block(Element element, WordPackage document) {
        String classes = " " + element.getAttribute("class") + " ";
        if ("div".equals(element.getLocalName()) && classes.contains(" toc ")) {
            tableOfContents(element, document);
            breakBeforeNext = true;
            return;
        }
        if ("table".equals(element.getLocalName())) {
            table(element, document);
            afterTable = true;
            return;
        }
        boolean followsTable = afterTable;
        afterTable = false;
        if ("div".equals(element.getLocalName()) && classes.contains(" page-foot ")) {
            pageFoot(element, document);
            return;
        }
        if ("div".equals(element.getLocalName())) {
            if (classes.contains(" main ") && !document.body().isEmpty()) {
                endFrontSection(document);
            } else if (classes.contains(" part ") && !sectionStart && !document.body().isEmpty()) {
                breakBeforeNext = true; // each part of a report starts on a new page
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element inner) {
                    block(inner, document);
                }
            }
            if (classes.contains(" cover ")) {
                breakBeforeNext = true;
            }
            return;
        }
        String role = roles.roleOf(element);
        if (role == null) {
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element inner) {
                    block(inner, document);
                }
            }
            return;
        }
        WordParagraph paragraph = newParagraph(document, WordStyle.idForRole(role));
        if (followsTable && roles.headingLevel(element) > 0 && spaceBeforeHeadingTwips > 0) {
            paragraph.spacingBefore(spaceBeforeHeadingTwips); // as the PDF sets a heading after a table apart
        }
        String rightChars = element.getAttribute("data-right-chars");
        if (!rightChars.isEmpty()) {
            // a distance from the right margin in characters (落款, 成文日期), as the PDF pads it
            double chars = Double.parseDouble(rightChars);
            paragraph.indentRight(Math.round(chars * 100), Math.round(chars * charPitchTwips));
        }
        String leftChars = element.getAttribute("data-left-chars");
        if (!leftChars.isEmpty()) {
            // a distance from the left margin in characters (the levels of an outline), as the PDF pads it
            double chars = Double.parseDouble(leftChars);
            paragraph.indentLeft(Math.round(chars * 100), Math.round(chars * charPitchTwips));
        }
        if (roles.startsPage(element) && document.body().size() > 1) {
            paragraph.pageBreakBefore(true); // e.g. an attachment starts a new page, as in the PDF
        }
        int outline = roles.outlineLevel(element);
        if (outline > 0 && outline != roles.headingLevel(element)) {
            // a report's part titles and their headings nest one level deeper, as in the PDF bookmarks
            paragraph.outlineLevel(outline - 1);
        }
        inline(element, paragraph, false, role);
        trimEnds(paragraph);
        exactLayout(element, paragraph, role);
    }

    /**
     * Distances a template gives in points where GB/T 9704 fixes a position (an official document's
     * 版头), as the PDF sets them from the same numbers: {@code data-space-before-pt} (space above),
     * {@code data-line-pt} (exact line height), {@code data-font-pt} (font size of every run, with
     * the character spacing that keeps it on the grid) and {@code data-rule-gap-pt} (the distance
     * of the rule below the paragraph from its text).
     */
    private void exactLayout(Element element, WordParagraph paragraph, String role) {
        String before = element.getAttribute("data-space-before-pt");
        if (!before.isEmpty()) {
            paragraph.spacingBefore(Math.round(Double.parseDouble(before) * 20));
        }
        String line = element.getAttribute("data-line-pt");
        if (!line.isEmpty()) {
            paragraph.exactLine(Double.parseDouble(line));
        }
        String font = element.getAttribute("data-font-pt");
        if (!font.isEmpty()) {
            double size = Double.parseDouble(font);
            for (WordRun run : paragraph.runs()) {
                run.fontSize(size);
                run.characterSpacing(0);
            }
        }
        String gap = element.getAttribute("data-rule-gap-pt");
        org.wenshu.render.theme.Theme.RoleStyle style = runFonts.theme().role(role);
        if (!gap.isEmpty() && style.ruleBelow() > 0) {
            // Word counts the space in whole points, at most 31
            paragraph.bottomRule(new WordParagraph.BottomRule(Math.max(2, Math.round(style.ruleBelow() * 8)),
                    style.ruleColor().isEmpty() ? "000000" : style.ruleColor(),
                    Math.min(31, Math.max(0, Math.round(Double.parseDouble(gap))))));
        }
    }

    /**
     * A block that sits at the foot of the page it ends on (报/送/发, 版记): its paragraphs go in a
     * frame as wide as the text block, anchored to the bottom margin, as the PDF pushes it down.
     */
    private void pageFoot(Element element, WordPackage document) {
        if (headingPages != null && headingPages.blankPageBefore("page-foot")) {
            // the PDF put an empty page here so that the block ends on an even page; the empty page
            // and the block's page are a section of their own without page numbers (GB/T 9704)
            List<WordParagraph> paragraphs = document.paragraphs();
            numberedEnd = paragraphs.isEmpty() ? document.addParagraph() : paragraphs.get(paragraphs.size() - 1);
            blankPage(document);
        }
        if (headingPages != null && headingPages.blankPageBefore("page-foot-new-page")) {
            // a page of its own, as in the PDF: an empty paragraph starts it and the frame stands on
            // it (a page break in the frame's own paragraph would undo the frame in LibreOffice)
            WordParagraph start = document.addParagraph().style(WordStyle.idForRole("body"));
            start.pageBreakBefore(true);
            breakBeforeNext = false;
        }
        int before = document.paragraphs().size();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                block(inner, document);
            }
        }
        List<WordParagraph> paragraphs = document.paragraphs();
        List<WordParagraph> block = new ArrayList<>(paragraphs.subList(before, paragraphs.size()));
        // One frame a paragraph: LibreOffice joins paragraphs into one frame only when their
        // properties are identical, and the lines of a 版记 differ in their rules. A lone paragraph
        // is aligned to the bottom of the margin; several are stacked up from it, each at the
        // height its lines take.
        long y = pages.textHeightTwips();
        for (int i = block.size() - 1; i >= 0; i--) {
            WordParagraph paragraph = block.get(i);
            if (block.size() == 1) {
                paragraph.frame(new WordParagraph.Frame(pages.textWidthTwips(), null));
            } else {
                y -= heightTwips(paragraph);
                paragraph.frame(new WordParagraph.Frame(pages.textWidthTwips(), Math.max(0, y)));
            }
            if (i > 0) {
                // LibreOffice drops the frame of a paragraph followed by a framed paragraph that is not
                // alike: a one-point empty paragraph between them keeps the two frames apart
                WordParagraph gap = document.insertBefore(paragraph).style(WordStyle.idForRole("body"));
                gap.exactLine(1);
            }
        }
    }

    /**
     * The height a paragraph of a foot block takes in Word: its lines (judged by its text's width
     * on the character grid at its role's size) at the grid pitch, and its rules with their space.
     */
    private long heightTwips(WordParagraph paragraph) {
        org.wenshu.render.theme.Theme theme = runFonts.theme();
        String role = roleOfStyle(paragraph.style());
        org.wenshu.render.theme.Theme.RoleStyle style = theme.role(role);
        double cell = theme.page().charPitchPt() * style.size() / theme.role("body").size();
        double width = paragraph.plainText().codePoints().mapToDouble(cp -> cp >= 0x2E80 ? 1 : 0.5).sum() * cell;
        double room = theme.page().textWidth() * 72 / 25.4 - (style.indentChars() + 1) * cell;
        int lines = Math.max(1, (int) Math.ceil(width / room));
        double rules = (style.ruleAbove() > 0 ? style.ruleAbove() + 1 : 0) + (style.ruleBelow() > 0 ? style.ruleBelow() + 1 : 0);
        return Math.round((lines * org.wenshu.render.theme.ThemeCss.linePitch(theme) + rules) * 20);
    }

    private static String roleOfStyle(String styleId) {
        for (WordStyle style : WordStyle.ALL) {
            if (style.id().equals(styleId)) {
                return style.role();
            }
        }
        return "body";
    }

    /** An empty paragraph at the top of a new page, which stays otherwise empty. */
    private void blankPage(WordPackage document) {
        WordParagraph blank = document.addParagraph().style(WordStyle.idForRole("body"));
        blank.pageBreakBefore(true);
        breakBeforeNext = false;
    }

    /**
     * Ends the unnumbered front matter (cover, table of contents) with a section break, after an
     * empty page when the PDF layout needed one to start page 1 on a right-hand page.
     */
    private void endFrontSection(WordPackage document) {
        WordParagraph last;
        if (headingPages != null && headingPages.blankPageBefore("main")) {
            // an empty paragraph on a page of its own, then the section break in a paragraph of
            // its own (LibreOffice drops an empty paragraph that holds a section break, with its
            // page break; a page-break run at a paragraph's end merges with the next page break)
            blankPage(document);
            last = document.addParagraph();
        } else {
            List<WordParagraph> paragraphs = document.paragraphs();
            last = paragraphs.isEmpty() ? document.addParagraph() : paragraphs.get(paragraphs.size() - 1);
        }
        last.section(pages.geometry());
        breakBeforeNext = false;
        sectionStart = true;
        mainStarted = true;
    }

    /**
     * A table of the source: ruled cells holding body text without the first-line indent. Cells
     * with {@code colspan}/{@code rowspan} become Word's {@code gridSpan} and {@code vMerge} (see
     * {@link CellGrid}); rows shorter than the grid are filled with empty cells.
     */
    private void table(Element element, WordPackage document) {
        List<List<Element>> rows = new ArrayList<>();
        List<List<int[]>> spans = new ArrayList<>();
        for (Element row : children(element, "tr")) {
            List<Element> cells = CellGrid.cells(row);
            rows.add(cells);
            spans.add(cells.stream().map(c -> new int[] {span(c, "rowspan"), span(c, "colspan")}).toList());
        }
        CellGrid grid = CellGrid.of(spans);
        if (rows.isEmpty() || grid.width() == 0) {
            return;
        }
        if (breakBeforeNext) {
            newParagraph(document, WordStyle.idForRole("body"));
        }
        sectionStart = false;
        int columns = grid.width();
        long[] widths = columnTwips(element, columns, pages.textWidthTwips());
        CellType type = CellType.of(element.getAttribute("style"));
        WordTable table = new WordTable(widths, CELL_PADDING_TWIPS);
        document.body().add(table);
        for (int r = 0; r < rows.size(); r++) {
            table.newRow(); // each row as the PDF's: a row that fits on a page stays on one
            List<CellGrid.Slot> slots = grid.row(r);
            int next = 0;
            for (int s = 0; s < slots.size(); s++) {
                CellGrid.Placed placed = slots.get(s).cell();
                int start = Math.max(placed.column(), next);
                int end = placed.column() + placed.columns();
                if (s + 1 < slots.size()) {
                    end = Math.min(end, slots.get(s + 1).cell().column());
                }
                end = Math.max(end, start + 1);
                for (; next < start; next++) {
                    table.add(new WordTable.Cell(width(widths, next, next + 1), 1, null, cellParagraph(type)));
                }
                WordParagraph paragraph = cellParagraph(type);
                String merge = null;
                if (slots.get(s).continued()) {
                    merge = "continue";
                } else {
                    if (placed.rows() > 1) {
                        merge = "restart";
                    }
                    content(rows.get(r).get(placed.index()), paragraph);
                    type.set(paragraph, runFonts.theme());
                }
                table.add(new WordTable.Cell(width(widths, start, end), end - start, merge, paragraph));
                next = end;
            }
            for (; next < columns; next++) {
                table.add(new WordTable.Cell(width(widths, next, next + 1), 1, null, cellParagraph(type)));
            }
        }
    }

    /** The PDF's cell padding (ThemeCss: 3pt each side) as Word's left and right cell margins. */
    private static final int CELL_PADDING_TWIPS = 60;
    /** A run of XHTML whitespace, which a block's text shows as one space. */
    private static final Pattern XHTML_SPACE = Pattern.compile("[ \\t\\r\\n]+");
    private static final Pattern COL_WIDTH = Pattern.compile("(?:^|;)\\s*width\\s*:\\s*(\\d{1,3}(?:\\.\\d{1,6})?)%");

    /**
     * The widths of the table's grid columns in twips, summing to the text width: the percentages
     * of its {@code colgroup} (see {@link org.wenshu.render.template.TableColumns}) when it gives one
     * per column, else equal.
     */
    private static long[] columnTwips(Element table, int columns, long textWidth) {
        List<Double> percents = new ArrayList<>();
        for (Element group : children(table, "colgroup")) {
            for (Element col : children(group, "col")) {
                Matcher m = COL_WIDTH.matcher(col.getAttribute("style"));
                percents.add(m.find() ? Double.parseDouble(m.group(1)) : 0);
            }
        }
        double sum = percents.stream().mapToDouble(Double::doubleValue).sum();
        boolean given = percents.size() == columns && percents.stream().allMatch(p -> p > 0);
        long[] twips = new long[columns];
        long placed = 0;
        double before = 0;
        for (int c = 0; c < columns; c++) {
            before += given ? percents.get(c) / sum : 1.0 / columns;
            long edge = Math.round(before * textWidth); // rounded at the edges, so the widths sum to the text width
            twips[c] = Math.max(1, edge - placed);
            placed += twips[c];
        }
        return twips;
    }

    /** The width of grid columns {@code from}…{@code to} (exclusive), for a cell's {@code w:tcW}. */
    private static long width(long[] widths, int from, int to) {
        long width = 0;
        for (int c = from; c < Math.min(to, widths.length); c++) {
            width += widths[c];
        }
        return width;
    }

    /** The paragraph of a new cell: body text without the first-line indent, in the table's type. */
    private static WordParagraph cellParagraph(CellType type) {
        WordParagraph paragraph = new WordParagraph().style(WordStyle.idForRole("body"));
        paragraph.firstLine(0);
        type.line(paragraph);
        return paragraph;
    }

    private static final Pattern FONT_SIZE = Pattern.compile("(?:^|;)\\s*font-size\\s*:\\s*(\\d{1,3}(?:\\.\\d{1,3})?)pt");
    private static final Pattern LINE_HEIGHT = Pattern.compile("(?:^|;)\\s*line-height\\s*:\\s*(\\d{1,3}(?:\\.\\d{1,3})?)pt");

    /**
     * The type of a table set smaller than the body ({@link org.wenshu.render.template.TableColumns}
     * writes its size and line pitch in the table's style, as the PDF reads them): each cell's runs
     * in that size, condensed to the grid as the body's are, on lines of that pitch. Sizes 0 when the
     * table is in the body's type.
     */
    private record CellType(double size, double line) {
        static CellType of(String style) {
            Matcher size = FONT_SIZE.matcher(style);
            Matcher line = LINE_HEIGHT.matcher(style);
            return size.find() && line.find()
                    ? new CellType(Double.parseDouble(size.group(1)), Double.parseDouble(line.group(1))) : new CellType(0, 0);
        }

        void line(WordParagraph paragraph) {
            if (size > 0) {
                paragraph.offGrid();
                paragraph.exactLine(line);
            }
        }

        void set(WordParagraph paragraph, org.wenshu.render.theme.Theme theme) {
            if (size > 0) {
                for (WordRun run : paragraph.runs()) {
                    run.fontSize(size);
                    run.characterSpacing(-DocxStyleWriter.condenseTwips(theme, size));
                }
            }
        }
    }

    private void content(Element cell, WordParagraph paragraph) {
        String classes = " " + cell.getAttribute("class") + " ";
        boolean head = classes.contains(" head ");
        if (head) {
            paragraph.alignment("center");
        } else if (classes.contains(" num ")) {
            paragraph.alignment("right");
        } else {
            paragraph.alignment("left"); // as the PDF's cells, not justified
        }
        inline(cell, paragraph, head, "body");
        trimEnds(paragraph);
    }


    /** A cell's rowspan or colspan attribute: 1 when missing or unreadable, at most Word's column count. */
    private static int span(Element cell, String attribute) {
        String value = cell.getAttribute(attribute).strip();
        if (!value.matches("\\d{1,4}")) {
            return 1;
        }
        return Math.max(1, Math.min(Integer.parseInt(value), 1000));
    }

    /** The child elements of {@code parent} named {@code name}, looking through tbody/thead. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                String local = element.getLocalName();
                if (name.equals(local)) {
                    found.add(element);
                } else if ("tbody".equals(local) || "thead".equals(local) || "tfoot".equals(local)) {
                    found.addAll(children(element, name));
                }
            }
        }
        return found;
    }

    private WordParagraph newParagraph(WordPackage document, String styleId) {
        WordParagraph paragraph = document.addParagraph().style(styleId);
        sectionStart = false;
        if (breakBeforeNext) {
            paragraph.pageBreakBefore(true);
            breakBeforeNext = false;
        }
        return paragraph;
    }

    private void inline(Node node, WordParagraph paragraph, boolean bold, String role) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = XHTML_SPACE.matcher(child.getNodeValue()).replaceAll(" ");
                if (!text.isEmpty()) {
                    runFonts.append(paragraph, text, role, bold);
                }
            } else if (child instanceof Element element) {
                String name = element.getLocalName();
                boolean strong = "strong".equals(name) || "b".equals(name);
                if ("br".equals(name)) {
                    paragraph.add(WordRun.of(WordRun.Kind.BREAK));
                } else if ("span".equals(name) && (" " + element.getAttribute("class") + " ").contains(" right ")) {
                    // text set flush right on its line (the PDF floats it): a tab to the style's right tab stop
                    paragraph.add(WordRun.of(WordRun.Kind.TAB));
                    inline(element, paragraph, bold, role);
                } else {
                    inline(element, paragraph, bold || strong, role);
                }
            }
        }
    }

    /** XHTML whitespace around the text of a block is not part of it. */
    private static void trimEnds(WordParagraph paragraph) {
        List<WordRun> runs = paragraph.runs();
        if (runs.isEmpty()) {
            return;
        }
        WordRun first = runs.get(0);
        String firstText = first.text();
        if (firstText != null) {
            first.setText(firstText.stripLeading());
        }
        WordRun last = runs.get(runs.size() - 1);
        String lastText = last.text();
        if (lastText != null) {
            last.setText(lastText.stripTrailing());
        }
    }

    private void tableOfContents(Element toc, WordPackage document) {
        if (headingPages != null && headingPages.blankPageBefore("toc")) {
            // the PDF put an empty page here so that the contents start on a right-hand page
            blankPage(document);
            breakBeforeNext = true;
        }
        List<Element> entries = new ArrayList<>();
        for (Node child = toc.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                String role = roles.roleOf(element);
                if ("tocTitle".equals(role)) {
                    WordParagraph title = newParagraph(document, "TOCHeading");
                    inline(element, title, false, "tocTitle");
                    trimEnds(title);
                } else if (role != null && role.startsWith("toc")) {
                    entries.add(element);
                }
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            Element entry = entries.get(i);
            WordParagraph paragraph = newParagraph(document, WordStyle.idForRole(roles.roleOf(entry)));
            if (i == 0) {
                paragraph.add(WordRun.of(WordRun.Kind.FIELD_BEGIN));
                paragraph.add(WordRun.instruction(" TOC \\o \"1-" + levels(entries) + "\" \\h \\z \\u "));
                paragraph.add(WordRun.of(WordRun.Kind.FIELD_SEPARATE));
            }
            hang(entry, paragraph);
            entryText(entry, paragraph);
            paragraph.add(WordRun.of(WordRun.Kind.TAB));
            paragraph.add(WordRun.text(pageOf(entry)));
            if (i == entries.size() - 1) {
                paragraph.add(WordRun.of(WordRun.Kind.FIELD_END));
            }
        }
    }

    /**
     * A contents entry that wraps hangs under its text (TocLines: {@code data-left-chars} where the
     * text starts, {@code data-hang-chars} how far the number stands out), in characters with their
     * twips beside them. The paragraph sets its own first-line or hanging characters, as a style's
     * {@code firstLineChars} would otherwise win over the paragraph's left and hanging indent; the
     * right indent keeps the text short of the page-number column, as the style does.
     */
    private void hang(Element entry, WordParagraph paragraph) {
        String leftChars = entry.getAttribute("data-left-chars");
        if (!leftChars.matches("\\d{1,3}(\\.\\d{1,4})?")) {
            return;
        }
        String hangAttribute = entry.getAttribute("data-hang-chars");
        double left = Double.parseDouble(leftChars);
        double hang = hangAttribute.matches("\\d{1,3}(\\.\\d{1,4})?") ? Math.min(left, Double.parseDouble(hangAttribute)) : 0;
        org.wenshu.render.theme.Theme theme = runFonts.theme();
        org.wenshu.render.theme.Theme.RoleStyle style = theme.role(roles.roleOf(entry));
        double pitchTwips = charPitchTwips * style.size() / theme.role("body").size();
        paragraph.indentLeft(Math.round(left * 100), Math.round(left * pitchTwips));
        paragraph.indentRight(Math.round(org.wenshu.render.theme.ThemeCss.TOC_NUMBER_COLUMN_CHARS
                * theme.role("toc1").size() * 20));
        if (hang > 0) {
            paragraph.hanging(Math.round(hang * 100), Math.round(hang * pitchTwips));
        } else {
            paragraph.firstLine(0, 0);
        }
    }

    /** The entry's text as runs, its {@code br}s (TocLines' balanced breaks) as line breaks. */
    private static void entryText(Element entry, WordParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        entryText(entry, paragraph, text);
        line(paragraph, text);
    }

    private static void entryText(Node node, WordParagraph paragraph, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element element && "br".equals(element.getLocalName())) {
                line(paragraph, text);
                paragraph.add(WordRun.of(WordRun.Kind.BREAK));
            } else {
                entryText(child, paragraph, text);
            }
        }
    }

    /** One line of an entry as a run, XHTML whitespace collapsed and trimmed. */
    private static void line(WordParagraph paragraph, StringBuilder text) {
        String line = text.toString().replaceAll("[ \\t\\r\\n]+", " ").strip();
        if (!line.isEmpty()) {
            paragraph.add(WordRun.text(line));
        }
        text.setLength(0);
    }

    /** The deepest level the entries list ({@code p.toc-N}), so that updating the field lists the same levels. */
    private int levels(List<Element> entries) {
        int deepest = 1;
        for (Element entry : entries) {
            for (String name : entry.getAttribute("class").split("\\s+")) {
                if (name.matches("toc-[1-9]")) {
                    deepest = Math.max(deepest, name.charAt(4) - '0');
                }
            }
        }
        return entries.isEmpty() ? tocLevels : deepest;
    }

    private String pageOf(Element entry) {
        Element link = firstLink(entry);
        if (link == null || headingPages == null) {
            return "";
        }
        String href = link.getAttribute("href");
        OptionalInt page = headingPages.pageOf(href.startsWith("#") ? href.substring(1) : href);
        return page.isPresent() ? Integer.toString(page.getAsInt()) : "";
    }

    private static Element firstLink(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                if ("a".equals(inner.getLocalName())) {
                    return inner;
                }
                Element nested = firstLink(inner);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
