package org.wenshu.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A mistake in the user's input or settings. Its message is one line in plain words that names
 * the file (and line, where it applies) and says what is wrong; the CLI prints it and exits 1.
 *
 * <p>The message is Simplified Chinese. One that the command line can also say in another language
 * carries a key ({@link #translatable}): the CLI looks up {@code input.KEY} in its message bundle,
 * fills in the arguments ({@code {0}}, {@code {1}} …) and puts the subject (the file) before it.
 */
public class WenshuException extends RuntimeException {
    private String subject;
    private String key;
    private List<String> arguments = List.of();

    public WenshuException(String message) {
        super(message);
    }

    public WenshuException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * This exception, marked as saying the message {@code key} about {@code subject} (a file, or
     * null) with {@code arguments}; {@code throw new WenshuException(path + "：文件为空").translatable(path, "empty")}.
     */
    public WenshuException translatable(Object subject, String key, Object... arguments) {
        this.subject = subject == null ? null : subject.toString();
        this.key = key;
        List<String> texts = new ArrayList<>();
        for (Object argument : arguments) {
            texts.add(String.valueOf(argument));
        }
        this.arguments = List.copyOf(texts);
        return this;
    }

    /** The key of the message in other languages, when it has one. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** What the message is about (a file), or empty. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** The values the translated message is filled with. */
    public List<String> arguments() {
        return arguments;
    }
}
