package org.wenshu.model;

import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A finding about a source: a stable kebab-case {@code code}, what it says in plain words and the
 * 1-based source line it concerns (0 when it concerns the whole file).
 *
 * <p>What it says is a {@link Wording} (a key of {@code org/wenshu/model/Messages*.properties} and
 * its arguments, source text marked as {@link Quote}s), said in the reader's language when it is
 * printed: {@link #message(ResourceBundle)}. {@link #message()} is the Simplified Chinese text the
 * model, the JSON of {@code parse} by default and the golden outlines keep; the code is the part
 * machines match on.
 */
public record Diagnostic(Severity severity, String code, Wording wording, int line) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(wording, "wording");
    }

    /** A diagnostic whose message has no translation: said as written in every language. */
    public Diagnostic(Severity severity, String code, String message, int line) {
        this(severity, code, Wording.literal(message), line);
    }

    public static Diagnostic info(String code, String message, int line) {
        return new Diagnostic(Severity.INFO, code, message, line);
    }

    public static Diagnostic warning(String code, String message, int line) {
        return new Diagnostic(Severity.WARNING, code, message, line);
    }

    /** A note on {@code line} saying the message {@code key} with {@code arguments}. */
    public static Diagnostic info(String code, int line, String key, Object... arguments) {
        return new Diagnostic(Severity.INFO, code, Wording.of(key, arguments), line);
    }

    /** A warning on {@code line} saying the message {@code key} with {@code arguments}. */
    public static Diagnostic warning(String code, int line, String key, Object... arguments) {
        return new Diagnostic(Severity.WARNING, code, Wording.of(key, arguments), line);
    }

    /** The message in Simplified Chinese. */
    public String message() {
        return wording.chinese();
    }

    /** The message in the language of {@code bundle} (from {@link Wording#bundle}). */
    public String message(ResourceBundle bundle) {
        return wording.render(bundle);
    }

    /** This diagnostic on {@code line} instead. */
    public Diagnostic atLine(int line) {
        return new Diagnostic(severity, code, wording, line);
    }
}
