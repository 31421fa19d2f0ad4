package org.wenshu.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.Wenshu;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Report;
import org.wenshu.model.Section;
import org.wenshu.model.WenshuException;

class SummaryKindTest {
    @TempDir
    Path dir;

    private static final String COUNTY = """
            %s关于主题教育的阶段性工作总结

            %s深入开展主题教育，现将有关情况总结如下。
            一、抓实理论学习
            举办读书班%d期，培训党员干部%d人次。推动学习往深里走、往心里走、往实里走。
            二、深入调查研究
            领导干部开展调研%d次，形成调研报告12篇。
            三、推动整改落实
            检视问题%d个，已整改到位。
            """;

    private Report assemble(String summary) throws IOException {
        write("甲县.txt", "甲县", 3, 120, 15, 20);
        write("乙区.txt", "乙区", 5, 87, 9, 11);
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, """
                kind: summary
                metadata: {title: 综合总结, publisher: 某某办, date: 2026-03-31}
                sources: [甲县.txt, 乙区.txt]
                """ + summary, StandardCharsets.UTF_8);
        ReportKinds kinds = ReportKinds.standard();
        JobFile file = new JobFileReader(kinds.names(), kinds.planKinds(), List.of("pdf", "docx")).read(job);
        return new Assembler(Wenshu.standard()::parse, kinds).assemble(file).report();
    }

    private void write(String name, String unit, int classes, int people, int visits, int problems) throws IOException {
        Files.writeString(dir.resolve(name), COUNTY.formatted(unit, unit, classes, people, visits, problems),
                StandardCharsets.UTF_8);
    }

    private static Document merged(Report report) {
        assertThat(report.kind()).isEqualTo("summary");
        assertThat(report.parts()).hasSize(1);
        return report.parts().get(0);
    }

    @Test
    void sectionsGoUnderTheHeadingTheirRuleNamesInSourceOrderWithTheirUnit() throws IOException {
        Document doc = merged(assemble("""
                summary:
                  unmatched: 其他
                  outline:
                    - heading: 学习
                      match: 学习|理论
                    - heading: 调研
                      position: 2
                    - heading: 整改
                      match: 整改
                """));
        assertThat(doc.sections()).extracting(Section::displayHeading)
                .containsExactly("一、学习", "二、调研", "三、整改", "四、其他");
        assertThat(doc.sections().get(0).paragraphs()).extracting(Paragraph::text).containsExactly(
                "甲县：抓实理论学习。举办读书班3期，培训党员干部120人次。推动学习往深里走、往心里走、往实里走。",
                "乙区：抓实理论学习。举办读书班5期，培训党员干部87人次。推动学习往深里走、往心里走、往实里走。");
        assertThat(doc.sections().get(1).paragraphs()).extracting(Paragraph::text)
                .allMatch(t -> t.contains("开展调研"));
        // the opening paragraphs no rule takes are kept under 其他, attributed
        assertThat(doc.sections().get(3).paragraphs()).extracting(Paragraph::text)
                .containsExactly("甲县：甲县深入开展主题教育，现将有关情况总结如下。",
                        "乙区：乙区深入开展主题教育，现将有关情况总结如下。");
        assertThat(doc.meta().get("signature")).contains("某某办");
        assertThat(doc.meta().get("signed")).contains("2026年3月31日");
    }

    @Test
    void withoutAnUnmatchedHeadingWhatNoRuleTakesIsListedNeverDroppedSilently() throws IOException {
        Report report = assemble("""
                summary:
                  outline:
                    - heading: 学习
                      match: 学习
                """);
        assertThat(merged(report).sections()).hasSize(1);
        List<Diagnostic> leftOut = report.diagnostics().stream().filter(d -> d.code().equals("summary-left-out")).toList();
        assertThat(leftOut).hasSize(2);
        assertThat(leftOut.get(0).message()).contains("甲县.txt").contains("第 3、6–9 行");
    }

    @Test
    void subHeadingsPerUnitAreNumberedWithoutGapsBelowTheJobsOwnSubHeadings() throws IOException {
        Document doc = merged(assemble("""
                summary:
                  attribution: heading
                  outline:
                    - heading: 主要做法
                      match: 学习
                      sections:
                        - heading: 调查研究
                          match: 调查|调研
                        - heading: 检视整改
                          match: 整改
                """));
        Section main = doc.sections().get(0);
        assertThat(main.sections()).extracting(Section::displayHeading)
                .containsExactly("（一）甲县", "（二）乙区", "（三）调查研究", "（四）检视整改");
        assertThat(main.sections().get(2).sections()).extracting(Section::displayHeading)
                .containsExactly("1.甲县", "2.乙区");
        assertThat(numberingGaps(doc.sections())).isEmpty();
    }

    @Test
    void suffixAttributionEndsTheContributionWithTheUnitInBrackets() throws IOException {
        Document doc = merged(assemble("""
                summary:
                  attribution: suffix
                  outline:
                    - heading: 整改
                      match: 整改
                """));
        assertThat(doc.sections().get(0).paragraphs()).extracting(Paragraph::text)
                .containsExactly("推动整改落实。检视问题20个，已整改到位。（甲县）", "推动整改落实。检视问题11个，已整改到位。（乙区）");
    }

    @Test
    void paragraphsAreRoutedByTheirTextAndLeadsByTheirLabel() throws IOException {
        Document doc = merged(assemble("""
                summary:
                  outline:
                    - heading: 调研成果
                      text: 调研报告
                """));
        assertThat(doc.sections().get(0).paragraphs()).extracting(Paragraph::text)
                .containsExactly("甲县：领导干部开展调研15次，形成调研报告12篇。", "乙区：领导干部开展调研9次，形成调研报告12篇。");
    }

    @Test
    void figuresQuotedInTheSourcesAreFoundWithSentenceUnitAndLineAndSourcesCounted() throws IOException {
        Report report = assemble("""
                summary:
                  unmatched: 其他
                  outline:
                    - heading: 学习
                      match: 学习
                """);
        assertThat(report.statistics().figures()).extracting(f -> f.unit() + " " + f.value() + " L" + f.line())
                .contains("甲县 3期 L5", "甲县 120人次 L5", "乙区 87人次 L5", "甲县 15次 L7", "甲县 12篇 L7", "乙区 11个 L9");
        assertThat(report.statistics().figures()).noneMatch(f -> f.value().startsWith("2026"));
        assertThat(report.statistics().sources()).extracting(s -> s.unit() + " " + s.sections())
                .containsExactly("甲县 3", "乙区 3");
        assertThat(report.statistics().sources().get(0).characters()).isGreaterThan(60);
    }

    @Test
    void sentencesTwoUnitsShareWordForWordAreReported() throws IOException {
        Report report = assemble("""
                summary:
                  outline:
                    - heading: 学习
                      match: 学习
                """);
        assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("duplicate-sentence"))
                .extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("推动学习往深里走") && m.contains("甲县") && m.contains("乙区"));
    }

    @Test
    void aHeadingNoMaterialReachesIsAWarning() throws IOException {
        Report report = assemble("""
                summary:
                  unmatched: 其他
                  outline:
                    - heading: 宣传
                      match: 宣传
                """);
        assertThat(report.diagnostics()).extracting(Diagnostic::code).contains("summary-empty-heading");
    }

    @Test
    void mistakesInTheSummaryPartNameTheJobFileLineAndKey() {
        assertThatThrownBy(() -> assemble("summary:\n  outline:\n    - heading: 学习\n      mtach: 学习\n"))
                .isInstanceOf(WenshuException.class).hasMessageContaining("job.yaml 第 7 行")
                .hasMessageContaining("summary.outline.mtach");
        assertThatThrownBy(() -> assemble("summary:\n  outline:\n    - heading: 学习\n      match: \"学习(\"\n"))
                .hasMessageContaining("第 7 行").hasMessageContaining("不是有效的正则表达式");
        assertThatThrownBy(() -> assemble("summary:\n  attribution: footnote\n  outline:\n    - heading: 学习\n"))
                .hasMessageContaining("summary.attribution: footnote");
        assertThatThrownBy(() -> assemble("outline: []\n")).hasMessageContaining("未知的键“outline”");
    }

    /** Headings whose ordinal is not one more than their previous sibling's. */
    private static List<String> numberingGaps(List<Section> sections) {
        List<String> gaps = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            String marker = sections.get(i).marker();
            String expected = switch (marker.charAt(0)) {
                case '（' -> "（" + Numbering.chinese(i + 1) + "）";
                default -> Character.isDigit(marker.charAt(0)) ? (i + 1) + "." : Numbering.chinese(i + 1) + "、";
            };
            if (!marker.equals(expected)) {
                gaps.add(marker + " ≠ " + expected);
            }
            gaps.addAll(numberingGaps(sections.get(i).sections()));
        }
        return gaps;
    }
}
