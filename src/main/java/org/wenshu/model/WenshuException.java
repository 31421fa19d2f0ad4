package org.wenshu.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A mistake in the user's input or settings. Its message is one line in plain words that names
 * the file (and line, where it applies) and says what is wrong; the CLI prints it and exits 1.
 *
 * <p>The message is Simplified Chinese. One that can also be said in another language carries a
 * key ({@link #translatable}): the reader's bundle {@code org/wenshu/model/Messages_LANG.properties}
 * has its reason as {@code input.KEY}, filled with the arguments ({@code {0}}, {@code {1}} …;
 * source text as {@link Quote}s); the subject (the file) is put before it ({@link #reason()}).
 */
public class WenshuException extends RuntimeException {
    private String subject;
    private String key;
    private List<Object> arguments = List.of();

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
        List<Object> values = new ArrayList<>();
        for (Object argument : arguments) {
            values.add(argument instanceof Quote || argument instanceof Wording || argument instanceof List<?> ? argument : String.valueOf(argument));
        }
        this.arguments = List.copyOf(values);
        return this;
    }

    /** This exception, saying what {@code other} says (its key and arguments, if any) about {@code subject}. */
    public WenshuException keyedAs(WenshuException other, Object subject) {
        if (other.key != null) {
            this.subject = subject == null ? null : subject.toString();
            this.key = other.key;
            this.arguments = other.arguments;
        }
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

    /**
     * The reason without the subject, as said in the reader's language: {@code input.KEY} where
     * the bundle has it, else the Chinese message (which names the subject itself).
     */
    public Wording reason() {
        return key == null ? Wording.literal(getMessage()) : Wording.orElse("input." + key, getMessage(), arguments);
    }

    /**
     * The reason said from {@code said} when that bundle has this error's key ({@code input.KEY}),
     * else empty: the Chinese message, which names its subject itself, is then the one to show.
     */
    public Optional<String> reasonIn(java.util.ResourceBundle said) {
        return key != null && said.containsKey("input." + key) ? Optional.of(reason().render(said)) : Optional.empty();
    }
}
