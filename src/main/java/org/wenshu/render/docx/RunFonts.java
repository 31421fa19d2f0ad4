package org.wenshu.render.docx;

import java.util.ArrayList;
import java.util.List;
import org.wenshu.render.theme.Theme;

/**
 * Text goes into runs that say outright which face sets them, as the PDF sets them: ASCII text
 * (digits, Latin letters, ASCII punctuation) in the Latin face in every font slot, everything else
 * (Chinese, full-width punctuation, “ ” — … ·) in the role's Chinese face in every slot. Word would
 * pick the same faces from the style alone, but LibreOffice gives weak characters the script of
 * their neighbours: a “.” or a digit after Chinese was set in the Chinese face (a half-width “.” of
 * FangSong is twice as wide as Times), a ” after Latin text in Times (half as wide as FangSong), and
 * its lines broke elsewhere than the PDF's.
 */
final class RunFonts {
    private final Theme theme;

    RunFonts(Theme theme) {
        this.theme = theme;
    }

    /** The theme whose faces and roles the runs follow. */
    Theme theme() {
        return theme;
    }

    /** Appends {@code text} to {@code paragraph} as runs of one face each; returns them. */
    List<WordRun> append(WordParagraph paragraph, String text, String role, boolean bold) {
        List<WordRun> runs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            boolean latin = isLatin(text.charAt(start));
            int end = start + 1;
            while (end < text.length() && (isLatin(text.charAt(end)) == latin || text.charAt(end) == ' ')) {
                end++;
            }
            WordRun run = paragraph.add(WordRun.text(text.substring(start, end)));
            if (bold) {
                run.bold();
            }
            run.face(latin ? theme.latinFont() : theme.face(theme.role(role).face()).wordName());
            runs.add(run);
            start = end;
        }
        return runs;
    }

    /** The space above a heading that follows a table, in twips (the theme gives it in grid lines). */
    long spaceBeforeHeadingTwips() {
        return Math.round(theme.tables().spaceBeforeHeading() * org.wenshu.render.theme.ThemeCss.linePitch(theme) * 20);
    }

    /** What the PDF sets in the Latin face (see GlyphFallback): printable ASCII. */
    private static boolean isLatin(char c) {
        return c >= 0x21 && c <= 0x7E;
    }
}
