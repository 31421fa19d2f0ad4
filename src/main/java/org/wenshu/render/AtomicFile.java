package org.wenshu.render;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.model.WenshuException;

/**
 * Writes an output file completely or not at all: a temporary file beside it, then a move. The
 * temporary name is short whatever the output's name ({@code .wenshu-PID-RANDOM.tmp}), and names
 * the process writing it, so a later run can remove what a killed one left behind.
 */
public final class AtomicFile {
    private static final String PREFIX = ".wenshu-";
    private static final String SUFFIX = ".tmp";
    private static final Pattern OURS = Pattern.compile("\\.wenshu-(\\d+)-\\d+\\.tmp");
    /** Names earlier versions used ({@code .NAME.pdf123.tmp}); removed once they are clearly abandoned. */
    private static final Pattern EARLIER = Pattern.compile("\\..+\\.(pdf|docx|html)\\d+\\.tmp");
    private static final Duration ABANDONED = Duration.ofHours(1);

    private AtomicFile() {
    }

    public static void write(Path target, byte[] content) {
        write(target, content, null);
    }

    /**
     * Writes {@code target}; while the temporary file exists it is in {@code pending} (may be null),
     * whose shutdown hook removes it, and once that hook has run the write is refused.
     */
    /**
     * Test seam for the real-SIGTERM test ({@code SigtermTest}): with {@code -Dwenshu.test.holdWriteMillis=N}
     * a write waits N ms once its temporary file exists, so a signal sent then arrives mid-write for
     * certain (a write from memory otherwise lasts milliseconds). Unset in every normal run.
     */
    private static void holdForSignalTest() {
        long millis = Long.getLong("wenshu.test.holdWriteMillis", 0L);
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void write(Path target, byte[] content, PendingFiles pending) {
        PendingFiles files = pending != null ? pending : new PendingFiles();
        Path directory = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = files.create(directory, PREFIX + ProcessHandle.current().pid() + "-", SUFFIX);
            holdForSignalTest();
            // no CREATE: a temporary file the shutdown hook removed is not made again
            Files.write(temp, content, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                // createTempFile makes the file private; outputs are ordinary documents.
                Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            files.commit(temp, target);
        } catch (IOException e) {
            throw new WenshuException(target + "：无法写入（" + reason(e) + "）", e).translatable(target, "cannotWrite", reason(e));
        } finally {
            if (temp != null) {
                // after a successful move there is nothing left to remove
                files.discard(temp);
            }
        }
    }

    /**
     * Removes the temporary files of wenshu runs that are no longer running from {@code directory}
     * (left by a process that was killed while writing); returns how many. A missing folder has none.
     */
    public static int removeStale(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, ".*" + SUFFIX)) {
            for (Path entry : entries) {
                if (stale(entry) && Files.deleteIfExists(entry)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            // an unreadable folder: the write that follows will say what is wrong with it
        }
        return removed;
    }

    private static boolean stale(Path entry) throws IOException {
        String name = entry.getFileName().toString();
        Matcher ours = OURS.matcher(name);
        if (ours.matches()) {
            long pid;
            try {
                pid = Long.parseLong(ours.group(1));
            } catch (NumberFormatException e) {
                return false;
            }
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }
        if (EARLIER.matcher(name).matches() && Files.isRegularFile(entry)) {
            FileTime modified = Files.getLastModifiedTime(entry);
            return modified.toInstant().isBefore(Instant.now().minus(ABANDONED));
        }
        return false;
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage();
    }
}
