package org.wenshu.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/**
 * What a .docx paragraph style says about structure, following {@code w:basedOn}: the heading
 * level (Title → 0, Heading N or outline level N-1 → N), automatic numbering, table-of-contents.
 */
final class WordStyles {
    private static final Pattern HEADING = Pattern.compile("(?i)(heading|标题)\\s*([1-9])");
    private static final Pattern TOC = Pattern.compile("(?i)(toc|目录)\\s*[1-9]|toc heading|目录标题");
    private static final int MAX_CHAIN = 16;

    /** A numbering reference: {@code w:numId} and level. */
    record NumberingRef(String numId, int level) {}

    private final XWPFStyles styles;
    private final Map<String, Integer> levels = new HashMap<>();

    WordStyles(XWPFStyles styles) {
        this.styles = styles;
    }

    /** The heading level of a paragraph style, or null for body text. */
    Integer headingLevel(String styleId) {
        if (styleId == null || styles == null) {
            return null;
        }
        int level = levels.computeIfAbsent(styleId, this::resolveLevel);
        return level < 0 ? null : level;
    }

    private int resolveLevel(String styleId) {
        XWPFStyle style = styles.getStyle(styleId);
        for (int i = 0; style != null && i < MAX_CHAIN; i++) {
            String name = style.getName() == null ? "" : style.getName().strip();
            if (name.equalsIgnoreCase("title") || name.equals("标题")) {
                return 0;
            }
            Matcher heading = HEADING.matcher(name);
            if (heading.matches()) {
                return Integer.parseInt(heading.group(2));
            }
            Integer outline = WordXml.intVal(pPr(style), "outlineLvl");
            if (outline != null) {
                return outline >= 0 && outline < 9 ? outline + 1 : -1;
            }
            style = style.getBasisStyleID() == null ? null : styles.getStyle(style.getBasisStyleID());
        }
        return -1;
    }

    /** Whether the style is one of the table-of-contents styles Word fills in from the headings. */
    boolean isTableOfContents(String styleId) {
        if (styleId == null || styles == null) {
            return false;
        }
        XWPFStyle style = styles.getStyle(styleId);
        String name = style == null || style.getName() == null ? styleId : style.getName();
        return TOC.matcher(name.strip()).matches();
    }

    /** The numbering a paragraph style applies, or null. */
    NumberingRef numbering(String styleId) {
        if (styleId == null || styles == null) {
            return null;
        }
        XWPFStyle style = styles.getStyle(styleId);
        for (int i = 0; style != null && i < MAX_CHAIN; i++) {
            Element numPr = WordXml.child(pPr(style), "numPr");
            if (numPr != null) {
                String numId = WordXml.childVal(numPr, "numId");
                Integer level = WordXml.intVal(numPr, "ilvl");
                return numId == null ? null : new NumberingRef(numId, level == null ? 0 : level);
            }
            style = style.getBasisStyleID() == null ? null : styles.getStyle(style.getBasisStyleID());
        }
        return null;
    }

    private static Element pPr(XWPFStyle style) {
        return WordXml.child(style.getCTStyle().getDomNode(), "pPr");
    }
}
