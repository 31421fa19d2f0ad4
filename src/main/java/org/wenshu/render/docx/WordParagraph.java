package org.wenshu.render.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code w:p} with the paragraph properties wenshu sets, written in the element order of
 * CT_PPr: style, page break before, frame, bottom rule, spacing, indents, alignment, outline
 * level, and the properties of the section it ends.
 */
final class WordParagraph implements WordBlock {
    private String style;
    private boolean pageBreakBefore;
    private Frame frame;
    private BottomRule bottomRule;
    private Long spacingBefore;
    private Long exactLine;
    private boolean offGrid;
    private Long leftChars;
    private Long left;
    private Long rightChars;
    private Long right;
    private Long firstLineChars;
    private Long firstLine;
    private Long hangingChars;
    private Long hanging;
    private String alignment;
    private Integer outlineLevel;
    private WordSection section;
    private final List<WordRun> runs = new ArrayList<>();

    /** A frame anchored to the margins, as wide as {@code width}: at {@code y} twips down, or at the bottom when null. */
    record Frame(long width, Long y) { }

    /** A single rule below the paragraph: {@code size} in eighths of a point, {@code space} in points. */
    record BottomRule(long size, String color, long space) { }

    String style() {
        return style;
    }

    WordParagraph style(String id) {
        style = id;
        return this;
    }

    boolean pageBreakBefore() {
        return pageBreakBefore;
    }

    void pageBreakBefore(boolean value) {
        pageBreakBefore = value;
    }

    void frame(Frame value) {
        frame = value;
    }

    void bottomRule(BottomRule value) {
        bottomRule = value;
    }

    void spacingBefore(long twips) {
        spacingBefore = twips;
    }

    /**
     * Lines not snapped to the page's line grid: type smaller than the body's, whose exact line
     * height LibreOffice would otherwise round up to a whole grid line.
     */
    void offGrid() {
        offGrid = true;
    }

    /** An exact line height in points. */
    void exactLine(double points) {
        exactLine = Math.round(points * 20);
    }

    void indentLeft(long chars100, long twips) {
        leftChars = chars100;
        left = twips;
    }

    void indentRight(long chars100, long twips) {
        rightChars = chars100;
        right = twips;
    }

    void indentLeft(long twips) {
        left = twips;
    }

    void indentRight(long twips) {
        right = twips;
    }

    void firstLine(long twips) {
        firstLine = twips;
    }

    /** A first-line indent in hundredths of a character, with its twips (a style's firstLineChars would win over twips alone). */
    void firstLine(long chars100, long twips) {
        firstLineChars = chars100;
        firstLine = twips;
    }

    /** A hanging indent in hundredths of a character, with its twips. */
    void hanging(long chars100, long twips) {
        hangingChars = chars100;
        hanging = twips;
    }

    /** {@code left}, {@code center}, {@code right} or {@code both}. */
    void alignment(String value) {
        alignment = value;
    }

    void outlineLevel(int level) {
        outlineLevel = level;
    }

    WordSection section() {
        return section;
    }

    void section(WordSection value) {
        section = value;
    }

    List<WordRun> runs() {
        return runs;
    }

    WordRun add(WordRun run) {
        runs.add(run);
        return run;
    }

    /** The text as POI reads it back: text runs, tabs as tab characters, breaks as newlines. */
    String plainText() {
        StringBuilder text = new StringBuilder();
        for (WordRun run : runs) {
            run.appendPlainText(text);
        }
        return text.toString();
    }

    @Override
    public void write(WordXml xml) {
        xml.open("w:p").end();
        if (hasProperties()) {
            xml.open("w:pPr").end();
            if (style != null) {
                xml.val("w:pStyle", style);
            }
            if (pageBreakBefore) {
                xml.val("w:pageBreakBefore", "on");
            }
            if (frame != null) {
                xml.open("w:framePr").attr("w:w", frame.width()).attr("w:hAnchor", "margin").attr("w:vAnchor", "margin")
                        .attr("w:xAlign", "left");
                if (frame.y() == null) {
                    xml.attr("w:yAlign", "bottom");
                } else {
                    xml.attr("w:y", frame.y());
                }
                xml.attr("w:wrap", "around").close();
            }
            if (bottomRule != null) {
                xml.open("w:pBdr").end().open("w:bottom").attr("w:val", "single").attr("w:sz", bottomRule.size())
                        .attr("w:color", bottomRule.color()).attr("w:space", bottomRule.space()).close().endTag("w:pBdr");
            }
            if (offGrid) {
                xml.val("w:snapToGrid", "0");
            }
            if (spacingBefore != null || exactLine != null) {
                xml.open("w:spacing");
                if (spacingBefore != null) {
                    xml.attr("w:before", spacingBefore);
                }
                if (exactLine != null) {
                    xml.attr("w:line", exactLine).attr("w:lineRule", "exact");
                }
                xml.close();
            }
            if (left != null || right != null || firstLine != null || hanging != null) {
                xml.open("w:ind");
                if (leftChars != null) {
                    xml.attr("w:leftChars", leftChars);
                }
                if (left != null) {
                    xml.attr("w:left", left);
                }
                if (rightChars != null) {
                    xml.attr("w:rightChars", rightChars);
                }
                if (right != null) {
                    xml.attr("w:right", right);
                }
                if (firstLineChars != null) {
                    xml.attr("w:firstLineChars", firstLineChars);
                }
                if (firstLine != null) {
                    xml.attr("w:firstLine", firstLine);
                }
                if (hangingChars != null) {
                    xml.attr("w:hangingChars", hangingChars);
                }
                if (hanging != null) {
                    xml.attr("w:hanging", hanging);
                }
                xml.close();
            }
            if (alignment != null) {
                xml.val("w:jc", alignment);
            }
            if (outlineLevel != null) {
                xml.val("w:outlineLvl", outlineLevel);
            }
            if (section != null) {
                section.write(xml);
            }
            xml.endTag("w:pPr");
        }
        for (WordRun run : runs) {
            run.write(xml);
        }
        xml.endTag("w:p");
    }

    private boolean hasProperties() {
        return style != null || pageBreakBefore || frame != null || bottomRule != null || spacingBefore != null
                || exactLine != null || offGrid || left != null || right != null || firstLine != null || hanging != null || alignment != null
                || outlineLevel != null || section != null;
    }
}
