package org.wenshu.clean;

import java.util.List;
import java.util.function.Consumer;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

/**
 * Indentation and trailing space of any width (ASCII, full-width 　, no-break, zero-width, BOM) is
 * layout, not text: it is trimmed. Runs of spaces inside a line are folded to one.
 */
final class WhitespaceRule implements LineRule {

    @Override
    public String name() {
        return "whitespace";
    }

    @Override
    public List<SourceLine> rewrite(SourceLine line, Consumer<Diagnostic> report) {
        return List.of(line.withText(normalize(line.text())));
    }

    static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
                continue;
            }
            boolean space = Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u2002'
                    || c == '\u2003' || c == '\u2009';
            if (space) {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(c == '\u3000' ? ' ' : ' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
