package org.wenshu.render.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes the CSS for Flying Saucer from a theme: page box and margins, "— N —" page numbers on
 * alternating sides, and one rule per role. Every vertical distance is a whole number of grid
 * lines, so a full body page holds exactly {@code linesPerPage} lines; letter spacing narrows each
 * character to the grid so a line holds {@code charsPerLine} characters.
 */
public final class ThemeCss {
    /** Width of the TOC page-number column, in characters; the DOCX TOC styles indent by as much. */
    public static final double TOC_NUMBER_COLUMN_CHARS = 1.5;

    /** Maps each role to the CSS font-family list that serves it. */
    public String write(Theme theme, Function<String, String> fontFamilies) {
        Theme.Page page = theme.page();
        double pitch = linePitch(theme);
        double charPitch = page.charPitchPt();
        StringBuilder css = new StringBuilder(4096);
        Theme.RoleStyle number = theme.role(theme.pageNumber().role());
        String numberBox = "content: \"" + cssString(theme.pageNumber().prefix()) + "\" counter(page) \""
                + cssString(theme.pageNumber().suffix()) + "\"; font-family: " + fontFamilies.apply(theme.pageNumber().role())
                + "; font-size: " + pt(number.size()) + "; line-height: 1; vertical-align: top; padding-top: "
                + mm(theme.pageNumber().gap()) + ";";
        double inset = theme.pageNumber().insetChars() * number.size();
        // Flying Saucer clips what it paints to the page's content area. Where stops and pauses
        // hang past the end of a line (the theme's lineBreaking.hang), that area reaches one
        // character of the largest type into the right margin and the body gives the room back as
        // its own right margin, so lines are as long as ever and a hanging mark is not cut off.
        double hangRoom = theme.lineBreaking().hang().isEmpty() ? 0
                : theme.roles().values().stream().mapToDouble(Theme.RoleStyle::size).max().orElse(0);
        css.append("@page { size: ").append(mm(page.width())).append(' ').append(mm(page.height()))
                .append("; margin: ").append(mm(page.top())).append(' ').append(mm(page.right() - hangRoom * 25.4 / 72)).append(' ')
                .append(mm(page.bottom())).append(' ').append(mm(page.left())).append("; }\n");
        css.append("@page :right { @bottom-right { ").append(numberBox).append(" text-align: right; padding-right: ")
                .append(pt(inset + hangRoom)).append("; } }\n");
        css.append("@page :left { @bottom-left { ").append(numberBox).append(" text-align: left; padding-left: ")
                .append(pt(inset)).append("; } }\n");
        // Front matter (cover, table of contents, and the blank pages their page-break-after: right
        // puts in before a block on a right-hand page, see PageSequence) has no page numbers;
        // div.main starts the numbered sequence at 1.
        css.append("@page front { @bottom-left { content: none; } @bottom-right { content: none; } }\n");
        css.append("@page front:left { @bottom-left { content: none; } }\n");
        css.append("@page front:right { @bottom-right { content: none; } }\n");
        css.append("body.wenshu-front-first, div.cover, div.toc { page: front; }\n");
        css.append("div.main { page: main; -fs-page-sequence: start; }\n");
        css.append("html, body { margin: 0; padding: 0; color: #000; }\n");
        if (hangRoom > 0) {
            css.append("body { margin-right: ").append(pt(hangRoom)).append("; }\n");
        }
        css.append("body { ").append(roleRule(theme, "body", pitch, charPitch, fontFamilies)).append(" }\n");
        css.append("p, h1, h2, h3, h4, h5, h6 { margin: 0; padding: 0; orphans: 1; widows: 1; }\n");
        // One rule per role of the role table, least specific first (p before p.meta).
        List<RoleTable.Row> rows = new ArrayList<>(RoleTable.ROWS);
        java.util.Collections.reverse(rows);
        for (RoleTable.Row row : rows) {
            rule(css, row.css(), theme, row.role(), pitch, charPitch, fontFamilies);
            if (row.pageBreakBefore()) {
                css.append(row.css()).append(" { page-break-before: always; page-break-after: avoid; }\n");
            }
        }
        // (落款 and 成文日期 are set right by the distances the template computes, data-right-chars,
        // which the DOCX writer reads too.) The cover of a compilation is a page of its own, and each
        // part of a report starts a new page.
        css.append("div.cover { page-break-after: always; }\n");
        css.append("div.part { page-break-before: always; }\n");
        css.append("span.right { float: right; white-space: nowrap; text-indent: 0; }\n");
        // A line with text at both ends (编印单位 … 日期, 发文字号 … 签发人, 印发机关 … 印发日期) as a
        // two-cell row rather than a float: Flying Saucer draws a page's floats before its other text,
        // so a floated date came first in the PDF's stored order (copy-paste, screen readers).
        css.append("span.split { display: table; width: 100%; }\n");
        css.append("span.split > span { display: table-cell; vertical-align: bottom; }\n");
        css.append("span.split > span.right { float: none; text-align: right; }\n");
        css.append("div.distribution { page-break-inside: avoid; }\n");
        // A block kept at the foot of its page (报送发, 版记) is never split; the PDF writer may give it a
        // page of its own, unnumbered after a blank page (an official document's 版记 on an even page).
        css.append("div.page-foot { page-break-inside: avoid; }\n");
        css.append("div.foot-new-page { page-break-before: always; }\n");
        css.append("div.foot-unnumbered { page: front; }\n");
        css.append("div.foot-blank-page { page: front; page-break-before: always; page-break-after: always; }\n");
        // A heading is never split over two pages (Flying Saucer reports an element's last page).
        css.append("h1, h2, h3, h4, h5, h6 { page-break-inside: avoid; }\n");
        css.append("h2, h3, h4, h5, h6 { page-break-after: avoid; }\n");
        css.append("strong.lead { font-weight: bold; }\n");
        // Tables from the sources: ruled cells of body text, no first-line indent, whole lines high.
        // The columns take the widths of the table's colgroup (TableColumns), as the DOCX's fixed layout does.
        css.append("table.data { width: 100%; border-collapse: collapse; border-spacing: 0; margin: 0; table-layout: fixed; }\n");
        // A row is not split over two pages when it fits on one: a split row left a short cell's
        // last line (a figure's value under its unit) alone at the top of the next page, read after
        // the neighbouring cell's first lines. A row taller than a page still breaks.
        css.append("table.data tr { page-break-inside: avoid; }\n");
        // An empty cell is one line high, as Word shows the empty paragraph every cell holds (a form's rows).
        css.append("table.data td { border: 0.5pt solid #000; padding: 0 3pt; text-indent: 0; text-align: left;"
                + " vertical-align: top; height: ").append(pt(pitch)).append("; }\n");
        // Header row bold and centred, numbers flush right, a heading after a table set apart from it.
        css.append("table.data td.head { font-weight: bold; text-align: center; }\n");
        css.append("table.data td.num { text-align: right; }\n");
        if (theme.tables().spaceBeforeHeading() > 0) {
            css.append("table.data + h2, table.data + h3, table.data + h4, table.data + h5, table.data + h6 { margin-top: ")
                    .append(pt(theme.tables().spaceBeforeHeading() * pitch)).append("; }\n");
        }
        css.append("div.toc { page-break-after: always; }\n");
        css.append("div.toc a { color: #000; text-decoration: none; }\n");
        // TOC entries (laid out as one-row tables by the PDF writer): the text wraps in a column
        // one and a half characters short of the right margin, a fine dotted leader ends its last
        // line, the page number sits in the column on the right, as the Word TOC styles do it.
        String numberColumn = pt(TOC_NUMBER_COLUMN_CHARS * theme.role("toc1").size());
        css.append("div.toc table.toc-entry { width: 100%; border-collapse: collapse; border-spacing: 0; table-layout: fixed; }\n");
        css.append("div.toc td { padding: 0; margin: 0; vertical-align: bottom; }\n");
        // an entry is never split over two pages (Flying Saucer would paint its text, clipped, on both)
        css.append("div.toc table.toc-entry, div.toc tr { page-break-inside: avoid; }\n");
        rule(css, "div.toc td.toc-page", theme, "toc1", pitch, charPitch, fontFamilies);
        css.append("div.toc td.toc-page { width: ").append(numberColumn).append("; text-align: right; text-indent: 0; }\n");
        css.append("div.toc td.toc-text a::after { content: leader('.'); font-size: 4pt; line-height: 0; }\n");
        // The indent and the number of an entry stand in a cell of their own on the left (TocTable),
        // so a wrapped entry hangs under its text. (Flying Saucer sizes a leader as if the first
        // line had no text-indent, so the text cell has none.)
        css.append("div.toc td.toc-text p, div.toc td.toc-lead p { text-indent: 0; }\n");
        css.append("div.toc td.toc-lead { vertical-align: top; white-space: nowrap; }\n");
        css.append("div.toc td.toc-lead p { text-align: right; }\n");
        return css.toString();
    }

