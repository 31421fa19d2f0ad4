package org.wenshu.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.model.WenshuException;

class JobFileReaderTest {
    @TempDir
    Path dir;

    private final JobFileReader reader = new JobFileReader(Set.of("document", "compilation"), List.of("pdf", "docx", "html"));

    private JobFile read(String yaml) throws IOException {
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, yaml, StandardCharsets.UTF_8);
        return reader.read(job);
    }

    private String error(String yaml) {
        try {
            read(yaml);
        } catch (WenshuException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error for:\n" + yaml);
    }

    @Test
    void readsEveryPartOfAJob() throws IOException {
        JobFile job = read("""
                # 一季度汇编
                kind: compilation
                metadata:
                  title: 一季度工作总结汇编
                  publisher: 某某县委组织部
                  date: 2026-03-31
                sources:
                  - a.txt
                  - units/
                  - "more/*.docx"
                exclude: ["*草稿*"]
                options:
                  dedupe: false
                  restore:
                    - D员: 党员
                    - "D课=党课"
                  placeholders: fail
                  toc: 2
                outputs: [pdf, html]
                output: 汇编
                settings:
                  color: red
                """);
        assertThat(job.kind()).isEqualTo("compilation");
        assertThat(job.metadata()).containsEntry("title", "一季度工作总结汇编").containsEntry("date", "2026-03-31");
        assertThat(job.sources()).extracting(JobFile.SourceSpec::pattern).containsExactly("a.txt", "units/", "more/*.docx");
        assertThat(job.sources()).extracting(JobFile.SourceSpec::line).containsExactly(8, 9, 10);
        assertThat(job.excludes()).extracting(JobFile.SourceSpec::pattern).containsExactly("*草稿*");
        assertThat(job.options().dedupe()).isFalse();
        assertThat(job.options().restore()).containsExactly(new MaskedWordRule("D员", "党员"), new MaskedWordRule("D课", "党课"));
        assertThat(job.options().placeholders()).isEqualTo(JobFile.PlaceholderPolicy.FAIL);
        assertThat(job.options().tocDepth()).isEqualTo(2);
        assertThat(job.outputs()).containsExactly("pdf", "html");
        assertThat(job.outputName()).isEqualTo("汇编");
        assertThat(job.settings()).containsEntry("color", "red");
        assertThat(job.folder()).isEqualTo(dir);
    }

    @Test
    void anUnknownKeyNamesTheFileTheLineAndTheKey() {
        String message = error("kind: compilation\nsources: [a.txt]\nsoruces: [b.txt]\n");
        assertThat(message).contains("job.yaml 第 3 行").contains("soruces").contains("sources").doesNotContain("\n");
        assertThat(error("sources: [a.txt]\noptions:\n  dedup: true\n"))
                .contains("第 3 行").contains("options.dedup");
    }

    @Test
    void aBadValueNamesTheFileTheLineAndTheKey() {
        assertThat(error("sources: [a.txt]\noptions:\n  placeholders: maybe\n"))
                .contains("job.yaml 第 3 行").contains("options.placeholders").contains("warn").contains("fail");
        assertThat(error("sources: [a.txt]\noptions:\n  dedupe: perhaps\n")).contains("第 3 行").contains("options.dedupe");
        assertThat(error("kind: brochure\nsources: [a.txt]\n")).contains("第 1 行").contains("brochure").contains("compilation");
        assertThat(error("sources: [a.txt]\noutputs: [pdf, odt]\n")).contains("第 2 行").contains("odt").contains("docx");
        assertThat(error("sources: [a.txt]\nmetadata:\n  date: 3月31日\n")).contains("第 3 行").contains("metadata.date");
        assertThat(error("sources: [a.txt]\noptions:\n  toc: 9\n")).contains("第 3 行").contains("options.toc");
        assertThat(error("sources: [a.txt]\noptions:\n  restore: [D员]\n")).contains("第 3 行").contains("options.restore");
        assertThat(error("sources: [a.txt]\noutput: ../x\n")).contains("第 2 行").contains("output");
        assertThat(error("sources:\n  - a.txt\n  - [b.txt]\n")).contains("第 3 行").contains("sources");
    }

    @Test
    void brokenYamlAndMissingSourcesAreErrorsToo() {
        assertThat(error("sources: [a.txt\nkind: x\n")).contains("job.yaml").contains("YAML");
        assertThat(error("kind: compilation\n")).contains("job.yaml").contains("sources");
        assertThat(error("sources: []\n")).contains("第 1 行").contains("sources");
        assertThat(error("sources: [a.txt]\nsources: [b.txt]\n")).contains("第 2 行").contains("重复");
        assertThat(error("- a\n- b\n")).contains("job.yaml");
    }
}
