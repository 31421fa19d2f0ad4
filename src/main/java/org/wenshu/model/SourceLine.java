package org.wenshu.model;

import java.util.Objects;

/** One line of source text with its 1-based line number in the original file. */
public record SourceLine(String text, int number) {
    public SourceLine {
        Objects.requireNonNull(text, "text");
    }

    public SourceLine withText(String newText) {
        return new SourceLine(newText, number);
    }
}