    /** The body line pitch in points, rounded down to a twentieth of a point (Word's unit). */
    public static double linePitch(Theme theme) {
        return Math.floor(theme.page().linePitchPt() * 20) / 20;
    }

    private static void rule(StringBuilder css, String selector, Theme theme, String role, double pitch,
                             double charPitch, Function<String, String> fontFamilies) {
        css.append(selector).append(" { ").append(roleRule(theme, role, pitch, charPitch, fontFamilies)).append(" }\n");
    }

    private static String roleRule(Theme theme, String role, double pitch, double charPitch,
                                   Function<String, String> fontFamilies) {
        Theme.RoleStyle style = theme.role(role);
        return "font-family: " + fontFamilies.apply(role)
                + "; font-size: " + pt(style.size())
                + "; font-weight: " + (style.bold() ? "bold" : "normal")
                + "; font-style: normal"
                + "; line-height: " + pt(pitch)
                + "; text-indent: " + pt(indent(theme, role, charPitch))
                + "; text-align: " + style.align()
                + "; margin-top: " + pt(style.spaceBefore() * pitch)
                + "; margin-bottom: " + pt(style.spaceAfter() * pitch) + ";"
                + (style.color().isEmpty() ? "" : " color: #" + style.color() + ";")
                + rule("top", style.ruleAbove(), style.ruleColor())
                + rule("bottom", style.ruleBelow(), style.ruleColor());
    }

    /** A rule across the text block, drawn as the paragraph's border (Word's paragraph border does the same). */
    private static String rule(String side, double thickness, String color) {
        if (thickness <= 0) {
            return "";
        }
        return " border-" + side + ": " + pt(thickness) + " solid #" + (color.isEmpty() ? "000000" : color) + ";";
    }

    /** A role's first-line indent in points: its indent in characters on the character grid. */
    private static double indent(Theme theme, String role, double charPitch) {
        Theme.RoleStyle style = theme.role(role);
        return style.indentChars() * charPitch * style.size() / theme.role("body").size();
    }

    private static String mm(double value) {
        return org.wenshu.render.Decimals.fixed(value, 2) + "mm";
    }

    private static String pt(double value) {
        return org.wenshu.render.Decimals.fixed(value, 3) + "pt";
    }

    private static String cssString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
