package org.wenshu.model;

import java.util.Objects;

/**
 * A finding about a source: a stable kebab-case {@code code}, a message in plain words and the
 * 1-based source line it concerns (0 when it concerns the whole file).
 */
public record Diagnostic(Severity severity, String code, String message, int line) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic info(String code, String message, int line) {
        return new Diagnostic(Severity.INFO, code, message, line);
    }

    public static Diagnostic warning(String code, String message, int line) {
        return new Diagnostic(Severity.WARNING, code, message, line);
    }
}
