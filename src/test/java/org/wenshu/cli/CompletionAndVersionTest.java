package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wenshu completion bash|zsh} completes in a real shell; {@code wenshu --version} says what runs. */
class CompletionAndVersionTest extends ConsoleCapture {
    @TempDir
    Path dir;

    private static String shell(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private Path script(String shell) throws IOException {
        assertThat(Main.run(CliLanguage.CHINESE, "completion", shell)).as(stderr()).isZero();
        Path script = dir.resolve("wenshu." + shell);
        Files.writeString(script, stdout());
        return script;
    }

    @Test
    void bashCompletesSubcommandsOptionsAndChoices() throws Exception {
        Path script = script("bash");
        // what bash does on TAB: fill COMP_WORDS and COMP_CWORD, call the function, read COMPREPLY
        String run = "source '" + script + "' 2>/dev/null\n"
                + "try() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE};"
                + " COMPREPLY=(); _complete_wenshu \"$1\" \"${@: -1}\" \"${@: -2:1}\" 2>/dev/null; echo \"$*|${COMPREPLY[*]}\"; }\n"
                + "try wenshu ren\ntry wenshu render --te\ntry wenshu parse --format ''\ntry wenshu completion ''\ntry wenshu ''\n";
        List<String> lines = shell("bash", "--norc", "-c", run).lines().toList();
        assertThat(lines).contains("wenshu ren|render", "wenshu render --te|--template",
                "wenshu parse --format |json outline", "wenshu completion |bash zsh");
        assertThat(lines.get(lines.size() - 1)).startsWith("wenshu |parse render").contains("completion").contains("help");
    }

    @Test
    void zshLoadsTheSameScriptAsABashStyleCompletion() throws Exception {
        assumeThat(Path.of("/usr/bin/zsh")).as("zsh installed").exists();
        Path script = script("zsh");
        String registered = shell("zsh", "-f", "-c", "source '" + script + "' >/dev/null 2>&1; print -r -- ${_comps[wenshu]}");
        assertThat(registered.strip()).contains("_complete_wenshu");
    }

    @Test
    void versionNamesWenshuJavaAndTheFontFolders() {
        assertThat(Main.run(CliLanguage.CHINESE, "--version")).isZero();
        List<String> lines = stdout().lines().toList();
        assertThat(lines.get(0)).matches("wenshu \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(lines.get(1)).startsWith("Java " + Runtime.version()).contains(System.getProperty("java.home"));
        assertThat(lines.get(2)).isEqualTo("字体（模板 document）取自：");
        assertThat(lines.subList(3, lines.size() - 1)).isNotEmpty()
                .allSatisfy(line -> assertThat(Path.of(line.strip().split("  ")[0])).isDirectory());
        assertThat(lines.get(lines.size() - 1)).contains("wenshu fonts");
    }

    @Test
    void versionInEnglishFromAnySubcommand() {
        assertThat(Main.run(CliLanguage.ENGLISH, "render", "-V")).isZero();
        List<String> lines = stdout().lines().toList();
        assertThat(lines.get(0)).startsWith("wenshu ");
        assertThat(lines.get(1)).startsWith("Java ").doesNotContain("（");
        assertThat(lines.get(2)).isEqualTo("Fonts (template document) come from:");
    }
}
