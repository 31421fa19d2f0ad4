package org.wenshu.render.docx;

import java.util.Locale;
import org.wenshu.render.theme.Theme;
import org.wenshu.render.theme.ThemeCss;

/**
 * Writes the Word styles from the theme: document defaults with both font slots (Latin and
 * East Asian), Normal as the body style, Title, Heading 1–5 with outline levels (so the navigation
 * pane and TOC fields see them), TOC styles with a dotted right tab. Every style uses the exact
 * line pitch of the grid, as the CSS for the PDF does.
 */
final class DocxStyleWriter {
    private final Theme theme;

    DocxStyleWriter(Theme theme) {
        this.theme = theme;
    }

    void write(WordPackage document) {
        document.styles(stylesXml());
    }

    String stylesXml() {
        Theme.RoleStyle body = theme.role("body");
        StringBuilder xml = new StringBuilder(8192);
        xml.append("<w:styles xmlns:w=\"").append(WordXml.W).append("\">");
        xml.append("<w:docDefaults><w:rPrDefault><w:rPr>")
                .append(fonts(body))
                .append("<w:kern w:val=\"0\"/><w:sz w:val=\"").append(halfPoints(body.size()))
                .append("\"/><w:szCs w:val=\"").append(halfPoints(body.size()))
                .append("\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>")
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>")
                // No widow/orphan control: the PDF fills every page to its 22 lines, and so must Word.
                .append("<w:widowControl w:val=\"0\"/>")
                // 禁则 on; stops and pauses hang past the margin, and Chinese text and Latin letters
                // or digits are spaced apart, where the PDF does so.
                .append("<w:kinsoku w:val=\"1\"/>").append(overflowPunct())
                .append(autoSpace())
                .append("<w:spacing w:line=\"").append(linePitchTwips()).append("\" w:lineRule=\"exact\"/>")
                .append("</w:pPr></w:pPrDefault></w:docDefaults>");
        for (WordStyle style : WordStyle.ALL) {
            xml.append(style(style));
        }
        xml.append("<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/>")
                .append("<w:basedOn w:val=\"Normal\"/><w:pPr><w:snapToGrid w:val=\"0\"/>")
                .append("<w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/>")
                .append("</w:pPr><w:rPr>").append(pageNumberFonts())
                .append("<w:sz w:val=\"").append(halfPoints(theme.role(theme.pageNumber().role()).size()))
                .append("\"/><w:szCs w:val=\"").append(halfPoints(theme.role(theme.pageNumber().role()).size()))
                .append("\"/></w:rPr></w:style>");
        xml.append("</w:styles>");
        return xml.toString();
    }

    /**
     * Word's automatic space between Chinese text and Latin letters (autoSpaceDE) and digits
     * (autoSpaceDN): on when the theme spaces them in the PDF (LibreOffice always does, and ignores
     * these elements), off when it does not.
     */
    private String autoSpace() {
        String on = theme.lineBreaking().scriptSpace() > 0 ? "1" : "0";
        return "<w:autoSpaceDE w:val=\"" + on + "\"/><w:autoSpaceDN w:val=\"" + on + "\"/>";
    }

    /**
     * Hanging punctuation (Word's "allow punctuation to overflow"): left out when the theme hangs
     * stops and pauses, so Word and LibreOffice both take their default, which hangs them;
     * written off when it does not. An explicit {@code w:val="1"} would do for Word, but
     * LibreOffice (7.4 and later) reads the value inverted, so only the default means the same to both.
     */
    private String overflowPunct() {
        return theme.lineBreaking().hang().isEmpty() ? "<w:overflowPunct w:val=\"0\"/>" : "";
    }

