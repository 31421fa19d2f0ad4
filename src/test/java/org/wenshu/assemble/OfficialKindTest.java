package org.wenshu.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;
import org.wenshu.model.Report;
import org.wenshu.model.WenshuException;

/** Kind {@code official}: what a red-header source fills, what the job overrides, attachments. */
class OfficialKindTest {
    @TempDir
    Path dir;

    private static final String RED_HEADER = """
            000123
            机密★1年
            特急
            某某市人民政府文件
            某政发〔2026〕1号
            某某市人民政府关于做好2026年春耕生产工作的通知
            各区人民政府，市政府各委、办、局：
            为做好今年春耕生产，确保粮食稳产增产，现将有关事项通知如下。
            一、加强组织领导
            各区要把春耕生产摆上重要位置，主要负责同志亲自部署。
            二、强化物资保障
            确保种子、化肥、农药供应充足，价格基本稳定。
            某某市人民政府
            2026年3月2日
            （此件公开发布）
            """;

    private static final String PLAIN = """
            春耕生产物资储备清单

            一、种子
            玉米种子储备300吨。
            """;

    private Report assemble(String metadata, String... sources) throws IOException {
        Files.writeString(dir.resolve("通知.txt"), RED_HEADER, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("清单.txt"), PLAIN, StandardCharsets.UTF_8);
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, "kind: official\n" + metadata + "sources: [" + String.join(", ", sources) + "]\n",
                StandardCharsets.UTF_8);
        ReportKinds kinds = ReportKinds.standard();
        JobFile file = new JobFileReader(kinds.names(), kinds.planKinds(), List.of("pdf", "docx")).read(job);
        return new Assembler(Wenshu.standard()::parse, kinds).assemble(file).report();
    }

    @Test
    void aRedHeaderSourceFillsTheHeadAndTheClosing() throws IOException {
        Report report = assemble("", "通知.txt");
        assertThat(report.kind()).isEqualTo("official");
        assertThat(report.cover().fields())
                .containsEntry("copy", "000123")
                .containsEntry("classification", "机密★1年")
                .containsEntry("urgency", "特急")
                .containsEntry("issuer", "某某市人民政府")
                .containsEntry("mark", "某某市人民政府文件")
                .containsEntry("number", "某政发〔2026〕1号")
                .containsEntry("title", "某某市人民政府关于做好2026年春耕生产工作的通知")
                .containsEntry("addressee", "各区人民政府，市政府各委、办、局：")
                .containsEntry("signature", "某某市人民政府")
                .containsEntry("signed", "2026年3月2日")
                .containsEntry("note", "（此件公开发布）");
        Document body = report.parts().get(0);
        // the 主送机关 left the body (the template sets it on its own line); the 落款 stays in the body's closing
        assertThat(body.preamble()).extracting(p -> p.text()).noneMatch(t -> t.startsWith("各区人民政府"));
        assertThat(body.meta().get("signature")).contains("某某市人民政府");
        assertThat(body.meta().get("note")).isEmpty();
    }

    @Test
    void theJobOverridesWhatTheSourceSaysAndFurtherSourcesAreAttachments() throws IOException {
        Report report = assemble("""
                metadata:
                  issuer: 某某市人民政府办公室
                  number: 某政办发〔2026〕7号
                  date: 2026-03-05
                  copy_to: 市委办公室
                  printed_by: 某某市人民政府办公室
                  print_date: 2026-03-06
                """, "通知.txt", "清单.txt");
        assertThat(report.cover().fields())
                .containsEntry("mark", "某某市人民政府办公室文件")
                .containsEntry("number", "某政办发〔2026〕7号")
                .containsEntry("signed", "2026年3月5日")
                .containsEntry("print_date", "2026年3月6日")
                .containsEntry("copy_to", "市委办公室")
                .containsEntry("classification", "机密★1年");
        assertThat(report.parts().get(0).meta().get("signed")).contains("2026年3月5日");
        assertThat(report.parts()).extracting(Document::title)
                .containsExactly("某某市人民政府关于做好2026年春耕生产工作的通知", "春耕生产物资储备清单");
    }

    @Test
    void aBodyWithoutIssuerNeedsTheJobToNameIt() throws IOException {
        assertThatThrownBy(() -> assemble("", "清单.txt"))
                .isInstanceOf(WenshuException.class).hasMessageContaining("issuer");
        assertThatThrownBy(() -> assemble("metadata: {issuer: 某局, print_date: 3月6日}\n", "清单.txt"))
                .isInstanceOf(WenshuException.class).hasMessageContaining("metadata.print_date");
        Report report = assemble("metadata: {mark: 某某局文件}\n", "清单.txt");
        assertThat(report.cover().get("mark")).contains("某某局文件");
    }
}
