package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/wenshu.cmd, the Windows launcher of the distribution, read as cmd.exe would read it (there is
 * no Windows here): its {@code set} lines are evaluated, and the java command line it wraps is run
 * as written, in a distribution laid out as the zip lays it out, with a lib/wenshu.jar whose
 * manifest points at the classes under test.
 */
class WindowsLauncherTest {
    private static final Path LAUNCHER = Path.of("bin/wenshu.cmd");
    private static final Pattern SET = Pattern.compile("^(?:if defined (\\w+) )?set \"(\\w+)=(.*)\"$");
    private static final Pattern VARIABLE = Pattern.compile("%(~dp0|\\*|\\w+)%?");

    @TempDir
    Path dist;

    private List<String> lines;

    @BeforeEach
    void read() throws Exception {
        String text = Files.readString(LAUNCHER, StandardCharsets.UTF_8);
        assertThat(text).as("cmd.exe needs CRLF line ends").doesNotContainPattern("[^\\r]\\n");
        lines = text.lines().toList();
    }

    @Test
    void launcherRunsTheShippedJarAndNeverBuilds() {
        assertThat(lines.get(0)).isEqualTo("@echo off");
        assertThat(String.join("\n", lines)).doesNotContainIgnoringCase("mvn").contains("%~dp0..\\lib\\wenshu.jar");
        int java = javaLine();
        assertThat(lines.get(java)).contains("-jar \"%WENSHU_JAR%\" %*").contains("-Dfile.encoding=UTF-8");
        assertThat(lines.get(java + 1)).as("the exit code is taken right after java").isEqualTo("set \"WENSHU_STATUS=%ERRORLEVEL%\"");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("exit /b %WENSHU_STATUS%");
        assertThat(lines).contains("chcp 65001 >nul", "if defined WENSHU_CODEPAGE chcp %WENSHU_CODEPAGE% >nul");
        // as bin/wenshu: C1 only for the command line, the full JIT and a heap cap for serve, the full JIT for bench
        assertThat(lines.get(java)).contains("%WENSHU_TIER% %WENSHU_JIT% %WENSHU_PRETENURE% %WENSHU_HEAP%");
        assertThat(lines).contains("set \"WENSHU_TIER=-XX:TieredStopAtLevel=1\"",
                "if /i \"%~1\"==\"serve\" set \"WENSHU_TIER=-XX:TieredStopAtLevel=4\"",
                "if /i \"%~1\"==\"bench\" set \"WENSHU_TIER=-XX:TieredStopAtLevel=4\"",
                "if /i \"%~1\"==\"serve\" set \"WENSHU_PRETENURE=\"",
                "if /i \"%~1\"==\"bench\" set \"WENSHU_PRETENURE=\"",
                "if /i \"%~1\"==\"serve\" set \"WENSHU_JIT=\"",
                "if /i \"%~1\"==\"bench\" set \"WENSHU_JIT=\"");
        assertThat(lines.stream().filter(l -> l.startsWith(":")).map(String::strip))
                .allMatch(label -> lines.contains("goto " + label.substring(1)) || lines.contains("if not exist \"%WENSHU_JAR%\" goto " + label.substring(1)));
    }

    @Test
    void commandLineTakesTheSameJvmFlagsAsTheUnixLauncher() throws Exception {
        // bin/wenshu's options for the command line (its first opts=(...) line), less the class-data
        // archive's, which the Windows launcher does not make: each must be set here too
        String unix = Files.readAllLines(Path.of("bin/wenshu"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("opts=(")).findFirst().orElseThrow();
        List<String> flags = List.of(unix.substring("opts=(".length(), unix.indexOf(')')).split(" "));
        assertThat(flags).contains("-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=20", "-XX:CICompilerCount=1",
                "-XX:PretenureSizeThreshold=1m");
        String windows = String.join("\n", lines);
        assertThat(flags.stream().filter(f -> !f.startsWith("-Xshare") && !f.startsWith("-Xlog")))
                .allSatisfy(flag -> assertThat(windows).contains(flag));
    }

    @Test
    void theJavaCommandLineItWrapsRunsWenshu() throws Exception {
        Files.createDirectories(dist.resolve("bin"));
        Files.createDirectories(dist.resolve("lib"));
        ChildJvm.writeLauncherJar(dist.resolve("lib/wenshu.jar"));
        Path seed = Path.of("examples/阶段性工作总结汇编.txt").toAbsolutePath();

        Result version = run("--version");
        assertThat(version.exit()).as(version.output()).isZero();
        assertThat(version.output()).startsWith("wenshu ");

        Result check = run("check", "--format", "github", seed.toString());
        assertThat(check.exit()).as(check.output()).isEqualTo(1);
        assertThat(check.output()).startsWith("::warning file=" + seed + ",line=9,title=wenshu placeholder::");
    }

    private int javaLine() {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("\"%WENSHU_JAVA%\"")) {
                return i;
            }
        }
        throw new AssertionError("no java command line in " + LAUNCHER);
    }

    private record Result(int exit, String output) {}

    /** Evaluates the launcher's set lines as cmd.exe would, then runs its java line with {@code args} as %*. */
    private Result run(String... args) throws Exception {
        Map<String, String> variables = new HashMap<>();
        variables.put("~dp0", dist.resolve("bin") + File.separator);
        variables.put("JAVA_HOME", System.getProperty("java.home"));
        int java = javaLine();
        for (String line : lines.subList(0, java)) {
            Matcher set = SET.matcher(line.strip());
            if (set.matches() && (set.group(1) == null || variables.containsKey(set.group(1)))) {
                variables.put(set.group(2), expand(set.group(3), variables, args));
            }
        }
        // the launcher takes JAVA_HOME\bin\java.exe; here it is bin/java
        variables.computeIfPresent("WENSHU_JAVA", (k, v) -> v.replaceAll("\\.exe$", ""));
        List<String> command = new ArrayList<>();
        // cmd.exe expands variables before it splits the line, so a variable may hold several
        // options (WENSHU_JIT does); %* stands for the arguments as given
        String marker = "\u0000args\u0000";
        for (String token : tokens(expand(lines.get(java).replace("%*", marker), variables, args))) {
            if (token.equals(marker)) {
                command.addAll(List.of(args));
            } else {
                command.add(token);
            }
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private static String expand(String text, Map<String, String> variables, String[] args) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(1).equals("*") ? String.join(" ", args) : variables.getOrDefault(m.group(1), "");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().replace('\\', File.separatorChar);
    }

    /** cmd.exe's splitting of a command line: spaces separate, double quotes group and are removed. */
    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    tokens.add(current.toString());
                }
                current.setLength(0);
                any = false;
            } else {
                current.append(c);
                any = true;
            }
        }
        if (any) {
            tokens.add(current.toString());
        }
        return tokens;
    }
}
