package org.wenshu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One updating line on standard error while long work runs: files read, documents laid out, pages
 * written ({@code 已读 3/21 个文件 · 已排版 2 篇 · 已写出 58 页 · 5 秒}). It appears only when standard
 * error is a terminal and the work has taken more than {@link #DEFAULT_DELAY_MILLIS}, is redrawn in
 * place with {@code \r} twice a second and on every step, and is wiped before anything else is
 * printed (through {@link #guard}) and at the end, so it never ends up in a log or between output
 * lines. Not on a terminal, or with {@code --quiet}, it does nothing.
 */
final class Progress implements AutoCloseable {
    static final long DEFAULT_DELAY_MILLIS = 2000;
    /** The delay in milliseconds, for tests and demonstrations ({@code -Dwenshu.progress.delay=0}). */
    static final String DELAY_PROPERTY = "wenshu.progress.delay";
    private static final long REDRAW_MILLIS = 500;

    private final PrintWriter terminal;
    private final ResourceBundle bundle;
    private final LongSupplier clock;
    private final long delayNanos;
    private final long start;
    private final int files;
    /** Whether the work lays out and writes (render, build) or only reads (parse, check, bench). */
    private final boolean writes;
    private final ScheduledExecutorService ticker;
    /** Timed runs in all (bench), 0 for other work. */
    private int runs;
    private int runsDone;
    private int filesRead;
    private int documentsLaidOut;
    private int pagesWritten;
    /** Columns of the line now on the terminal; 0 when none is shown. */
    private int shownWidth;
    /** True while a guarded writer has printed part of a line: drawing now would overwrite it. */
    private boolean midLine;

    /**
     * @param terminal where the line goes, or null for no progress at all
     * @param files how many files the work reads, or 0 when not known in advance
     */
    Progress(PrintWriter terminal, ResourceBundle bundle, LongSupplier clock, long delayMillis, int files, boolean redrawByItself) {
        this(terminal, bundle, clock, delayMillis, files, true, redrawByItself);
    }

    /** {@code writes}: false for work that only reads files, whose line counts no layout or pages. */
    Progress(PrintWriter terminal, ResourceBundle bundle, LongSupplier clock, long delayMillis, int files, boolean writes,
             boolean redrawByItself) {
        this.writes = writes;
        this.terminal = terminal;
        this.bundle = bundle;
        this.clock = clock;
        this.delayNanos = TimeUnit.MILLISECONDS.toNanos(delayMillis);
        this.start = clock.getAsLong();
        this.files = files;
        if (terminal != null && redrawByItself) {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "wenshu-progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(this::draw, REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** Progress for a command on the process's standard error: none when it is no terminal or when {@code quiet}. */
    static Progress onStandardError(PrintWriter err, ResourceBundle bundle, boolean quiet, int files, boolean writes) {
        boolean show = !quiet && standardErrorIsTerminal();
        long delay = Long.getLong(DELAY_PROPERTY, DEFAULT_DELAY_MILLIS);
        return new Progress(show ? err : null, bundle, System::nanoTime, delay, files, writes, show);
    }

    /**
     * Whether file descriptor 2 is a terminal. Java has no isatty; on Linux the descriptor's link
     * names the device, elsewhere a console means standard input and output are terminals, and
     * standard error then normally is too.
     */
    static boolean standardErrorIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    synchronized void fileRead() {
        filesRead++;
        draw();
    }

    synchronized void documentLaidOut() {
        documentsLaidOut++;
        draw();
    }

    synchronized void pagesWritten(int pages) {
        pagesWritten += pages;
        draw();
    }

    /** Work done in {@code total} timed runs (bench): the line counts them. */
    synchronized void runs(int total) {
        runs = total;
        draw();
    }

    synchronized void runDone() {
        runsDone++;
        draw();
    }

    /** The line as it reads now. */
    synchronized String line() {
        String read = files > 0 ? CliLanguage.format(bundle, "progress.files", filesRead, files)
                : CliLanguage.format(bundle, "progress.filesSoFar", filesRead);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(clock.getAsLong() - start);
        if (runs > 0) {
            return CliLanguage.format(bundle, "progress.benchLine", read,
                    CliLanguage.format(bundle, "progress.runs", runsDone, runs), seconds);
        }
        if (!writes) {
            return CliLanguage.format(bundle, "progress.readLine", read, seconds);
        }
        return CliLanguage.format(bundle, "progress.line", read, documentsLaidOut, pagesWritten, seconds);
    }

    /** Draws the line if it is due: on a terminal, after the delay, not in the middle of another line. */
    synchronized void draw() {
        if (terminal == null || midLine || clock.getAsLong() - start < delayNanos) {
            return;
        }
        String line = line();
        int width = width(line);
        terminal.print("\r" + line + " ".repeat(Math.max(0, shownWidth - width)) + "\r");
        terminal.flush();
        shownWidth = width;
    }

    /** Wipes the line, if one is shown, leaving the cursor at the start of the empty line. */
    synchronized void clear() {
        if (terminal != null && shownWidth > 0) {
            terminal.print("\r" + " ".repeat(shownWidth) + "\r");
            terminal.flush();
            shownWidth = 0;
        }
    }

    /**
     * {@code writer}, wiping the progress line before each write so that output and messages are
     * never drawn over or interleaved with it. Unchanged when there is no progress.
     */
    PrintWriter guard(PrintWriter writer) {
        if (terminal == null) {
            return writer;
        }
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                synchronized (Progress.this) {
                    clear();
                    writer.write(buffer, offset, length);
                    writer.flush();
                    if (length > 0) {
                        char last = buffer[offset + length - 1];
                        midLine = last != '\n' && last != '\r';
                    }
                }
            }

            @Override
            public void flush() {
                writer.flush();
            }

            @Override
            public void close() {
                writer.flush();
            }
        }, true);
    }

    /** Stops redrawing and wipes the line. */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        clear();
    }

    /** Terminal columns: Chinese characters and full-width forms take two. */
    static int width(String text) {
        return text.codePoints().map(c -> c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF
                || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000) ? 2 : 1).sum();
    }
}
