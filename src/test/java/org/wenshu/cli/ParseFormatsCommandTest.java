package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wenshu parse} over files of every format in one call, one of them broken. */
class ParseFormatsCommandTest extends ConsoleCapture {
    @TempDir
    Path dir;

    private static Path fixture(String name) throws Exception {
        return Paths.get(ParseFormatsCommandTest.class.getClassLoader().getResource("formats/" + name).toURI());
    }

    @Test
    void everyFormatInOneCallAndABrokenFileFailsAlone() throws Exception {
        byte[] docx = Files.readAllBytes(fixture("002_f62ea30a084066f1.docx"));
        Path broken = Files.write(dir.resolve("坏了.docx"), Arrays.copyOf(docx, docx.length / 3));
        String[] names = {"002_f62ea30a084066f1.numbered.docx", "002_f62ea30a084066f1.doc",
            "002_f62ea30a084066f1.html", "002_f62ea30a084066f1.md", "002_f62ea30a084066f1.pdf"};
        String[] args = new String[names.length + 2];
        args[0] = "parse";
        for (int i = 0; i < names.length; i++) {
            args[i + 1] = fixture(names[i]).toString();
        }
        args[args.length - 1] = broken.toString();
        int code = Main.run(args);
        assertThat(code).isEqualTo(1);
        JsonNode documents = new ObjectMapper().readTree(stdout()).get("documents");
        assertThat(documents).hasSize(names.length);
        for (JsonNode document : documents) {
            assertThat(document.get("title").asText()).isEqualTo("第二批主题教育工作措施安排范文");
            assertThat(document.get("sections")).hasSize(5);
            assertThat(document.get("sections").get(0).get("marker").asText()).isEqualTo("一、");
        }
        // the good files' warnings and removals come first (the JSON holds them too), then the one line
        // for the broken file
        String[] lines = stderr().strip().split("\n");
        assertThat(lines[lines.length - 1])
                .isEqualTo("wenshu: " + broken + "：无法读取 Word 文档（文件损坏或不完整），请用 Word 或 WPS 打开后重新保存");
        assertThat(java.util.Arrays.stream(lines).filter(l -> l.contains(broken.toString()))).hasSize(1);
    }
}
