package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenshu.cli.CliRun.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing outputs (issue 17, items 5 and 6): short temporary names, a failed write does not stop
 * the batch, and temporary files a killed run left behind are removed by the next run.
 */
class BatchWriteTest {
    @TempDir
    Path dir;

    private Path source(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "关于做好工作的通知\n\n各单位要认真做好各项工作。\n", StandardCharsets.UTF_8);
    }

    private static String[] names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void anInputNameOfTwoHundredFortyBytesIsWritten() throws Exception {
        String name = "很".repeat(80); // 240 bytes in UTF-8; the output name 244, the old temporary name over 255
        Path out = dir.resolve("out");
        CliRun result = run("render", "--template", "document", "--to", "html,docx", "-o", out.toString(),
                source(name + ".txt").toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(names(out)).containsExactly(name + ".docx", name + ".html");
    }

    @Test
    void aFailedWriteIsOneLineAndTheBatchGoesOn() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("甲.docx")); // a folder where the DOCX should go
        CliRun result = run("render", "--template", "document", "--to", "html,docx", "-o", out.toString(),
                source("甲.txt").toString(), source("乙.txt").toString());
        assertThat(result.exit()).isEqualTo(1);
        // the warnings' count line (render prints the sources' warnings and ends with it) is not an error
        assertThat(result.err().lines().filter(l -> l.startsWith("wenshu: ") && !l.startsWith("wenshu: 共 ")))
                .singleElement().asString()
                .contains("甲.docx").contains("无法写入");
        assertThat(result.err()).doesNotContain("\tat ");
        assertThat(out.resolve("甲.html")).isRegularFile();
        assertThat(out.resolve("乙.html")).isRegularFile();
        assertThat(out.resolve("乙.docx")).isRegularFile();
        assertThat(names(out)).noneMatch(n -> n.endsWith(".tmp"));
    }

    @Test
    void temporaryFilesOfRunsNoLongerRunningAreRemoved() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        long dead = LongStream.iterate(4_000_000, pid -> pid + 1).filter(pid -> ProcessHandle.of(pid).isEmpty())
                .findFirst().orElseThrow();
        long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Path killed = Files.writeString(out.resolve(".wenshu-" + dead + "-123456.tmp"), "partial");
        Path running = Files.writeString(out.resolve(".wenshu-" + alive + "-654321.tmp"), "being written");
        Path earlier = Files.writeString(out.resolve(".甲.pdf8123456.tmp"), "partial");
        Files.setLastModifiedTime(earlier, FileTime.from(Instant.now().minusSeconds(2 * 3600)));
        Path recentEarlier = Files.writeString(out.resolve(".乙.pdf8123456.tmp"), "maybe being written");
        Path someoneElses = Files.writeString(out.resolve(".notes.tmp"), "not ours");
        CliRun result = run("render", "--template", "document", "--to", "html", "-o", out.toString(),
                source("甲.txt").toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(killed).doesNotExist();
        assertThat(earlier).doesNotExist();
        assertThat(running).exists();
        assertThat(recentEarlier).exists();
        assertThat(someoneElses).exists();
    }
}
