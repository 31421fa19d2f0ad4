package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shutdown hook removes the temporary files being written when the process is stopped. */
class PendingFilesTest {
    @TempDir
    Path dir;

    @Test
    void theHookRemovesFilesStillBeingWritten() throws Exception {
        PendingFiles pending = new PendingFiles();
        Path half = Files.writeString(dir.resolve(".wenshu-1-2.tmp"), "half a PDF");
        pending.add(half);
        Thread hook = pending.shutdownHook();
        hook.start();
        hook.join();
        assertThat(half).doesNotExist();
        assertThat(pending.current()).isEmpty();
    }

    @Test
    void aFinishedWriteLeavesNothingPendingAndAShortTemporaryName() throws Exception {
        PendingFiles pending = new PendingFiles();
        Path target = dir.resolve("很".repeat(83) + ".pdf"); // 253 bytes: no room for a longer temporary name
        AtomicFile.write(target, new byte[] {1, 2, 3}, pending);
        assertThat(target).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(pending.current()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
