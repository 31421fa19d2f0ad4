package org.wenshu.render.docx;

/**
 * One {@code w:r}: a piece of text, a tab, a line break or part of a field, with the run properties
 * wenshu sets (bold, one face in every font slot, a size, character spacing).
 */
final class WordRun {
    enum Kind { TEXT, TAB, BREAK, FIELD_BEGIN, FIELD_SEPARATE, FIELD_END, INSTRUCTION }

    private final Kind kind;
    private String text;
    /** {@code xml:space="preserve"}: set when the text was given with whitespace at an end. */
    private boolean preserve;
    private boolean bold;
    private String face;
    /** In half-points; 0: the style's. */
    private long halfPoints;
    private boolean spacingSet;
    private long spacing;

    private WordRun(Kind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    static WordRun text(String text) {
        WordRun run = new WordRun(Kind.TEXT, "");
        run.setText(text);
        return run;
    }

    static WordRun of(Kind kind) {
        return new WordRun(kind, "");
    }

    static WordRun instruction(String instruction) {
        WordRun run = new WordRun(Kind.INSTRUCTION, instruction);
        run.preserve = true;
        return run;
    }

    Kind kind() {
        return kind;
    }

    /** The text of a text run, null for any other kind. */
    String text() {
        return kind == Kind.TEXT ? text : null;
    }

    void setText(String value) {
        text = value;
        if (!value.isEmpty() && (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1)))) {
            preserve = true;
        }
    }

    WordRun bold() {
        bold = true;
        return this;
    }

    WordRun face(String name) {
        face = name;
        return this;
    }

    /** Font size in points (Word keeps half-points, rounded half up). */
    void fontSize(double points) {
        halfPoints = Math.round(points * 2);
    }

    /** Character spacing in twips. */
    void characterSpacing(long twips) {
        spacingSet = true;
        spacing = twips;
    }

    /** What POI's {@code XWPFParagraph.getText()} reads for this run: its text, a tab or a line break. */
    void appendPlainText(StringBuilder out) {
        switch (kind) {
            case TEXT -> out.append(text);
            case TAB -> out.append('\t');
            case BREAK -> out.append('\n');
            default -> { }
        }
    }

    void write(WordXml xml) {
        xml.open("w:r").end();
        if (bold || face != null || halfPoints > 0 || spacingSet) {
            // element order of CT_RPr
            xml.open("w:rPr").end();
            if (face != null) {
                xml.open("w:rFonts").attr("w:ascii", face).attr("w:hAnsi", face).attr("w:eastAsia", face)
                        .attr("w:cs", face).close();
            }
            if (bold) {
                xml.val("w:b", "on");
            }
            if (spacingSet) {
                xml.val("w:spacing", spacing);
            }
            if (halfPoints > 0) {
                xml.val("w:sz", halfPoints);
            }
            xml.endTag("w:rPr");
        }
        switch (kind) {
            case TEXT -> {
                xml.open("w:t");
                if (preserve) {
                    xml.attr("xml:space", "preserve");
                }
                if (text.isEmpty()) {
                    xml.close();
                } else {
                    xml.end().text(text).endTag("w:t");
                }
            }
            case TAB -> xml.open("w:tab").close();
            case BREAK -> xml.open("w:br").close();
            case FIELD_BEGIN -> xml.open("w:fldChar").attr("w:fldCharType", "begin").close();
            case FIELD_SEPARATE -> xml.open("w:fldChar").attr("w:fldCharType", "separate").close();
            case FIELD_END -> xml.open("w:fldChar").attr("w:fldCharType", "end").close();
            case INSTRUCTION -> xml.open("w:instrText").attr("xml:space", "preserve").end().text(text).endTag("w:instrText");
        }
        xml.endTag("w:r");
    }
}
