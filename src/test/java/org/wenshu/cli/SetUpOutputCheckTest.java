package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * scripts/check-quiet, which CI runs around the README's two set-up commands, passes wenshu's own
 * lines and names every other one. (The set-up commands themselves run in CI, not here: one of
 * them is this test suite.)
 */
class SetUpOutputCheckTest {

    record Judged(int exit, String output) {}

    /** What scripts/check-quiet --filter says of {@code printed}; other CLI tests feed it their output too. */
    static Judged judge(String printed) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "scripts/check-quiet", "--filter").redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(printed.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Judged(process.exitValue(), output);
    }

    @Test
    void wenshusOwnLinesPass() throws Exception {
        Judged judged = judge("""
                wenshu: 正在构建 /x/target/wenshu.jar …
                out/工作措施安排.json  out/工作措施安排.outline
                out/工作措施安排.pdf  out/工作措施安排.docx  （5 页）
                wenshu: examples/a.txt 第 4 行：有未填写的占位符
                wenshu: 测试全部通过：812 个（跳过 0 个），用时 95 秒
                out/工作措施安排.pdf  out/工作措施安排.docx  (5 pages)
                out/2026年政府工作报告汇编.pdf  (21 documents, 692 pages)
                examples/工作措施安排.txt:4: warning placeholder: 有未填写的占位符：“x县”
                wenshu: 2 warning(s), 2 removal note(s)
                """);
        assertThat(judged.exit()).as(judged.output()).isZero();
        assertThat(judged.output()).isEmpty();
    }

    @Test
    void thirdPartyNoiseIsNamedLineByLine() throws Exception {
        Judged judged = judge("\u001b[0m\u001b[0mwenshu: 正在构建 …\n"
                + "SLF4J(W): No SLF4J providers were found.\n"
                + "[INFO] Tests run: 812, Failures: 0, Errors: 0, Skipped: 0\n"
                + "out/a.pdf  out/a.docx  （1 页）\n");
        assertThat(judged.exit()).isEqualTo(1);
        assertThat(judged.output().lines()).hasSize(3)
                .allMatch(line -> line.startsWith("wenshu: "))
                .anyMatch(line -> line.contains("\\E[0m"))
                .anyMatch(line -> line.contains("SLF4J"))
                .anyMatch(line -> line.contains("Tests\\ run"));
    }
}
