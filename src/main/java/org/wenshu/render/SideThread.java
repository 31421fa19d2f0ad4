package org.wenshu.render;

import java.util.function.Supplier;

/**
 * One output written on a thread of its own while the calling thread writes another (the DOCX
 * beside the PDF's painting, on the second core). The thread gets as large a stack as the
 * document's own worker, so a deeply nested document fails the same way on either; whatever the
 * work throws is rethrown as it is by {@link #join()}, and interrupting the caller while it waits
 * interrupts the work too.
 */
final class SideThread<T> {
    private final Thread thread;
    private T value;
    private Throwable error;

    private SideThread(Supplier<T> work, long stackBytes) {
        thread = new Thread(null, () -> {
            try {
                value = work.get();
            } catch (Throwable t) {
                error = t;
            }
        }, "wenshu-side-output", stackBytes);
        thread.setDaemon(true);
    }

    /** {@code work} started on a new daemon thread with a stack of {@code stackBytes}. */
    static <T> SideThread<T> start(Supplier<T> work, long stackBytes) {
        SideThread<T> side = new SideThread<>(work, stackBytes);
        side.thread.start();
        return side;
    }

    /** Stops the work if it still runs (the caller failed and no longer wants it). */
    void cancel() {
        thread.interrupt();
    }

    /** The work's result, once it is done; its exception or error rethrown as it is. */
    T join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new org.wenshu.model.WenshuException("已中断");
        }
        // join orders the thread's writes before these reads
        if (error instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        if (error != null) {
            throw new IllegalStateException(error);
        }
        return value;
    }
}
