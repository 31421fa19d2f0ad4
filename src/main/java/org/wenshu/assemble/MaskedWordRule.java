package org.wenshu.assemble;

import java.util.Objects;

/** A masked word and the word it stands for, as a job file's {@code restore} list gives it ({@code D员: 党员}). */
public record MaskedWordRule(String masked, String word) {
    public MaskedWordRule {
        Objects.requireNonNull(masked, "masked");
        Objects.requireNonNull(word, "word");
        if (masked.isEmpty()) {
            throw new IllegalArgumentException("empty masked word");
        }
    }
}
