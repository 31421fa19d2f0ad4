package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under an English locale the commands' own lines are English: what was written and its pages, the
 * warnings count, files that cannot be read and bench's figures (the diagnostics themselves:
 * EnglishDiagnosticsTest). Under the default locale they stay Chinese.
 */
class EnglishOutputTest extends ConsoleCapture {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final String SOURCE = "examples/工作措施安排.txt";

    @TempDir
    Path dir;

    /** The lines of {@code text} that are the command's own: without the file names (Chinese here) and diagnostics. */
    private static String ownWords(String text) {
        // (build printed its sources' diagnostics as "wenshu: FILE 第 N 行：message（code）" before it shared render's printer)
        return text.lines().filter(line -> !line.matches("^\\S+:\\d+(-\\d+)?: (warning|note) .*")
                        && !line.matches("^wenshu: \\S+ 第 \\d+ 行：.*（[a-z-]+）$"))
                .map(line -> line.replace("工作措施安排", "NAME").replace("材料汇编", "NAME"))
                .reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void renderSpeaksEnglish() {
        int exit = Main.run(CliLanguage.ENGLISH, "render", "--template", "document", "-o", dir.toString(), SOURCE,
                dir.resolve("nosuch.txt").toString(), "examples");
        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).containsPattern("NAME|工作措施安排\\.pdf  .*工作措施安排\\.docx  \\(\\d+ pages\\)");
        assertThat(stderr()).contains("wenshu: " + dir.resolve("nosuch.txt") + ": no such file")
                .contains("wenshu: examples: is a folder, not a file")
                .containsPattern("wenshu: \\d+ warning\\(s\\), \\d+ removal note\\(s\\)")
                .contains(": warning placeholder: ");
        assertThat(ownWords(stdout() + stderr())).doesNotContainPattern(HAN);
    }

    @Test
    void buildAndBenchSpeakEnglish() throws IOException {
        Files.copy(Path.of(SOURCE), dir.resolve("a.txt"));
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, "kind: compilation\nmetadata: {title: 材料汇编}\nsources: [a.txt]\noutputs: [pdf]\n",
                StandardCharsets.UTF_8);
        assertThat(Main.run(CliLanguage.ENGLISH, "build", job.toString(), "-o", dir.resolve("out").toString())).isZero();
        assertThat(stdout()).containsPattern("job\\.pdf  \\(1 documents, \\d+ pages\\)");
        assertThat(Main.run(CliLanguage.ENGLISH, "bench", "parse", SOURCE, "--runs", "1", "--warmup", "0")).isZero();
        assertThat(stdout()).containsPattern("parse: 1 files, \\d+ characters, 1 documents; 1 runs \\(0 warm-up\\)")
                .containsPattern("parse: median \\d+\\.\\d ms, fastest \\d+\\.\\d ms, slowest \\d+\\.\\d ms")
                .containsPattern("parse: CPU time \\(whole process, compiler and garbage collector included\\) median \\d+\\.\\d ms");
        assertThat(Main.run(CliLanguage.ENGLISH, "build", dir.resolve("nosuch.yaml").toString())).isEqualTo(1);
        assertThat(stderr()).contains("nosuch.yaml: no such job file");
        assertThat(Main.run(CliLanguage.ENGLISH, "render", "--template", "nosuch", SOURCE)).isEqualTo(1);
        assertThat(stderr()).contains("wenshu: no template \"nosuch\"");
        assertThat(ownWords(stdout() + stderr())).doesNotContainPattern(HAN);
    }

    @Test
    void parsesOutlineHasEnglishLabels() {
        assertThat(Main.run(CliLanguage.ENGLISH, "parse", "--format", "outline", SOURCE)).isZero();
        assertThat(stdout()).startsWith("File: " + SOURCE + "\nTitle: ").containsPattern("\\(L\\d+, \\d+ paragraphs\\)");
        assertThat(Main.run(CliLanguage.CHINESE, "parse", "--format", "outline", SOURCE)).isZero();
        assertThat(stdout()).contains("文件：" + SOURCE + "\n标题：").containsPattern("\\(L\\d+, \\d+ 段\\)");
    }

    @Test
    void theDefaultStaysChinese() {
        assertThat(Main.run(CliLanguage.CHINESE, "render", "--template", "document", "--to", "pdf", "-o", dir.toString(),
                SOURCE, dir.resolve("nosuch.txt").toString())).isEqualTo(1);
        assertThat(stdout()).containsPattern("工作措施安排\\.pdf  （\\d+ 页）");
        assertThat(stderr()).contains("nosuch.txt：文件不存在").containsPattern("wenshu: 共 \\d+ 条警告、\\d+ 条删除提示");
    }
}
