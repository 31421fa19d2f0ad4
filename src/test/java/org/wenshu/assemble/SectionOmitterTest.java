package org.wenshu.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Report;
import org.wenshu.model.Section;
import org.wenshu.model.WenshuException;

/** omit: steps by marker, bare number or heading; a source of several articles by the article's title first. */
class SectionOmitterTest {
    @TempDir
    Path dir;

    /** Two articles read from one source, each with 一、（一）（二） and 二、. */
    private List<Document> articles(Path file) {
        return List.of(article(file, "甲单位报告"), article(file, "乙单位报告"));
    }

    private static Document article(Path file, String title) {
        Section first = new Section("（一）", "第一项", 4, Section.Kind.HEADING, List.of(Paragraph.plain(title + "内容甲。", 5)), List.of());
        Section second = new Section("（二）", "第二项", 6, Section.Kind.HEADING, List.of(Paragraph.plain(title + "内容乙。", 7)), List.of());
        Section one = new Section("一、", "总体情况", 3, Section.Kind.HEADING, List.of(), List.of(first, second));
        Section two = new Section("二、", "存在问题", 8, Section.Kind.HEADING, List.of(Paragraph.plain(title + "不足。", 9)), List.of());
        return new Document(file.toString(), title, null, null, new Metadata(Map.of()), List.of(), List.of(one, two), List.of());
    }

    private Report assemble(String omit) throws IOException {
        Path source = Files.writeString(dir.resolve("汇编.txt"), "x", StandardCharsets.UTF_8);
        Path job = Files.writeString(dir.resolve("job.yaml"), "metadata: {title: 汇编}\nsources: [汇编.txt]\nomit:\n" + omit,
                StandardCharsets.UTF_8);
        ReportKinds kinds = ReportKinds.standard();
        JobFile file = new JobFileReader(kinds.names(), List.of("pdf", "docx")).read(job);
        return new Assembler(path -> articles(source), kinds).assemble(file).report();
    }

    private static List<String> headings(Document document) {
        return document.sections().stream().flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s),
                s.sections().stream())).map(Section::displayHeading).toList();
    }

    @Test
    void aPathWithoutAnArticleTakesTheSectionFromEveryArticle() throws IOException {
        Report report = assemble("  汇编.txt: [一/第二项, 二]\n");
        for (Document part : report.parts()) {
            assertThat(headings(part)).containsExactly("一、总体情况", "（一）第一项");
            assertThat(part.diagnostics()).extracting(d -> d.code() + " " + d.line() + " " + d.message())
                    .containsExactly("section-omitted 6 已按任务文件略去“（二）第二项”（1 段）",
                            "section-omitted 8 已按任务文件略去“二、存在问题”（1 段）");
        }
    }

    @Test
    void aPathStartingWithAnArticlesTitleTakesItFromThatArticleAlone() throws IOException {
        Report report = assemble("  汇编.txt: \"乙单位报告/一、总体情况\"\n");
        assertThat(headings(report.parts().get(0))).containsExactly("一、总体情况", "（一）第一项", "（二）第二项", "二、存在问题");
        assertThat(headings(report.parts().get(1))).containsExactly("二、存在问题");
        assertThat(report.parts().get(1).diagnostics()).singleElement().extracting(d -> d.message())
                .isEqualTo("已按任务文件略去“一、总体情况”（2 段）");
    }

    @Test
    void aPathThatMatchesNothingIsAMistakeAtItsLine() {
        assertThatThrownBy(() -> assemble("  汇编.txt:\n    - 二、\n    - 一、/（三）\n"))
                .isInstanceOf(WenshuException.class)
                .hasMessageContaining("job.yaml 第 6 行：omit: 汇编.txt 中没有“一、/（三）”这一节（一级标题有：一、总体情况、二、存在问题、");
        assertThatThrownBy(() -> assemble("  别的.txt: [一]\n")).hasMessageContaining("job.yaml 第 4 行：omit: 别的.txt 不是本任务的材料（材料有：汇编.txt）");
        assertThatThrownBy(() -> assemble("  汇编.txt: []\n")).hasMessageContaining("job.yaml 第 4 行：omit: 汇编.txt 没有写要略去的节");
        assertThatThrownBy(() -> assemble("  - 汇编.txt\n")).hasMessageContaining("omit 应是“材料: 要略去的各节”的列表");
    }
}
