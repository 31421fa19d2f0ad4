package org.wenshu;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.wenshu.model.LimitExceededException;
import org.wenshu.model.WenshuException;

/**
 * Works on the files of one call several at once, so that a batch uses every core (a single file
 * keeps about one and a half of them busy: the PDF on one thread, the DOCX beside it). The caller
 * submits the work in input order and takes the results in that order, so what is printed and
 * written is the same as one after another.
 *
 * <p>Memory bounds how much runs together: each piece of work says how much heap it will hold
 * while it runs, and pieces start together only while they fit in half the heap; one too large for
 * that runs alone. A piece can still need far more than it said (a hostile file): when a piece that
 * ran beside others fails for want of memory, it may have failed for the other's sake, so it is run
 * once more, alone. Only a piece that fails alone reports the limit.
 */
public final class AheadPool implements AutoCloseable {
    /** Beyond this, more at once brings little: each layout already has a thread beside it. */
    private static final int MOST_AT_ONCE = 4;
    /** The budget is counted in KiB, so that a large heap still fits a semaphore's permits. */
    private static final int UNIT = 1024;

    private final ExecutorService pool;
    /** The heap (in units) that may be held at once; each running piece holds its own share. */
    private final Semaphore heap;
    private final int capacity;
    /** Pieces running now, and pieces started so far: whether a piece ran beside another. */
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong started = new AtomicLong();

    public AheadPool(int atOnce, long heapBytes) {
        if (atOnce < 1 || heapBytes < 1) {
            throw new IllegalArgumentException("atOnce and heapBytes must be positive");
        }
        capacity = (int) Math.max(1, Math.min(Integer.MAX_VALUE, heapBytes / 2 / UNIT));
        heap = new Semaphore(capacity, true);
        pool = Executors.newFixedThreadPool(atOnce, work -> {
            Thread thread = new Thread(work, "wenshu-ahead");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** As many at once as this machine has cores (at most {@value #MOST_AT_ONCE}), within this JVM's heap. */
    public static AheadPool forThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new AheadPool(Math.max(1, Math.min(MOST_AT_ONCE, cores)), Runtime.getRuntime().maxMemory());
    }

    /**
     * Starts {@code work} as soon as a thread is free and {@code heapBytes} fit beside the work
     * already running ({@link Long#MAX_VALUE}: only alone).
     */
    public <T> Pending<T> submit(long heapBytes, Supplier<T> work) {
        int share = (int) Math.min(capacity, Math.max(1, heapBytes / UNIT));
        Future<T> future = pool.submit(() -> {
            heap.acquireUninterruptibly(share);
            boolean beside;
            try {
                beside = running.getAndIncrement() > 0;
                long start = started.incrementAndGet();
                try {
                    return work.get();
                } catch (RuntimeException | OutOfMemoryError e) {
                    if (!outOfMemory(e) || !(beside || started.get() != start || running.get() > 1)) {
                        throw e;
                    }
                } finally {
                    running.decrementAndGet();
                }
            } finally {
                heap.release(share);
            }
            // it failed for want of memory with another piece beside it: once more, with the whole budget
            heap.acquireUninterruptibly(capacity);
            try {
                return work.get();
            } finally {
                heap.release(capacity);
            }
        });
        return new Pending<>(future);
    }

    /** Whether {@code e} is a piece of work running out of heap ({@link DocumentWorker} reports it as a limit). */
    private static boolean outOfMemory(Throwable e) {
        return e instanceof OutOfMemoryError || e instanceof LimitExceededException limit && "memory".equals(limit.limit());
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** Work submitted and perhaps not yet done. */
    public static final class Pending<T> {
        private final Future<T> future;

        private Pending(Future<T> future) {
            this.future = future;
        }

        /** The work's result once it is done; what it threw is rethrown as it is. */
        public T get() {
            try {
                return future.get();
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new WenshuException("已中断").translatable(null, "interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            }
        }
    }
}
