package org.wenshu.model;

/**
 * A mistake in the user's input or settings. Its message is one line in plain words that names
 * the file (and line, where it applies) and says what is wrong; the CLI prints it and exits 1.
 */
public class WenshuException extends RuntimeException {
    public WenshuException(String message) {
        super(message);
    }

    public WenshuException(String message, Throwable cause) {
        super(message, cause);
    }
}
