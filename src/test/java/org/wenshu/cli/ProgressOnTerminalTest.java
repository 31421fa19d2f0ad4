package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wenshu render} in its own JVM with the progress delay set to zero: on a pseudo-terminal
 * (made by {@code script}) standard error gets the updating line; into a pipe, or with
 * {@code --quiet}, not a trace of it.
 */
class ProgressOnTerminalTest {
    private static final String SEPARATOR = "----";

    @TempDir
    Path dir;

    private List<String> wenshu(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + Progress.DELAY_PROPERTY + "=0", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private String[] render(String... extra) {
        List<String> args = new ArrayList<>(List.of("render", "--template", "document", "--to", "html", "-o", dir.toString()));
        args.addAll(List.of(extra));
        args.add("examples/工作措施安排.txt");
        return args.toArray(String[]::new);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** Runs the commands one after the other on a pseudo-terminal: what the terminal received, separated by {@link #SEPARATOR}. */
    @SafeVarargs
    private String onTerminal(List<String>... commands) throws IOException, InterruptedException {
        Path script = dir.resolve("run.sh");
        StringBuilder lines = new StringBuilder("set -e\n");
        for (List<String> command : commands) {
            for (String part : command) {
                lines.append(" '").append(part.replace("'", "'\\''")).append("'");
            }
            lines.append("\necho " + SEPARATOR + "\n");
        }
        Files.writeString(script, lines);
        return run(List.of("script", "-qec", "bash " + script, "/dev/null"));
    }

    @Test
    void aPipeGetsNoProgress() {
        // in this JVM: Surefire's standard error is a pipe
        String before = System.getProperty(Progress.DELAY_PROPERTY);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setProperty(Progress.DELAY_PROPERTY, "0");
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(Main.run(render())).isZero();
        } finally {
            System.setErr(err);
            if (before == null) {
                System.clearProperty(Progress.DELAY_PROPERTY);
            } else {
                System.setProperty(Progress.DELAY_PROPERTY, before);
            }
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("\r").doesNotContain("已读");
        assertThat(dir.resolve("工作措施安排.html")).exists();
    }

    @Test
    void aTerminalGetsTheLineUnlessQuiet() throws Exception {
        assumeThat(Path.of("/usr/bin/script")).as("script (util-linux) makes the terminal").exists();
        String both = onTerminal(wenshu(render()), wenshu(render("--quiet")));
        String shown = both.substring(0, both.indexOf(SEPARATOR));
        String quiet = both.substring(both.indexOf(SEPARATOR));
        assertThat(shown).contains("\r已读 1/1 个文件 · 已排版 1 篇 · 已写出 0 页 · ")
                .contains("工作措施安排.html");
        assertThat(quiet).doesNotContain("已读").contains("工作措施安排.html");
    }

    @Test
    void parseCheckAndBenchShowTheReadingLineOnATerminalUnlessQuiet() throws Exception {
        assumeThat(Path.of("/usr/bin/script")).as("script (util-linux) makes the terminal").exists();
        String source = "examples/工作措施安排.txt";
        String all = onTerminal(
                wenshu("parse", "--format", "outline", source),
                wenshu("check", "--fail-on", "duplicate-source", source),
                wenshu("bench", "parse", source, "--runs", "2", "--warmup", "1"),
                wenshu("parse", "--quiet", "--format", "outline", source),
                wenshu("check", "-q", "--fail-on", "duplicate-source", source),
                wenshu("bench", "parse", source, "--runs", "2", "--warmup", "1", "--quiet"));
        String[] runs = all.split(SEPARATOR);
        // reading only: files and seconds, no layout or pages
        assertThat(runs[0]).contains("\r已读 1/1 个文件 · ").doesNotContain("已排版").contains("标题：");
        assertThat(runs[1]).contains("\r已读 1/1 个文件 · ").doesNotContain("已排版").contains("placeholder");
        assertThat(runs[2]).contains("\r已读 1/1 个文件 · 第 3/3 轮 · ").contains("parse: 1 个文件");
        for (int i = 3; i < 6; i++) {
            assertThat(runs[i]).as("quiet run %d", i).doesNotContain("已读").doesNotContain("\r已");
        }
        assertThat(runs[5]).contains("parse: 1 个文件");
    }
}
