package org.wenshu.check;

import java.util.Objects;
import org.wenshu.model.Diagnostic;

/**
 * One diagnostic of a checked file, or a file that could not be read ({@code diagnostic} with the
 * code {@link #READ_ERROR}); {@code failing} says whether it makes the check fail.
 */
public record Finding(String file, Diagnostic diagnostic, boolean failing) {
    /** The code of a finding for a file that could not be read at all. */
    public static final String READ_ERROR = "read-error";

    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(diagnostic, "diagnostic");
    }

    public int line() {
        return diagnostic.line();
    }

    public String code() {
        return diagnostic.code();
    }

    public String message() {
        return diagnostic.message();
    }

    /** {@code FILE:LINE} or just {@code FILE} when the finding concerns the whole file. */
    public String location() {
        return line() > 0 ? file + ":" + line() : file;
    }
}
