package org.wenshu.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;
import org.wenshu.model.WenshuException;

/**
 * Lays the documents of one {@code render} call out several at once, so that a batch of files uses
 * every core: a single document keeps only about one and a half of them busy (the PDF's layout and
 * painting on one thread, the DOCX beside it). The caller submits the documents in input order and
 * takes their results in that order, so what is printed and written is the same as one after
 * another.
 *
 * <p>Memory bounds how many run together: a document being laid out holds about
 * {@link #HEAP_BYTES_PER_CHARACTER} bytes of heap for each character of its text (docs/benchmarks.md:
 * 100–140 KB a page), and documents start together only while their texts fit in half the heap. A
 * document too long for that is laid out alone.
 */
final class RenderAhead implements AutoCloseable {
    /** The heap a document's layout holds per character of its text, generously. */
    static final long HEAP_BYTES_PER_CHARACTER = 100;
    /** Beyond this, more documents at once bring little: each one already has a thread beside it. */
    private static final int MOST_AT_ONCE = 4;

    private final ExecutorService pool;
    /** The characters that may be laid out at once; each running document holds its own. */
    private final Semaphore characters;
    private final int capacity;

    RenderAhead(int atOnce, long heapBytes) {
        if (atOnce < 1 || heapBytes < 1) {
            throw new IllegalArgumentException("atOnce and heapBytes must be positive");
        }
        capacity = (int) Math.max(1, Math.min(Integer.MAX_VALUE, heapBytes / 2 / HEAP_BYTES_PER_CHARACTER));
        characters = new Semaphore(capacity, true);
        pool = Executors.newFixedThreadPool(atOnce, work -> {
            Thread thread = new Thread(work, "wenshu-batch");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** As many at once as this machine has cores (at most {@value #MOST_AT_ONCE}), within its heap. */
    static RenderAhead forThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new RenderAhead(Math.max(1, Math.min(MOST_AT_ONCE, cores)), Runtime.getRuntime().maxMemory());
    }

    /**
     * Starts laying {@code document} out with {@code work} as soon as a thread is free and its text
     * fits beside the documents already running.
     */
    <T> Pending<T> submit(Document document, Supplier<T> work) {
        int share = (int) Math.min(capacity, Math.max(1, characters(document)));
        Future<T> future = pool.submit(() -> {
            characters.acquireUninterruptibly(share);
            try {
                return work.get();
            } finally {
                characters.release(share);
            }
        });
        return new Pending<>(future);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** The characters of the document's text: its headings and paragraphs (a table's cells included). */
    static long characters(Document document) {
        long count = document.title().length();
        for (Paragraph paragraph : document.preamble()) {
            count += paragraph.text().length();
        }
        for (Section section : document.sections()) {
            count += characters(section);
        }
        return count;
    }

    private static long characters(Section section) {
        long count = section.heading().length();
        for (Paragraph paragraph : section.paragraphs()) {
            count += paragraph.text().length();
        }
        for (Section child : section.sections()) {
            count += characters(child);
        }
        return count;
    }

    /** A document submitted and perhaps not yet laid out. */
    static final class Pending<T> {
        private final Future<T> future;

        private Pending(Future<T> future) {
            this.future = future;
        }

        /** The work's result once it is done; what it threw is rethrown as it is. */
        T get() {
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
