package org.wenshu.render.pdf;

import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.wenshu.render.template.XhtmlRoles;

/**
 * The space between Chinese text and Latin letters or digits ({@code 2026 年}, {@code 增长 5.4%}):
 * where a Chinese character and a Latin letter or digit meet with no space or punctuation between
 * them, a {@link HangingPunctuation#KERN} goes in after the first, as wide as the theme's share of
 * the font size, never drawn, and left out at the end of a line (it may reach past the margin, so
 * it never pushes the character before it down). This is Word's {@code w:autoSpaceDE} and
 * {@code w:autoSpaceDN} (on by default) and LibreOffice's space between Asian and non-Asian text (a
 * fifth of the font size, always on when it opens a DOCX), so the DOCX lines break where the PDF's do.
 */
final class ScriptSpacing {
    private final XhtmlRoles roles = new XhtmlRoles();
    private final boolean on;

    /** {@code share}: the space as a share of the font size (the measure is GridTextRenderer's); 0 adds none. */
    ScriptSpacing(double share) {
        this.on = share > 0;
    }

    void apply(Document xhtml) {
        if (!on) {
            return;
        }
        TextBlocks.of(xhtml, roles).forEach(this::applyToBlock);
    }

    private void applyToBlock(Element block) {
        List<Node> pieces = TextBlocks.textsAndBreaks(block);
        String kern = String.valueOf(HangingPunctuation.KERN);
        // where one run ends and the next begins (a <br/> between them ends the line)
        for (int i = 0; i + 1 < pieces.size(); i++) {
            if (pieces.get(i) instanceof Text before && pieces.get(i + 1) instanceof Text after
                    && spaceBetween(before.getData().codePointBefore(before.getLength()), after.getData().codePointAt(0))) {
                before.appendData(kern);
            }
        }
        // inside a run (a Latin letter outside ASCII is set in the Chinese face, in the same run)
        for (Node piece : pieces) {
            if (piece instanceof Text text) {
                String data = text.getData();
                String spaced = withKerns(data);
                if (spaced != data) {
                    text.setData(spaced); // once: the DOM's insertData copied the text for every kern
                }
            }
        }
    }

    /** {@code data} with a kern between each two neighbours {@link #spaceBetween} asks one for; itself when none. */
    private static String withKerns(String data) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 1; i < data.length(); i++) {
            if (!Character.isLowSurrogate(data.charAt(i)) && spaceBetween(data.codePointBefore(i), data.codePointAt(i))) {
                if (out == null) {
                    out = new StringBuilder(data.length() + 16);
                }
                out.append(data, copied, i).append(HangingPunctuation.KERN);
                copied = i;
            }
        }
        return out == null ? data : out.append(data, copied, data.length()).toString();
    }

    /** Whether a space goes between these two neighbours: a letter or digit on each side, one of them Chinese. */
    static boolean spaceBetween(int before, int after) {
        return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after) && asian(before) != asian(after);
    }

    /** Chinese, Japanese and Korean letters, and the full-width forms, which count with them. */
    private static boolean asian(int codePoint) {
        if (codePoint < 0x80) {
            return false; // ASCII: Latin or common, looked up for every character of the report otherwise
        }
        if ((codePoint >= 0xFF00 && codePoint <= 0xFFEF) || (codePoint >= 0x4E00 && codePoint <= 0x9FEF)) {
            return true; // full-width forms; CJK Unified Ideographs, Han in every Unicode version Java 17 and later know
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
    }
}
