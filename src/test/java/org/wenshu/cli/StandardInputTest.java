package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} as a source reads standard input, in parse and render; {@code --from} names its format. */
class StandardInputTest extends ConsoleCapture {
    private static final String WORK_SUMMARY = "某某县2026年一季度工作总结\n\n一、主要工作\n今年以来，xx县认真落实各项部署。\n二、下步打算\n继续抓好落实。\n";

    @TempDir
    Path dir;

    private InputStream savedIn;

    @BeforeEach
    void saveIn() {
        savedIn = System.in;
    }

    @AfterEach
    void restoreIn() {
        System.setIn(savedIn);
    }

    private static void stdin(String text) {
        stdin(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void stdin(byte[] bytes) {
        System.setIn(new ByteArrayInputStream(bytes));
    }

    @Test
    void renderReadsStandardInputAndNamesItDash() throws Exception {
        stdin(WORK_SUMMARY);
        int exit = Main.run("render", "--template", "document", "--to", "pdf,docx", "-o", dir.toString(), "-");
        assertThat(exit).as(stderr()).isZero();
        assertThat(dir.resolve("stdin.pdf")).isNotEmptyFile();
        assertThat(dir.resolve("stdin.docx")).isNotEmptyFile();
        assertThat(stdout()).contains(dir.resolve("stdin.pdf").toString());
        // diagnostics name the source "-" with the line, as for a file
        assertThat(stderr()).contains("-:4: 警告 placeholder");
    }

    @Test
    void parseReadsStandardInputBesideFiles() throws Exception {
        Path file = dir.resolve("b.txt");
        Files.writeString(file, "另一份材料\n\n一、情况\n正文一段。\n");
        stdin(WORK_SUMMARY);
        int exit = Main.run("parse", "--format", "outline", "-", file.toString());
        assertThat(exit).as(stderr()).isZero();
        assertThat(stdout()).contains("某某县2026年一季度工作总结").contains("一、主要工作").contains("另一份材料");
        assertThat(stdout().indexOf("某某县2026年一季度工作总结")).isLessThan(stdout().indexOf("另一份材料"));
    }

    @Test
    void theFormatIsToldFromTheContentOrGivenWithFrom() {
        stdin("<!DOCTYPE html><html><head><title>页</title></head><body><h1>网页标题</h1><p>第一段。</p></body></html>");
        assertThat(Main.run("parse", "--format", "json", "-")).as(stderr()).isZero();
        assertThat(stdout()).contains("\"title\" : \"网页标题\"").doesNotContain("<p>");

        String markdown = "# 材料标题\n\n## 工作情况\n\n正文。\n";
        stdin(markdown);
        assertThat(Main.run("parse", "--format", "outline", "--from", "md", "-")).as(stderr()).isZero();
        assertThat(stdout()).contains("材料标题").doesNotContain("# 材料标题").doesNotContain("## 工作情况");
    }

    @Test
    void badUseIsAUsageErrorAndEmptyInputABadInput() throws Exception {
        stdin(WORK_SUMMARY);
        assertThat(Main.run("render", "--template", "document", "-o", dir.toString(), "-", "-")).isEqualTo(2);
        assertThat(stderr()).contains("标准输入（-）只能");
        assertThat(Main.run("parse", "--from", "rtf", "-")).isEqualTo(2);
        assertThat(stderr()).contains("--from").contains("rtf");

        stdin(new byte[0]);
        assertThat(Main.run("render", "--template", "document", "-o", dir.toString(), "-")).isEqualTo(1);
        assertThat(stderr()).contains("wenshu: -：文件为空");
        assertThat(dir.resolve("stdin.pdf")).doesNotExist();
    }

    @Test
    void checkReadsStandardInput() {
        stdin(WORK_SUMMARY);
        assertThat(Main.run("check", "--fail-on", "placeholder", "-")).isEqualTo(1);
        assertThat(stdout()).contains("-:4").contains("placeholder");
    }
}
