package org.wenshu.render.docx;

import org.wenshu.render.theme.Theme;
import org.wenshu.render.theme.ThemeCss;

/**
 * Page size, margins and the document grid (lines and characters) of the theme, and the
 * "— N —" PAGE-field footers: odd pages on the right, even pages on the left, one character in.
 */
final class DocxPageWriter {
    private final Theme theme;

    DocxPageWriter(Theme theme) {
        this.theme = theme;
    }

    /** The width of the text block in twips. */
    long textWidthTwips() {
        return mmToTwips(theme.page().textWidth());
    }

    /** The height of the text block in twips. */
    long textHeightTwips() {
        return mmToTwips(theme.page().textHeight());
    }

    /** Page size, margins and the line and character grid of the theme, for any section. */
    WordSection geometry() {
        Theme.Page page = theme.page();
        Theme.RoleStyle number = theme.role(theme.pageNumber().role());
        // Footer distance is measured from the paper edge to the bottom of the footer line.
        double footerLinePt = number.size();
        long footer = Math.round((page.bottom() - theme.pageNumber().gap()) * 72 / 25.4 * 20 - footerLinePt * 20);
        long[] margins = {mmToTwips(page.top()), mmToTwips(page.bottom()), mmToTwips(page.left()), mmToTwips(page.right()),
                footer, mmToTwips(15), 0};
        return new WordSection(mmToTwips(page.width()), mmToTwips(page.height()), margins,
                Math.round(ThemeCss.linePitch(theme) * 20), charSpace());
    }

    /**
     * The last (or only) section: page geometry, the page-number footers, numbering from 1 when
     * {@code restartNumbering} (the numbered part after unnumbered front matter); and the settings
     * that go with them.
     */
    void write(WordPackage document, boolean restartNumbering) {
        WordSection section = geometry();
        if (restartNumbering) {
            section.restartNumbering();
        }
        Theme.RoleStyle number = theme.role(theme.pageNumber().role());
        section.footer("default", document.addFooter(footer("right", number)));
        section.footer("even", document.addFooter(footer("left", number)));
        document.section(section);
        settings(document.settings());
    }

    /**
     * Ends the numbered pages after {@code numberedEnd}: its paragraph closes a section with the
     * document's geometry and page-number footers, and the last section (the pages after it) gets
     * empty footers, so those pages carry no number.
     */
    void unnumberedTail(WordPackage document, WordParagraph numberedEnd) {
        WordSection last = document.section();
        numberedEnd.section(last.copy());
        last.clearFooters();
        last.footer("default", document.addFooter(new WordParagraph()));
        last.footer("even", document.addFooter(new WordParagraph()));
    }

    /**
     * Different footers on odd and even pages; full-width punctuation keeps its full width, as in
     * the PDF (LibreOffice compresses it when the setting is absent); the theme's 禁则 as Word's
     * custom kinsoku lists. In the element order of CT_Settings.
     */
    private void settings(WordXml settings) {
        settings.val("w:evenAndOddHeaders", "on");
        settings.val("w:characterSpacingControl", "doNotCompress");
        Theme.LineBreaking rules = theme.lineBreaking();
        for (String[] list : new String[][] {{"w:noLineBreaksAfter", rules.noEnd()}, {"w:noLineBreaksBefore", rules.noStart()}}) {
            if (!list[1].isEmpty()) {
                settings.open(list[0]).attr("w:lang", "zh-CN").attr("w:val", list[1]).close();
            }
        }
    }

    /**
     * Word's character grid: the pitch difference from the default font size, in 1/4096 pt,
     * rounded down so the line holds the full number of characters.
     */
    long charSpace() {
        double bodySize = theme.role("body").size();
        return (long) Math.floor((theme.page().charPitchPt() - bodySize) * 4096);
    }

    /** The footer paragraph: prefix, a PAGE field, suffix, {@code alignment} with the theme's inset. */
    private WordParagraph footer(String alignment, Theme.RoleStyle number) {
        WordParagraph paragraph = new WordParagraph().style("Footer");
        paragraph.alignment(alignment);
        long inset = Math.round(theme.pageNumber().insetChars() * number.size() * 20);
        if (alignment.equals("right")) {
            paragraph.indentRight(inset);
        } else {
            paragraph.indentLeft(inset);
        }
        paragraph.add(WordRun.text(theme.pageNumber().prefix()));
        paragraph.add(WordRun.of(WordRun.Kind.FIELD_BEGIN));
        paragraph.add(WordRun.instruction(" PAGE "));
        paragraph.add(WordRun.of(WordRun.Kind.FIELD_SEPARATE));
        paragraph.add(WordRun.text("1"));
        paragraph.add(WordRun.of(WordRun.Kind.FIELD_END));
        paragraph.add(WordRun.text(theme.pageNumber().suffix()));
        return paragraph;
    }

    private static long mmToTwips(double mm) {
        return Math.round(mm * 1440 / 25.4);
    }
}
