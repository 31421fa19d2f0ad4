package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs of the command line in a JVM with a small heap (issue 17): a document or template that
 * exhausts memory gives a one-line error naming the file, and the other files are still processed.
 */
class HostileRenderTest {
    @TempDir
    Path dir;

    private static long errorLines(String err) {
        return err.lines().filter(line -> line.startsWith("wenshu: ")).count();
    }

    @Test
    void aTemplatePaddingToTwoBillionCharactersFailsEachFileAloneUnderASmallHeap() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("pad"));
        Files.writeString(folder.resolve("template.ftlx"), "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<title>t</title></head><body><p>${doc.title?left_pad(2000000000)}</p></body></html>", StandardCharsets.UTF_8);
        Path a = Files.writeString(dir.resolve("甲.txt"), "标题甲\n\n正文第一段。\n", StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("乙.txt"), "标题乙\n\n正文第一段。\n", StandardCharsets.UTF_8);
        ChildJvm.Result result = ChildJvm.run(dir, "256m", "render", "--template", folder.toString(), "--to", "html",
                "-o", dir.resolve("out").toString(), a.toString(), b.toString());
        assertThat(result.exit()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
        assertThat(errorLines(result.err())).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains(a + "：处理所需内存超出上限").contains(b + "：处理所需内存超出上限");
    }
}
