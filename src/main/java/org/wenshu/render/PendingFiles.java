package org.wenshu.render;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The temporary files a run is writing at this moment, so that a shutdown hook can remove them when
 * the process is stopped (SIGTERM, Ctrl-C) in the middle of a write: no partial file stays behind.
 * Once the hook has run no temporary file is made and none is moved into place, so a write under way
 * when the signal came leaves neither its temporary file nor its output, whichever thread gets on first.
 * Making a temporary file and moving it into place hold the same lock as the hook; the writing itself
 * does not (it may take long), and writes into a file the hook may already have removed.
 */
public final class PendingFiles {
    private final Set<Path> files = new LinkedHashSet<>();
    private boolean stopping;

    /** A new empty temporary file in {@code directory}, recorded until it is moved or discarded. */
    synchronized Path create(Path directory, String prefix, String suffix) throws IOException {
        refuseWhenStopping();
        Path temp = Files.createTempFile(directory, prefix, suffix);
        files.add(temp);
        return temp;
    }

    /** Moves {@code temp} onto {@code target} (atomically where the file system can). */
    synchronized void commit(Path temp, Path target) throws IOException {
        refuseWhenStopping();
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        files.remove(temp);
    }

    /** Removes {@code temp} if it is still there (a write that failed or was refused). */
    synchronized void discard(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the error that made the write fail is the one the user sees
        }
        files.remove(temp);
    }

    /** The files being written now. */
    public synchronized List<Path> current() {
        return List.copyOf(files);
    }

    /** Deletes every file still being written and refuses new ones; what a shutdown hook runs. */
    public synchronized void removeAll() {
        stopping = true;
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the process is going down; nothing more can be done for this file
            }
        }
        files.clear();
    }

    /** A thread for {@link Runtime#addShutdownHook} that removes the files being written. */
    public Thread shutdownHook() {
        return new Thread(this::removeAll, "wenshu-remove-temporary-files");
    }

    private void refuseWhenStopping() throws IOException {
        if (stopping) {
            throw new IOException("程序正在退出，未写完的文件已删除");
        }
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
