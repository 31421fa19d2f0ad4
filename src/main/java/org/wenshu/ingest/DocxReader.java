package org.wenshu.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;
import org.wenshu.model.LimitExceededException;
import org.wenshu.model.WenshuException;

/**
 * A Word .docx (Apache POI XWPF): the body's paragraphs and tables in reading order. Heading and
 * Title styles and outline levels set {@link SourceLine#headingLevel()}; automatic numbering becomes
 * the literal marker Word shows ("一、", "（一）", "1."); tables stay tables; text boxes, footnotes,
 * headers, footers, comments, deleted text, hidden text and the table of contents are left out.
 *
 * <p>Line numbers: the ordinal (1-based) of each body paragraph or table in reading order, empty
 * paragraphs included, so a .docx saved from a .txt keeps the .txt's line numbers. A table counts
 * as one; a paragraph with manual line breaks gives several lines with the same number.
 */
public final class DocxReader implements SourceReader {
    /** POI refuses zip entries that inflate more than 1 / ratio times: a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.005;
    /** No part of an office document inflates beyond this. */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    /**
     * Parts up to this size are not held to the ratio: plain, repetitive documents (thousands of
     * empty paragraphs) compress better than 200:1 and are no danger at this size.
     */
    static final long RATIO_GRACE_BYTES = 32L * 1024 * 1024;
    /** Real documents nest tables a few levels; far deeper is a hostile file (and costs depth × size to read). */
    static final int MAX_TABLE_NESTING = 64;
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /**
     * Sets POI's zip-bomb limits (process-wide in POI) before a .docx is opened: when one is read,
     * not when the reader is made, so a run that reads no Word file never sets POI (and its
     * logging) up.
     */
    private static void limitZipEntries() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setGraceEntrySize(RATIO_GRACE_BYTES);
    }

    @Override
    public boolean accepts(Path path, byte[] head) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean zip = OfficeMagic.isZip(head);
        boolean wordName = name.endsWith(".docx") || name.endsWith(".docm") || name.endsWith(".dotx");
        return wordName && !OfficeMagic.isOle2(head) || zip && (name.endsWith(".doc") || name.endsWith(".wps"));
    }

    @Override
    public SourceText read(Path path, byte[] content) {
        if (!OfficeMagic.isZip(content)) {
            throw new WenshuException(path + "：不是有效的 Word 文档（文件损坏或格式不对），请用 Word 或 WPS 打开后另存为 .docx")
                    .translatable(path, "notDocx");
        }
        limitZipEntries();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            WordStyles styles = new WordStyles(document.getStyles());
            Node bodyNode = document.getDocument().getBody().getDomNode();
            if (tableNesting(bodyNode) > MAX_TABLE_NESTING) {
                throw new LimitExceededException("table-nesting", path + "：表格嵌套超过 " + MAX_TABLE_NESTING + " 层，超出处理上限，已拒绝读取")
                        .translatable(path, "tableNesting", MAX_TABLE_NESTING);
            }
            Body body = new Body(styles, new WordNumbering(document.getNumbering(), styles));
            body.walk(bodyNode);
            if (body.textBoxes > 0 && body.lines.stream().allMatch(line -> line.text().isBlank())) {
                throw new WenshuException(path + "：正文都在文本框里，wenshu 不读文本框；请把文字移出文本框后再试")
                        .translatable(path, "allInTextBoxes");
            }
            return new SourceText(path, LoneTopHeading.asTitle(body.lines), body.diagnostics());
        } catch (IOException | RuntimeException e) {
            throw OfficeMagic.unreadable(path, "Word 文档", e);
        }
    }

    /** How deep tables nest under {@code root}, found without recursion (the nesting may be hostile). */
    private static int tableNesting(Node root) {
        int deepest = 0;
        int depth = 0;
        Node n = root.getFirstChild();
        while (n != null) {
            boolean table = WordXml.isW(n, "tbl");
            if (table) {
                deepest = Math.max(deepest, ++depth);
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            if (table) {
                depth--;
            }
            while (n != root && n.getNextSibling() == null) {
                n = n.getParentNode();
                if (n != root && WordXml.isW(n, "tbl")) {
                    depth--;
                }
            }
            n = n == root ? null : n.getNextSibling();
        }
        return deepest;
    }

    /** Walks the body's paragraphs, tables and content controls in document order. */
    private static final class Body {
        private final WordStyles styles;
        private final WordNumbering numbering;
        private final List<SourceLine> lines = new ArrayList<>();
        private int ordinal;
        private int tocLines;
        private int tocFirst;
        private int textBoxes;
        private int textBoxFirst;

        Body(WordStyles styles, WordNumbering numbering) {
            this.styles = styles;
            this.numbering = numbering;
        }

        List<Diagnostic> diagnostics() {
            List<Diagnostic> diagnostics = new ArrayList<>();
            if (tocLines > 0) {
                diagnostics.add(Diagnostic.info("furniture-removed", tocFirst, "tocRemoved", tocLines));
            }
            if (textBoxes > 0) {
                diagnostics.add(Diagnostic.info("text-box-skipped", textBoxFirst,
                        "textBoxSkipped", textBoxes));
            }
            return diagnostics;
        }

        void walk(Node container) {
            for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (WordXml.isW(n, "p")) {
                    paragraph((Element) n);
                } else if (WordXml.isW(n, "tbl")) {
                    table((Element) n);
                } else if (WordXml.isW(n, "sdt")) {
                    contentControl((Element) n);
                } else if (WordXml.isW(n, "customXml") || WordXml.isW(n, "ins") || WordXml.isW(n, "smartTag")) {
                    walk(n);
                }
            }
        }

        private void contentControl(Element sdt) {
            Element properties = WordXml.child(sdt, "sdtPr");
            Element gallery = WordXml.child(WordXml.child(properties, "docPartObj"), "docPartGallery");
            Element content = WordXml.child(sdt, "sdtContent");
            if (content == null) {
                return;
            }
            if (gallery != null && "Table of Contents".equals(WordXml.val(gallery))) {
                int before = ordinal;
                for (Element p : descendants(content, "p")) {
                    if (!text(p).isBlank()) {
                        tocLines++;
                    }
                    ordinal++;
                }
                if (tocFirst == 0 && ordinal > before) {
                    tocFirst = before + 1;
                }
                return;
            }
            walk(content);
        }

        private void paragraph(Element p) {
            int number = ++ordinal;
            Element pPr = WordXml.child(p, "pPr");
            String styleId = WordXml.childVal(pPr, "pStyle");
            String text = text(p);
            if (styles.isTableOfContents(styleId)) {
                if (!text.isBlank()) {
                    tocLines++;
                    tocFirst = tocFirst == 0 ? number : tocFirst;
                }
                return;
            }
            String marker = marker(pPr, styleId);
            Integer level = headingLevel(pPr, styleId);
            if (!text.isBlank()) {
                text = marker + text;
            }
            if (level != null) {
                lines.add(new SourceLine(text.replace("\n", ""), number, text.isBlank() ? null : level, null));
                return;
            }
            for (String part : text.split("\n", -1)) {
                lines.add(new SourceLine(part, number));
            }
        }

        private String marker(Element pPr, String styleId) {
            Element numPr = WordXml.child(pPr, "numPr");
            WordStyles.NumberingRef fromStyle = styles.numbering(styleId);
            String numId = numPr != null ? WordXml.childVal(numPr, "numId") : null;
            Integer ilvl = numPr != null ? WordXml.intVal(numPr, "ilvl") : null;
            if (numId == null && fromStyle != null) {
                numId = fromStyle.numId();
            }
            if (ilvl == null) {
                ilvl = fromStyle != null ? fromStyle.level() : 0;
            }
            return numId == null ? "" : numbering.next(numId, ilvl);
        }

        private Integer headingLevel(Element pPr, String styleId) {
            Integer outline = WordXml.intVal(pPr, "outlineLvl");
            if (outline != null) {
                return outline >= 0 && outline < 9 ? outline + 1 : null;
            }
            return styles.headingLevel(styleId);
        }

        private void table(Element tbl) {
            TableGrid grid = new TableGrid();
            List<Element> cells = new ArrayList<>();
            java.util.Map<Integer, Double> cellWidths = new java.util.HashMap<>(); // grid column -> a one-column cell's tcW
            for (Element tr : WordXml.children(tbl, "tr")) {
                grid.newRow();
                Integer before = WordXml.intVal(WordXml.child(tr, "trPr"), "gridBefore");
                int column = before == null ? 0 : Math.max(0, before);
                for (Element tc : cellsOf(tr)) {
                    cells.add(tc);
                    List<String> texts = new ArrayList<>();
                    for (Element p : descendants(tc, "p")) {
                        String text = text(p).replace('\n', ' ').strip();
                        if (!text.isEmpty()) {
                            texts.add(text);
                        }
                    }
                    Element tcPr = WordXml.child(tc, "tcPr");
                    Integer span = WordXml.intVal(tcPr, "gridSpan");
                    int columns = span == null ? 1 : Math.max(1, Math.min(span, 64));
                    Element vMerge = WordXml.child(tcPr, "vMerge");
                    String merge = vMerge == null ? null : WordXml.attr(vMerge, "val");
                    boolean continues = vMerge != null && (merge == null || merge.equals("continue"));
                    grid.cell(String.join(" ", texts), column, columns, continues);
                    Double width = columns == 1 ? twips(WordXml.child(tcPr, "tcW")) : null;
                    if (width != null) {
                        cellWidths.putIfAbsent(column, width);
                    }
                    column += columns;
                }
            }
            if (cells.size() == 1) {
                walk(cells.get(0)); // a one-cell table is a frame drawn around ordinary paragraphs
                return;
            }
            grid.columnWidths(columnWidths(tbl, cellWidths));
            int number = ++ordinal;
            if (!grid.anyText()) {
                lines.add(new SourceLine("", number));
                return;
            }
            lines.add(grid.line(number));
        }

        /**
         * The widths of the table's grid columns: its {@code w:tblGrid}, else the {@code w:tcW} of
         * one-column cells when they give every column; null when neither does.
         */
        private static List<Double> columnWidths(Element tbl, java.util.Map<Integer, Double> cellWidths) {
            List<Double> widths = new ArrayList<>();
            for (Element gridCol : WordXml.children(WordXml.child(tbl, "tblGrid"), "gridCol")) {
                Double width = number(WordXml.attr(gridCol, "w"));
                widths.add(width == null ? 0 : width);
            }
            if (!widths.isEmpty() && widths.stream().allMatch(w -> w > 0)) {
                return widths;
            }
            widths.clear();
            for (int column = 0; cellWidths.containsKey(column); column++) {
                widths.add(cellWidths.get(column));
            }
            return widths.isEmpty() || widths.size() != cellWidths.size() ? null : widths;
        }

        /** A {@code w:tcW} in twips ({@code type="dxa"}, or no type with a number); null otherwise. */
        private static Double twips(Element tcW) {
            String type = WordXml.attr(tcW, "type");
            if (tcW == null || (type != null && !type.equals("dxa"))) {
                return null;
            }
            Double width = number(WordXml.attr(tcW, "w"));
            return width == null || width <= 0 ? null : width;
        }

        private static Double number(String value) {
            if (value == null || !value.strip().matches("\\d{1,7}(\\.\\d{1,4})?")) {
                return null;
            }
            return Double.parseDouble(value.strip());
        }

        private static List<Element> cellsOf(Element tr) {
            List<Element> cells = new ArrayList<>();
            for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (WordXml.isW(n, "tc")) {
                    cells.add((Element) n);
                } else if (WordXml.isW(n, "sdt") || WordXml.isW(n, "customXml")) {
                    Element content = WordXml.isW(n, "sdt") ? WordXml.child(n, "sdtContent") : (Element) n;
                    if (content != null) {
                        cells.addAll(WordXml.children(content, "tc"));
                    }
                }
            }
            return cells;
        }

        /** The text a reader sees in a paragraph: runs, fields' results, tabs and line breaks. */
        private String text(Element p) {
            StringBuilder out = new StringBuilder();
            appendText(p, out);
            return out.toString();
        }

        private void appendText(Node node, StringBuilder out) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() != Node.ELEMENT_NODE) {
                    continue;
                }
                if (MC.equals(n.getNamespaceURI()) && "AlternateContent".equals(n.getLocalName())
                        || WordXml.isW(n, "pict") || WordXml.isW(n, "drawing") || WordXml.isW(n, "object")) {
                    if (!descendants((Element) n, "txbxContent").isEmpty()) {
                        textBoxes++;
                        textBoxFirst = textBoxFirst == 0 ? ordinal : textBoxFirst;
                    }
                    continue;
                }
                if (!WordXml.W.equals(n.getNamespaceURI())) {
                    continue;
                }
                switch (n.getLocalName()) {
                    case "t" -> appendCharacters(n, out);
                    case "tab", "ptab" -> out.append('\t');
                    case "br" -> {
                        String type = WordXml.attr((Element) n, "type");
                        if (type == null || type.equals("textWrapping")) {
                            out.append('\n');
                        }
                    }
                    case "cr" -> out.append('\n');
                    case "noBreakHyphen" -> out.append('-');
                    case "pPr", "rPr", "rt", "txbxContent", "del", "moveFrom", "instrText", "delText",
                            "footnoteReference", "endnoteReference", "commentReference", "sdtPr", "sdtEndPr" -> {
                        // properties, phonetic guides, deleted text and references: nothing a reader sees
                    }
                    case "r" -> {
                        if (!WordXml.isOn(WordXml.child(n, "rPr"), "vanish")) {
                            appendText(n, out);
                        }
                    }
                    default -> appendText(n, out);
                }
            }
        }

        /** XMLBeans' DOM has no getTextContent: the character data children, concatenated. */
        private static void appendCharacters(Node t, StringBuilder out) {
            for (Node c = t.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                    out.append(c.getNodeValue());
                }
            }
        }

        private static List<Element> descendants(Element root, String name) {
            List<Element> out = new ArrayList<>();
            collect(root, name, out);
            return out;
        }

        private static void collect(Node node, String name, List<Element> out) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (WordXml.isW(n, name)) {
                    out.add((Element) n);
                } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                    collect(n, name, out);
                }
            }
        }
    }
}
