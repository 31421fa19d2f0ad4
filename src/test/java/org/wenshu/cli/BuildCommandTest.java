package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wenshu build} end to end, as a user calls it. */
class BuildCommandTest extends ConsoleCapture {
    @TempDir
    Path dir;

    @Test
    void theExampleJobBuildsOneCompilation() throws IOException {
        Path out = dir.resolve("out");
        int exit = Main.run("build", "examples/阶段性工作总结汇编.yaml", "-o", out.toString());
        assertThat(exit).as(stderr()).isZero();
        assertThat(out.resolve("阶段性工作总结汇编.pdf")).exists();
        assertThat(out.resolve("阶段性工作总结汇编.docx")).exists();
        assertThat(stdout()).contains("12 篇").contains("页");
        // the restore rules took the masked words away; the placeholders are still reported
        assertThat(stderr()).doesNotContain("masked-word").contains("placeholder");
    }

    @Test
    void anOutlineListsEachSourcesHeadingsAndItsDiagnosticsAsFileAndLine() throws IOException {
        Path out = dir.resolve("out");
        int exit = Main.run("build", "examples/材料提纲.yaml", "-o", out.toString());
        assertThat(exit).as(stderr()).isZero();
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("材料提纲.pdf").toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf).replaceAll("\\s+", "");
        }
        assertThat(text).contains("示例材料提纲").contains("第二批主题教育工作措施安排范文")
                .contains("一、学习先行奠定思想基础").contains("·县级层面：")
                .contains("examples/工作措施安排.txt:4").contains("（placeholder）")
                .contains("2026年北京市政府工作报告")
                // headings only: the body text of the sources is not in an outline
                .doesNotContain("按照x县学习贯彻");
        assertThat(stdout()).contains("4 篇");
    }

    @Test
    void aJobFileMistakeIsOneLineExit1AndNothingWritten() throws IOException {
        Path out = dir.resolve("out");
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, "kind: compilation\nsources:\n  - nosuch.txt\n", StandardCharsets.UTF_8);
        int exit = Main.run("build", job.toString(), "-o", out.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(stderr().strip()).startsWith("wenshu: ").contains("job.yaml 第 3 行").contains("nosuch.txt")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnreadableSourceStopsTheBuildBeforeAnythingIsWritten() throws IOException {
        Path out = dir.resolve("out");
        Files.writeString(dir.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        Files.copy(Path.of("examples/工作措施安排.txt"), dir.resolve("ok.txt"));
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, "metadata: {title: 汇编}\nsources: [ok.txt, empty.txt]\n", StandardCharsets.UTF_8);
        int exit = Main.run("build", job.toString(), "-o", out.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(stderr()).contains("empty.txt").contains("未生成报告");
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void aMissingJobFileIsBadInputAndNoJobAUsageError() {
        assertThat(Main.run("build", dir.resolve("nosuch.yaml").toString())).isEqualTo(1);
        assertThat(stderr()).contains("nosuch.yaml").contains("任务文件不存在");
        assertThat(Main.run("build")).isEqualTo(2);
    }
}
