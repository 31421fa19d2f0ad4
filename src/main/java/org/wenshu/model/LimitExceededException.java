package org.wenshu.model;

/**
 * Input refused because it passed one of the processing limits (file size, decoded size, nesting,
 * call stack, heap, time, template output) rather than because it is malformed. The message is
 * the same one line as any {@link WenshuException}; {@link #limit()} names the limit, so that a
 * caller (a batch summary, a fuzz run) can count limits apart from other refusals.
 */
public final class LimitExceededException extends WenshuException {
    private final String limit;

    public LimitExceededException(String limit, String message) {
        super(message);
        this.limit = limit;
    }

    public LimitExceededException(String limit, String message, Throwable cause) {
        super(message, cause);
        this.limit = limit;
    }

    /** Which limit: {@code time}, {@code stack}, {@code memory}, {@code file-size}, {@code decoded-size}, … */
    public String limit() {
        return limit;
    }
}
