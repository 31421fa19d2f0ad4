package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.model.WenshuException;

/** The shutdown hook removes the temporary files being written when the process is stopped, and stops further writes. */
class PendingFilesTest {
    @TempDir
    Path dir;

    @Test
    void theHookRemovesFilesStillBeingWritten() throws Exception {
        PendingFiles pending = new PendingFiles();
        Path half = pending.create(dir, ".wenshu-1-", ".tmp");
        Files.writeString(half, "half a PDF");
        Thread hook = pending.shutdownHook();
        hook.start();
        hook.join();
        assertThat(half).doesNotExist();
        assertThat(pending.current()).isEmpty();
    }

    @Test
    void onceTheHookHasRunAWriteUnderWayIsNotMovedIntoPlaceAndNoNewOneStarts() throws Exception {
        PendingFiles pending = new PendingFiles();
        Path temp = pending.create(dir, ".wenshu-1-", ".tmp");
        Files.writeString(temp, "the whole PDF, written as the signal came");
        pending.removeAll();
        Path target = dir.resolve("甲.pdf");
        assertThatThrownBy(() -> pending.commit(temp, target)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("甲.docx"), new byte[] {1}, pending))
                .isInstanceOf(WenshuException.class).hasMessageContaining("甲.docx：无法写入（程序正在退出");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
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
