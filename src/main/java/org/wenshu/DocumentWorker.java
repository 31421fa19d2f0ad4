package org.wenshu;

import java.time.Duration;
import java.util.function.Supplier;
import org.wenshu.model.LimitExceededException;
import org.wenshu.model.WenshuException;

/**
 * Runs the work for one document on a thread of its own, with a stack of a chosen size and a time
 * limit, so that a hostile document ends in a one-line error naming it instead of taking the process
 * and the rest of the batch down: {@link StackOverflowError} (structures nested thousands deep),
 * {@link OutOfMemoryError} (one allocation too large for the heap) and work that does not end.
 *
 * <p>Work past its time is interrupted (templates check for that); work that ignores the interrupt
 * is stopped with {@link Thread#stop()} where the JVM still allows it, else abandoned as a daemon
 * thread. Documents share no mutable state, so stopping one leaves the others intact.
 */
public final class DocumentWorker {
    /** Enough for any real document's nesting; a stack overflow past it is a hostile structure. */
    public static final long DEFAULT_STACK_BYTES = 16L * 1024 * 1024;
    /** The slowest real document (a 64 MB compilation laid out as PDF) takes well under this. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(5);
    private static final long GRACE_MILLIS = 2_000;

    private final long stackBytes;
    private final Duration timeLimit;

    public DocumentWorker(long stackBytes, Duration timeLimit) {
        if (stackBytes <= 0 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("stack and time limit must be positive");
        }
        this.stackBytes = stackBytes;
        this.timeLimit = timeLimit;
    }

    /** The default limits; {@code wenshu.timeLimit} (seconds) overrides the time limit. */
    public static DocumentWorker standard() {
        String seconds = System.getProperty("wenshu.timeLimit");
        Duration limit = DEFAULT_TIME_LIMIT;
        if (seconds != null && !seconds.isBlank()) {
            try {
                limit = Duration.ofSeconds(Long.parseLong(seconds.strip()));
            } catch (NumberFormatException e) {
                throw new WenshuException("wenshu.timeLimit=" + seconds + "：应是秒数").translatable("wenshu.timeLimit=" + seconds, "badTimeLimit");
            }
        }
        return new DocumentWorker(DEFAULT_STACK_BYTES, limit);
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    /**
     * The result of {@code work}, run under the limits. {@code name} (the file) starts the message
     * when a limit is hit (none when empty); a {@link RuntimeException} from the work is rethrown as
     * it is.
     */
    public <T> T run(String name, Supplier<T> work) {
        String prefix = name.isEmpty() ? "" : name + "：";
        Outcome<T> outcome = new Outcome<>();
        Thread thread = new Thread(null, () -> outcome.finish(work), "wenshu-document", stackBytes);
        thread.setDaemon(true);
        thread.start();
        boolean finished = join(thread, timeLimit.toMillis());
        if (!finished) {
            thread.interrupt();
            if (!join(thread, GRACE_MILLIS)) {
                stop(thread);
            }
            throw new LimitExceededException("time", prefix + "处理超时（超过 " + describe(timeLimit) + "），已跳过")
                    .translatable(name.isEmpty() ? null : name, "timeLimit", timeLimit.toSeconds());
        }
        if (outcome.error instanceof StackOverflowError) {
            String stack = stackBytes >= 1024 * 1024 ? stackBytes / (1024 * 1024) + " MB" : stackBytes / 1024 + " KB";
            throw new LimitExceededException("stack", prefix + "结构嵌套过深，超出处理上限（调用栈 " + stack + "），已跳过", outcome.error)
                    .translatable(name.isEmpty() ? null : name, "stackLimit", stack);
        }
        if (outcome.error instanceof OutOfMemoryError) {
            throw new LimitExceededException("memory", prefix + "处理所需内存超出上限（Java 堆 "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB），已跳过", outcome.error)
                    .translatable(name.isEmpty() ? null : name, "memoryLimit", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        if (outcome.error instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (outcome.error instanceof Error error) {
            throw error;
        }
        return outcome.value;
    }

    private static boolean join(Thread thread, long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            throw new WenshuException("已中断").translatable(null, "interrupted");
        }
        return !thread.isAlive();
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread) {
        try {
            thread.stop();
            join(thread, GRACE_MILLIS);
        } catch (UnsupportedOperationException e) {
            // newer JVMs cannot stop a thread: it stays behind as a daemon and dies with the process
        }
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds > 0 ? seconds + " 秒" : duration.toMillis() + " 毫秒";
    }

    /** What the worker thread left behind; read after join, which orders the writes before the reads. */
    private static final class Outcome<T> {
        T value;
        Throwable error;

        void finish(Supplier<T> work) {
            try {
                value = work.get();
            } catch (Throwable t) {
                error = t;
            }
        }
    }
}
