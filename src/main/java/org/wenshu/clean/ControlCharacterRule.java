package org.wenshu.clean;

import java.util.List;
import java.util.function.Consumer;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

/**
 * Control characters (U+0000–U+001F but tab, U+007F–U+009F) and non-characters (U+FFFE, U+FFFF)
 * have no place in a document and no glyph; Word and XML refuse them. They are removed and reported.
 */
final class ControlCharacterRule implements LineRule {

    @Override
    public String name() {
        return "control-characters";
    }

    @Override
    public List<SourceLine> rewrite(SourceLine line, Consumer<Diagnostic> report) {
        String text = line.text();
        StringBuilder clean = null;
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c == '\uFFFE' || c == '\uFFFF';
            if (control) {
                if (clean == null) {
                    clean = new StringBuilder(text.length()).append(text, 0, i);
                }
                removed++;
            } else if (clean != null) {
                clean.append(c);
            }
        }
        if (clean == null) {
            return List.of(line);
        }
        report.accept(Diagnostic.warning("control-character", line.number(),
                "controlCharacters", removed, name()));
        return List.of(line.withText(clean.toString()));
    }
}