    private String style(WordStyle style) {
        Theme.RoleStyle role = theme.role(style.role());
        double pitch = ThemeCss.linePitch(theme);
        StringBuilder xml = new StringBuilder(1024);
        xml.append("<w:style w:type=\"paragraph\" w:styleId=\"").append(style.id()).append('"');
        if (style.id().equals("Normal")) {
            xml.append(" w:default=\"1\"");
        }
        xml.append("><w:name w:val=\"").append(WordXml.attribute(style.name())).append("\"/>");
        if (!style.id().equals("Normal")) {
            xml.append("<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>");
        }
        xml.append("<w:qFormat/>");
        xml.append("<w:pPr>");
        // Element order follows the schema (CT_PPrBase).
        if (style.outlineLevel() >= 0) {
            xml.append("<w:keepNext/><w:keepLines/>");
        } else if (isTocEntry(style)) {
            xml.append("<w:keepLines/>"); // a wrapped entry is not split over two pages, as in the PDF
        }
        if (role.ruleAbove() > 0 || role.ruleBelow() > 0) {
            xml.append("<w:pBdr>").append(border("top", role.ruleAbove(), role.ruleColor()))
                    .append(border("bottom", role.ruleBelow(), role.ruleColor())).append("</w:pBdr>");
        }
        if (role.rightTab()) {
            xml.append("<w:tabs><w:tab w:val=\"right\" w:pos=\"")
                    .append(twips(theme.page().textWidth() * 72 / 25.4)).append("\"/></w:tabs>");
        } else if (isTocEntry(style)) {
            xml.append("<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"")
                    .append(twips(theme.page().textWidth() * 72 / 25.4)).append("\"/></w:tabs>");
        }
        // Hanging punctuation, and space between Chinese and Latin letters or digits, as in the PDF.
        xml.append("<w:kinsoku w:val=\"1\"/>").append(overflowPunct()).append(autoSpace());
        if (role.size() != theme.role("body").size()) {
            // Grid cells are sized for body text; larger type would take two cells a character.
            xml.append("<w:snapToGrid w:val=\"0\"/>");
        }
        xml.append("<w:spacing w:before=\"").append(twips(role.spaceBefore() * pitch))
                .append("\" w:after=\"").append(twips(role.spaceAfter() * pitch))
                .append("\" w:line=\"").append(linePitchTwips()).append("\" w:lineRule=\"exact\"/>");
        long indentChars = Math.round(role.indentChars() * 100);
        xml.append("<w:ind");
        if (isTocEntry(style)) {
            // Text wraps short of the page-number column; the right tab at the margin lies beyond it.
            xml.append(" w:right=\"").append(twips(ThemeCss.TOC_NUMBER_COLUMN_CHARS * role.size())).append('"');
        }
        xml.append(" w:firstLineChars=\"").append(indentChars).append("\" w:firstLine=\"")
                .append(twips(role.indentChars() * role.size())).append("\"/>");
        xml.append("<w:jc w:val=\"").append(justification(role.align())).append("\"/>");
        if (style.outlineLevel() >= 0) {
            xml.append("<w:outlineLvl w:val=\"").append(style.outlineLevel()).append("\"/>");
        }
        xml.append("</w:pPr><w:rPr>").append(fonts(role, faceName(style.role())));
        xml.append(role.bold() ? "<w:b/><w:bCs/>" : "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>");
        if (!role.color().isEmpty()) {
            xml.append("<w:color w:val=\"").append(role.color()).append("\"/>");
        }
        xml.append("<w:spacing w:val=\"").append(-condenseTwips(role.size())).append("\"/>");
        xml.append("<w:sz w:val=\"").append(halfPoints(role.size())).append("\"/><w:szCs w:val=\"")
                .append(halfPoints(role.size())).append("\"/></w:rPr></w:style>");
        return xml.toString();
    }

    /** A paragraph border line, {@code points} thick (Word counts eighths of a point), or nothing. */
    private static String border(String side, double points, String color) {
        if (points <= 0) {
            return "";
        }
        return "<w:" + side + " w:val=\"single\" w:sz=\"" + Math.max(2, Math.round(points * 8))
                + "\" w:space=\"1\" w:color=\"" + (color.isEmpty() ? "000000" : color) + "\"/>";
    }

    private static boolean isTocEntry(WordStyle style) {
        return style.id().startsWith("TOC") && !style.id().equals("TOCHeading");
    }

    private String fonts(Theme.RoleStyle role) {
        return fonts(role, theme.face(role.face()).wordName());
    }

    private String fonts(Theme.RoleStyle role, String eastAsian) {
        String latin = WordXml.attribute(theme.latinFont());
        eastAsian = WordXml.attribute(eastAsian);
        return "<w:rFonts w:ascii=\"" + latin + "\" w:hAnsi=\"" + latin + "\" w:eastAsia=\"" + eastAsian
                + "\" w:cs=\"" + latin + "\" w:hint=\"eastAsia\"/>";
    }

    /** GB/T 9704 asks for half-width 宋体 digits, so the page number's Latin slot is the face too. */
    private String pageNumberFonts() {
        String face = WordXml.attribute(faceName(theme.pageNumber().role()));
        return "<w:rFonts w:ascii=\"" + face + "\" w:hAnsi=\"" + face + "\" w:eastAsia=\"" + face
                + "\" w:cs=\"" + face + "\" w:hint=\"eastAsia\"/>";
    }

    private String faceName(String role) {
        return theme.face(theme.role(role).face()).wordName();
    }

    /**
     * How much each character is condensed, in twips, so that {@code charsPerLine} characters fit
     * the text width without relying on the character grid alone: Word narrows characters to the
     * grid pitch, but LibreOffice gives a character wider than a grid cell two cells.
     */
    long condenseTwips(double size) {
        return condenseTwips(theme, size);
    }

    /** How much narrower a character of {@code size} points is set, in twips, so the body's run on the grid. */
    static long condenseTwips(Theme theme, double size) {
        double pitch = theme.page().charPitchPt() * size / theme.role("body").size();
        return (long) Math.ceil(Math.max(0, size - pitch) * 20);
    }

    int linePitchTwips() {
        return (int) Math.round(ThemeCss.linePitch(theme) * 20);
    }

    private static String justification(String align) {
        return switch (align.toLowerCase(Locale.ROOT)) {
            case "center" -> "center";
            case "right" -> "right";
            case "justify" -> "both";
            default -> "left";
        };
    }

    static long twips(double points) {
        return Math.round(points * 20);
    }

    static long halfPoints(double points) {
        return Math.round(points * 2);
    }
}
