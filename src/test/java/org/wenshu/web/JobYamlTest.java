package org.wenshu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.assemble.JobFile;
import org.wenshu.assemble.JobFileReader;
import org.wenshu.assemble.ReportKinds;
import org.wenshu.model.WenshuException;

/** The job file the page writes reads back as the same job, whatever the user typed into the form. */
class JobYamlTest {
    @TempDir
    Path dir;

    private JobFile readBack(JobForm form, List<String> names) throws Exception {
        for (String name : names) {
            Files.writeString(dir.resolve(name), "标题\n\n正文。\n");
        }
        Path job = Files.writeString(dir.resolve("job.yaml"), JobYaml.write(form, names));
        ReportKinds kinds = ReportKinds.standard();
        return new JobFileReader(kinds.names(), kinds.planKinds(), List.of("pdf", "docx", "html")).read(job);
    }

    @Test
    void valuesThatLookLikeNumbersOrYamlStayTheTextTyped() throws Exception {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("title", "关于：“两个先行” - 的通知 # 不是注释");
        metadata.put("copy", "000128");
        metadata.put("issue", "3");
        metadata.put("date", "2026-03-31");
        metadata.put("publisher", "  ");
        metadata.put("Bad Key", "dropped");
        JobFile job = readBack(new JobForm("briefing", metadata, List.of(1), null, false, "warn", "D员=党员\n\nD组：党组",
                Map.of(), null, null), List.of("- 甲: 乙.txt", "true.txt"));
        assertThat(job.metadata()).containsExactly(Map.entry("title", "关于：“两个先行” - 的通知 # 不是注释"),
                Map.entry("copy", "000128"), Map.entry("issue", "3"), Map.entry("date", "2026-03-31"));
        assertThat(job.sources()).extracting(JobFile.SourceSpec::pattern).containsExactly("- 甲: 乙.txt", "true.txt");
        assertThat(job.options().dedupe()).isFalse();
        assertThat(job.options().restore()).hasSize(2);
        assertThat(job.outputName()).isEqualTo("关于：“两个先行” - 的通知 # 不是注释");
    }

    @Test
    void aSummaryPlanIsTakenAsYamlWithOrWithoutItsKey() throws Exception {
        String plan = "summary:\n  outline:\n    - heading: 学习\n      match: 学习\n";
        JobFile job = readBack(new JobForm("summary", Map.of("title", "总结"), List.of(1), null, null, null, null,
                Map.of("figures", "false"), plan, null), List.of("a.txt"));
        assertThat(job.plan()).isNotNull();
        assertThat(job.settings()).containsEntry("figures", "false");
        assertThatThrownBy(() -> JobYaml.write(new JobForm("summary", Map.of(), List.of(1), null, null, null, null, Map.of(),
                "outline: [\n", null), List.of("a.txt"))).isInstanceOf(WenshuException.class).hasMessageContaining("不是正确的 YAML");
        assertThatThrownBy(() -> JobYaml.write(new JobForm("compilation", Map.of(), List.of(1), null, null, null, "D员", Map.of(),
                null, null), List.of("a.txt"))).hasMessageContaining("第 1 行").hasMessageContaining("D员=党员");
    }
}
