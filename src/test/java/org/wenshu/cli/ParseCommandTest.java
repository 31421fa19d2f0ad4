package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest extends ConsoleCapture {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        Path file = write("plan.txt", "工作方案\n一、总体要求\n县级层面：要认真学习，做到先学一步、学深一层。\n（一）指导思想\n正文内容写在这里，写得长一些以便识别为正文段落。\n");
        int code = Main.run("parse", file.toString());
        assertThat(code).isZero();
        JsonNode root = new ObjectMapper().readTree(stdout());
        JsonNode doc = root.get("documents").get(0);
        assertThat(doc.get("source").asText()).isEqualTo(file.toString());
        assertThat(doc.get("title").asText()).isEqualTo("工作方案");
        JsonNode section = doc.get("sections").get(0);
        assertThat(section.get("marker").asText()).isEqualTo("一、");
        assertThat(section.get("heading").asText()).isEqualTo("总体要求");
        assertThat(section.get("line").asInt()).isEqualTo(2);
        assertThat(section.get("paragraphs").get(0).get("lead").asText()).isEqualTo("县级层面：");
        assertThat(section.get("sections").get(0).get("heading").asText()).isEqualTo("指导思想");
        assertThat(doc.get("diagnostics").isArray()).isTrue();
        assertThat(doc.get("meta").isObject()).isTrue();
    }

    @Test
    void jsonPrintsTheWarningsOnStderrAsWellAsInTheJson() throws Exception {
        Path file = write("plan.txt", "工作方案\n一、总体要求\n正文内容写在这里，联系人：XXX，写得长一些以便识别为正文段落。\n"
                + "三、保障措施\n正文内容写在这里，写得长一些以便识别为正文段落。\n");
        assertThat(Main.run("parse", file.toString())).isZero();
        JsonNode diagnostics = new ObjectMapper().readTree(stdout()).get("documents").get(0).get("diagnostics");
        assertThat(diagnostics).isNotEmpty();
        for (JsonNode diagnostic : diagnostics) {
            if (diagnostic.get("severity").asText().equals("warning")) {
                assertThat(stderr()).contains(file + ":" + diagnostic.get("line").asInt() + ": 警告 " + diagnostic.get("code").asText());
            }
        }
        assertThat(stderr()).contains("条警告");
    }

    @Test
    void outlineIsAnIndentedTree() throws Exception {
        Path file = write("plan.txt", "工作方案\n一、总体要求\n（一）指导思想\n正文内容写在这里，写得长一些以便识别为正文段落。\n");
        assertThat(Main.run("parse", "--format", "outline", file.toString())).isZero();
        assertThat(stdout()).contains("标题：工作方案\n一、总体要求  (L2)\n  （一）指导思想  (L3, 1 段)\n");
    }

    @Test
    void badFilesGetOneLineEachAndTheGoodOnesAreStillParsed() throws Exception {
        Path empty = write("empty.txt", "");
        Path good = write("good.txt", "标题\n正文内容写在这里，写得长一些以便识别为正文段落。\n");
        Path binary = dir.resolve("binary.txt");
        Files.write(binary, new byte[] {1, 2, 3, 0, 0, 5, 6, 7, 0, 9, (byte) 0xFF, 0x10});
        int code = Main.run("parse", empty.toString(), good.toString(), binary.toString(),
                dir.resolve("missing.txt").toString());
        assertThat(code).isEqualTo(1);
        assertThat(stdout()).contains("\"title\" : \"标题\"");
        String[] errors = stderr().strip().split("\n");
        assertThat(errors).hasSize(3);
        assertThat(errors[0]).startsWith("wenshu: ").contains("empty.txt");
        assertThat(errors[1]).contains("binary.txt");
        assertThat(errors[2]).contains("missing.txt");
        assertThat(stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(Main.run("parse", "--format", "yaml", "x.txt")).isEqualTo(2);
    }
}
