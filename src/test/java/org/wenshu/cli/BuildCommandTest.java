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
    void omitLeavesSingleSectionsOutAndSaysSo() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "关于某项工作的报告\n\n一、总体情况\n今年完成了任务。\n（一）第一项工作\n内容甲。\n"
                + "（二）第二项工作\n内容乙。\n二、存在问题\n还有不足之处。\n三、下步打算\n继续努力。\n", StandardCharsets.UTF_8);
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, "metadata: {title: 汇编}\nsources: [a.txt]\noutputs: [html]\nomit:\n  a.txt: [二、, 一/（二）]\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertThat(Main.run("build", job.toString(), "-o", out.toString())).as(stderr()).isZero();
        String html = Files.readString(out.resolve("job.html"));
        assertThat(html).contains("总体情况", "第一项工作", "内容甲", "下步打算")
                .doesNotContain("第二项工作", "内容乙", "存在问题", "还有不足之处");
        assertThat(stderr()).contains("a.txt:7: 提示 section-omitted: 已按任务文件略去“（二）第二项工作”（1 段）")
                .contains("a.txt:9: 提示 section-omitted: 已按任务文件略去“二、存在问题”（1 段）");

        Files.writeString(job, "metadata: {title: 汇编}\nsources: [a.txt]\noutputs: [html]\nomit:\n  a.txt:\n    - 二、\n    - 五、\n",
                StandardCharsets.UTF_8);
        assertThat(Main.run("build", job.toString(), "-o", dir.resolve("out2").toString())).isEqualTo(1);
        assertThat(stderr()).contains("job.yaml 第 7 行：omit: a.txt 中没有“五、”这一节（一级标题有：一、总体情况、二、存在问题、三、下步打算）");
        assertThat(dir.resolve("out2")).doesNotExist();
        Files.writeString(job, "metadata: {title: 汇编}\nsources: [a.txt]\nomit: {b.txt: [一]}\n", StandardCharsets.UTF_8);
        assertThat(Main.run(CliLanguage.ENGLISH, "build", job.toString(), "-o", dir.resolve("out3").toString())).isEqualTo(1);
        assertThat(stderr()).contains("job.yaml: line 3: omit: b.txt is not one of the job's sources (the sources: a.txt)");
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

    /** A job over copies of the example with placeholders (line 4) in {@code dir}: one part, PDF and DOCX. */
    private Path placeholderJob() throws IOException {
        Files.copy(Path.of("examples/工作措施安排.txt"), dir.resolve("措施.txt"));
        return Files.writeString(dir.resolve("job.yaml"), "metadata: {title: 汇编}\nsources: [措施.txt]\noutput: 汇编\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void sourceWarningsArePrintedAsRenderPrintsThemWithACountLine() throws Exception {
        Path out = dir.resolve("out");
        int exit = Main.run("build", placeholderJob().toString(), "-o", out.toString());
        assertThat(exit).as(stderr()).isZero();
        assertThat(stderr()).contains("措施.txt:4: 警告 placeholder: ");
        assertThat(stderr().lines().toList()).last().asString().matches("wenshu: 共 \\d+ 条警告、\\d+ 条删除提示");
        // CI's allow-list (scripts/check-quiet) knows every line as wenshu's own
        SetUpOutputCheckTest.Judged judged = SetUpOutputCheckTest.judge(stderr());
        assertThat(judged.exit()).as(judged.output()).isZero();
        assertThat(out.resolve("汇编.pdf")).exists();
    }

    @Test
    void theReportsOwnFindingsAreNamedByTheJobWithoutALineOfIt() throws IOException {
        Files.copy(Path.of("examples/工作措施安排.txt"), dir.resolve("甲.txt"));
        Files.copy(Path.of("examples/工作措施安排.txt"), dir.resolve("乙.txt"));
        Path job = Files.writeString(dir.resolve("job.yaml"), "metadata: {title: 汇编}\nsources: [甲.txt, 乙.txt]\n",
                StandardCharsets.UTF_8);
        int exit = Main.run("build", job.toString(), "-o", dir.resolve("out").toString());
        assertThat(exit).as(stderr()).isZero();
        // the duplicate is found while assembling: it concerns two sources, so it is the job's, at no line of it
        assertThat(stderr()).contains(job + ": 警告 duplicate-source: ").contains("乙.txt");
    }

    @Test
    void strictMakesWarningsExit1AndStillWritesTheReport() throws IOException {
        Path out = dir.resolve("out");
        int exit = Main.run("build", "--strict", placeholderJob().toString(), "-o", out.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(stderr()).contains("警告 placeholder");
        assertThat(out.resolve("汇编.pdf")).exists();
        assertThat(out.resolve("汇编.docx")).exists();
    }

    @Test
    void aSourceNestedPastTheStackIsOneLineUnderTheWorkersLimitAndNothingIsWritten() throws IOException {
        Path out = dir.resolve("out");
        Files.copy(Path.of("examples/工作措施安排.txt"), dir.resolve("ok.txt"));
        Files.write(dir.resolve("嵌套.pdf"), org.wenshu.ingest.HostileSet.nestedArrays(400_000));
        Path job = Files.writeString(dir.resolve("job.yaml"), "metadata: {title: 汇编}\nsources: [ok.txt, 嵌套.pdf]\n",
                StandardCharsets.UTF_8);
        int exit = Main.run("build", job.toString(), "-o", out.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(stderr().lines()).as(stderr()).hasSize(2);
        assertThat(stderr()).contains("嵌套.pdf：结构嵌套过深，超出处理上限（调用栈 16 MB）").contains("未生成报告")
                .doesNotContain("StackOverflowError");
        assertThat(out).doesNotExist();
    }

    @Test
    void staleTemporaryFilesGoAndAFailedWriteDoesNotStopTheOtherOutput() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        long dead = java.util.stream.LongStream.iterate(4_000_000, pid -> pid + 1)
                .filter(pid -> ProcessHandle.of(pid).isEmpty()).findFirst().orElseThrow();
        Path killed = Files.writeString(out.resolve(".wenshu-" + dead + "-123456.tmp"), "partial");
        Files.createDirectories(out.resolve("汇编.docx")); // a folder where the DOCX should go
        int exit = Main.run("build", placeholderJob().toString(), "-o", out.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(killed).doesNotExist();
        assertThat(out.resolve("汇编.pdf")).exists();
        assertThat(stderr().lines().filter(line -> line.contains("汇编.docx"))).singleElement().asString()
                .startsWith("wenshu: ").contains("无法写入");
        assertThat(stdout()).contains("汇编.pdf").doesNotContain("汇编.docx");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
