package org.wenshu.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The temporary files a run is writing at this moment, so that a shutdown hook can remove them when
 * the process is stopped (SIGTERM, Ctrl-C) in the middle of a write: no partial file stays behind.
 */
public final class PendingFiles {
    private final Set<Path> files = ConcurrentHashMap.newKeySet();

    void add(Path file) {
        files.add(file);
    }

    void remove(Path file) {
        files.remove(file);
    }

    /** The files being written now. */
    public List<Path> current() {
        return List.copyOf(files);
    }

    /** Deletes every file still being written; what a shutdown hook runs. */
    public void removeAll() {
        for (Path file : List.copyOf(files)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the process is going down; nothing more can be done for this file
            }
            files.remove(file);
        }
    }

    /** A thread for {@link Runtime#addShutdownHook} that removes the files being written. */
    public Thread shutdownHook() {
        return new Thread(this::removeAll, "wenshu-remove-temporary-files");
    }

    /**
     * Runs {@code work}, which writes into {@code directory} through the {@link PendingFiles} it is
     * given: first what a run killed while writing there left behind is removed
     * ({@link AtomicFile#removeStale}), and while {@code work} runs a shutdown hook removes what it
     * is writing if the process is stopped (SIGTERM, Ctrl-C). What {@code render} and {@code build} share.
     */
    public static <T> T writingInto(Path directory, Function<PendingFiles, T> work) {
        AtomicFile.removeStale(directory);
        PendingFiles pending = new PendingFiles();
        Thread cleanup = pending.shutdownHook();
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            return work.apply(pending);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs
            }
        }
    }
}
