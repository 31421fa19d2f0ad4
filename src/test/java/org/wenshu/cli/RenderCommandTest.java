package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render and fonts commands end to end, as a user calls them. */
class RenderCommandTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {}

    private static Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void rendersPdfDocxAndHtmlIntoTheOutputFolder() throws IOException {
        Result result = run("render", "--template", "document", "--to", "pdf,docx,html", "-o", dir.toString(),
                "examples/工作措施安排.txt");
        assertThat(result.exit()).as(result.err()).isZero();
        for (String ext : new String[] {"pdf", "docx", "html"}) {
            Path file = dir.resolve("工作措施安排." + ext);
            assertThat(file).exists();
            assertThat(Files.size(file)).isGreaterThan(1000);
        }
        assertThat(Files.readAllBytes(dir.resolve("工作措施安排.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(result.out()).contains("工作措施安排.pdf").contains("页");
    }

    @Test
    void aMissingFileIsOneLineAndExit1() {
        Result result = run("render", "--template", "document", "-o", dir.toString(), dir.resolve("nosuch.txt").toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("wenshu: ").contains("nosuch.txt").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void anUnknownTemplateIsBadInputAndAnUnknownFormatAUsageError() {
        Result template = run("render", "--template", "nosuch", "-o", dir.toString(), "examples/工作措施安排.txt");
        assertThat(template.exit()).isEqualTo(1);
        assertThat(template.err().strip()).contains("找不到模板").doesNotContain("\n");
        Result format = run("render", "--template", "document", "--to", "odt", "-o", dir.toString(), "examples/工作措施安排.txt");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err().strip()).contains("不支持的输出格式").doesNotContain("\n");
    }

    @Test
    void aCharacterNoFontCoversIsReported() throws IOException {
        Path source = dir.resolve("表情.txt");
        Files.writeString(source, "关于测试的通知\n\n各单位要认真落实😀有关要求，确保工作取得实效。\n", StandardCharsets.UTF_8);
        Result result = run("render", "--template", "document", "--to", "pdf", "-o", dir.toString(), source.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).contains("U+1F600").contains("没有字体可以显示");
    }

    @Test
    void fontsListsTheFileForEveryRole() {
        Result result = run("fonts");
        assertThat(result.exit()).isZero();
        for (String role : new String[] {"title", "heading1", "heading2", "heading3", "heading4", "body", "pageNumber"}) {
            assertThat(result.out()).containsPattern("(?m)^" + role + "\\s+\\S+\\s+\\d");
        }
    }
}
