package org.wenshu.model;

import java.util.List;
import java.util.Objects;

/**
 * Text taken from a source (a removed line, a placeholder, a heading's marker) inside a message of
 * wenshu's own: it is printed as it is in every language, never translated. Marking it is what
 * lets a test tell wenshu's words from the documents' (see {@link Wording#render}).
 *
 * <p>{@link #of(String)} quotes one text; {@link #all(List)} several, said as a list with the
 * language's separator (“x县”、“xx年” / “x县”, “xx年”).
 */
public record Quote(List<String> texts, boolean list) {
    public Quote {
        texts = List.copyOf(texts);
        texts.forEach(t -> Objects.requireNonNull(t, "text"));
    }

    /** One quoted text. */
    public static Quote of(String text) {
        return new Quote(List.of(text == null ? "null" : text), false);
    }

    /** Several texts, each said in the language's quote marks and joined by its list separator. */
    public static Quote all(List<String> texts) {
        return new Quote(texts, true);
    }

    /** The text of a single quote. */
    public String text() {
        return String.join("", texts);
    }
}
