package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Report;
import org.wenshu.model.Section;
import org.wenshu.model.SourceStatistics;

/**
 * The summary (综合总结) read back from its PDF: the heading markers as printed run 一、二、… (（一）（二）…,
 * 1. 2. …) without a gap at any level, restarting under each parent; and every unit's contribution
 * is printed under the heading whose rule took it (its lead matches that heading's rule, the
 * 其他工作 heading's leads match none), on the example job and on a three-level job of the same
 * material.
 */
class SummaryReadBackTest {
    private static final String JOB = "examples/阶段性工作综合总结.yaml";
    private static final Pattern MARKER = Pattern.compile("^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）|(\\d+)\\.|（(\\d+)）)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("—\\s*\\d+\\s*—");

    @TempDir
    Path dir;


    private static RenderedJob build(Path job) {
        return RenderedJob.build(job, "pdf");
    }

    /** The printed lines of every page, in order, without page numbers. */
    private static List<PdfLines.Line> lines(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PdfLines.Line> all = new ArrayList<>();
            for (List<PdfLines.Line> page : PdfLines.readAll(document)) {
                page.stream().filter(l -> !PAGE_NUMBER.matcher(l.text()).matches()).forEach(all::add);
            }
            return all;
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** A heading of the model with its level (1 = 一、). */
    private record Heading(Section section, int level) {}

    private static void flatten(List<Section> sections, int level, List<Heading> out) {
        for (Section section : sections) {
            out.add(new Heading(section, level));
            flatten(section.sections(), level + 1, out);
        }
    }

    /** The ordinal a printed marker gives (一、 → 1, （三） → 3, 2. → 2, （4） → 4), or 0. */
    private static int ordinal(String line) {
        Matcher m = MARKER.matcher(line);
        if (!m.find()) {
            return 0;
        }
        for (int g = 1; g <= 4; g++) {
            if (m.group(g) != null) {
                return g <= 2 ? chinese(m.group(g)) : Integer.parseInt(m.group(g));
            }
        }
        return 0;
    }

    private static int chinese(String numeral) {
        String digits = "一二三四五六七八九";
        if (numeral.equals("十")) {
            return 10;
        }
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(numeral.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(numeral.charAt(0)) + 1;
        int ones = ten == numeral.length() - 1 ? 0 : digits.indexOf(numeral.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }

    /**
     * Finds each heading of the report, in order, among the printed lines (its first line); returns
     * the index of each in {@code lines} and checks the printed markers number every level from 1
     * without a gap, restarting under each parent.
     */
    private static List<Integer> checkNumbering(Report report, List<PdfLines.Line> lines) {
        List<Heading> headings = new ArrayList<>();
        flatten(report.parts().get(0).sections(), 1, headings);
        assertThat(headings).isNotEmpty();
        List<Integer> found = new ArrayList<>();
        int[] counters = new int[8];
        int cursor = 0;
        for (Heading heading : headings) {
            String want = squeeze(heading.section().displayHeading());
            int at = -1;
            for (int i = cursor; i < lines.size(); i++) {
                String line = squeeze(lines.get(i).text());
                if (!line.isEmpty() && want.startsWith(line) && ordinal(line) > 0
                        && line.length() >= Math.min(want.length(), 4)) {
                    at = i;
                    break;
                }
            }
            assertThat(at).as("heading “%s” printed after line %d", want, cursor).isGreaterThanOrEqualTo(0);
            String printed = squeeze(lines.get(at).text());
            counters[heading.level()]++;
            for (int deeper = heading.level() + 1; deeper < counters.length; deeper++) {
                counters[deeper] = 0;
            }
            assertThat(ordinal(printed)).as("printed marker of “%s” (level %d)", printed, heading.level())
                    .isEqualTo(counters[heading.level()]);
            found.add(at);
            cursor = at + 1;
        }
        return found;
    }

    /** The rules of the job's outline, by heading, as regular expressions (match:). */
    private static List<Pattern> rules(Path job) throws IOException {
        return rules(job, "match");
    }

    /** Each outline heading's {@code key} rule, in outline order ({@code (?!)}, matching nothing, where it has none). */
    private static List<Pattern> rules(Path job, String key) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(job.toFile());
        List<Pattern> rules = new ArrayList<>();
        for (JsonNode heading : root.path("summary").path("outline")) {
            rules.add(Pattern.compile(heading.has(key) ? heading.path(key).asText() : "(?!)"));
        }
        return rules;
    }

    @Test
    void exampleNumberingHasNoGapAndEveryContributionSitsUnderItsRulesHeading() throws IOException {
        RenderedJob built = build(Path.of(JOB));
        List<PdfLines.Line> lines = lines(built.pdf());
        List<Integer> headingLines = checkNumbering(built.report(), lines);

        List<Section> sections = built.report().parts().get(0).sections();
        List<Pattern> rules = rules(Path.of(JOB));
        List<Pattern> textRules = rules(Path.of(JOB), "text");
        assertThat(textRules).as("the example shows a text rule").anyMatch(rule -> !rule.pattern().equals("(?!)"));
        assertThat(sections).extracting(Section::heading).startsWith("坚持学习先行，夯实思想基础").contains("其他工作");
        List<String> units = built.report().statistics().sources().stream().map(SourceStatistics.Source::unit)
                .distinct().toList();
        assertThat(units).hasSize(12);

        // the text between two printed headings, squeezed: what the PDF shows under each heading
        StringBuilder[] under = new StringBuilder[sections.size()];
        for (int k = 0; k < sections.size(); k++) {
            under[k] = new StringBuilder();
            int end = k + 1 < sections.size() ? headingLines.get(k + 1) : lines.size();
            for (int i = headingLines.get(k) + 1; i < end; i++) {
                under[k].append(squeeze(lines.get(i).text()));
            }
        }
        int contributions = 0;
        for (int k = 0; k < sections.size(); k++) {
            Section section = sections.get(k);
            boolean unmatched = section.heading().equals("其他工作");
            boolean ruled = k < rules.size();
            for (Paragraph paragraph : section.paragraphs()) {
                String text = squeeze(paragraph.text());
                // printed under this heading, not elsewhere
                assertThat(under[k].toString()).as("paragraph L%d under “%s”", paragraph.line(), section.heading())
                        .contains(text.substring(0, Math.min(24, text.length())));
                String unit = units.stream().filter(u -> paragraph.text().startsWith(u + "：")).findFirst().orElse(null);
                if (unit == null || !(ruled || unmatched)) {
                    continue;
                }
                contributions++;
                String rest = paragraph.text().substring(unit.length() + 1);
                String lead = rest.split("[。；！？]", 2)[0];
                if (ruled) {
                    // its lead sentence matches the heading's rule, or its text the heading's text rule
                    assertThat(rules.get(k).matcher(lead).find() || textRules.get(k).matcher(rest).find())
                            .as("lead “%s” of %s under “%s” matches %s (or its text %s)", lead, unit, section.heading(),
                                    rules.get(k), textRules.get(k)).isTrue();
                } else {
                    assertThat(textRules).as("text of %s under 其他工作 matches no text rule", unit)
                            .noneMatch(rule -> rule.matcher(rest).find());
                    // what no rule took: its lead sentence or label (a section's heading, brought in as
                    // the lead of its first paragraph) matches no rule
                    String own = paragraph.lead() == null ? "" : paragraph.lead().substring(
                            paragraph.lead().startsWith(unit + "：") ? unit.length() + 1 : 0);
                    if (!own.isBlank()) {
                        assertThat(rules).as("lead “%s” of %s under 其他工作 matches no rule", own, unit)
                                .noneMatch(rule -> rule.matcher(own).find());
                    }
                }
            }
        }
        assertThat(contributions).isGreaterThan(12);
    }

    /**
     * The figures table: the figures one unit's sentence quotes share a row (值、值), printed with the
     * sentence once; a figure of another sentence gets a row of its own.
     */
    @Test
    void figuresOfOneSentenceShareARowInTheFiguresTable() throws IOException {
        Files.writeString(dir.resolve("甲县.txt"), """
                甲县主题教育阶段性工作总结

                一、理论学习
                组织集中学习12场，覆盖党员300人。开展专题调研5次，形成报告。
                """, StandardCharsets.UTF_8);
        Path job = dir.resolve("数据.yaml");
        Files.writeString(job, """
                kind: summary
                metadata: {title: 数据综合总结, publisher: 某某办公室, date: 2026-03-31}
                sources: ["甲县.txt"]
                summary:
                  attribution: heading
                  unmatched: 其他工作
                  outline:
                    - {heading: 理论学习, match: 学习}
                options: {placeholders: warn}
                settings: {figures: true}
                outputs: [pdf]
                """, StandardCharsets.UTF_8);
        String text = squeeze(String.join("\n", lines(build(job).pdf()).stream().map(PdfLines.Line::text).toList()));
        assertThat(text).contains("材料数据一览", "12场、300人组织集中学习12场，覆盖党员300人。", "5次开展专题调研5次，形成报告。");
        assertThat(text).doesNotContain("12场组织", "300人、5次");
    }

    @Test
    void threeLevelsAreNumberedWithoutGapsInThePdf() throws IOException {
        Path source = Path.of("examples/阶段性工作总结汇编.txt").toAbsolutePath();
        Path job = dir.resolve("分层.yaml");
        Files.writeString(job, """
                kind: summary
                metadata: {title: 分层综合总结, publisher: 某某办公室, date: 2026-03-31}
                sources: ["%s"]
                summary:
                  attribution: heading
                  unmatched: 其他工作
                  outline:
                    - heading: 学习和调研
                      sections:
                        - {heading: 理论学习, match: 学习|理论}
                        - {heading: 调查研究, match: 调研|调查}
                    - heading: 检视整改
                      match: 检视|整改|问题
                options: {placeholders: warn}
                settings: {figures: false}
                outputs: [pdf]
                """.formatted(source.toString().replace("\\", "/")), StandardCharsets.UTF_8);
        RenderedJob built = build(job);
        List<Heading> headings = new ArrayList<>();
        flatten(built.report().parts().get(0).sections(), 1, headings);
        assertThat(headings).extracting(Heading::level).contains(1, 2, 3);
        checkNumbering(built.report(), lines(built.pdf()));
    }
}
