package org.wenshu.conservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wenshu.Wenshu;
import org.wenshu.ingest.PlainTextReader;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;

/** The two defects the conservation invariant was written for, and the cases around them. */
class ConservationRegressionTest {

    private static SourceText read(String text) {
        return new PlainTextReader().read(Path.of("inline.txt"), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every paragraph, list item and heading text of the model, in order. */
    static List<String> bodyTexts(List<Document> documents) {
        List<String> texts = new ArrayList<>();
        for (Document document : documents) {
            document.preamble().forEach(p -> texts.add(text(p)));
            document.sections().forEach(s -> section(s, texts));
        }
        return texts;
    }

    private static void section(Section section, List<String> texts) {
        texts.add(section.displayHeading());
        section.paragraphs().forEach(p -> texts.add(text(p)));
        section.sections().forEach(s -> section(s, texts));
    }

    private static String text(Paragraph paragraph) {
        return paragraph.marker() == null ? paragraph.text() : paragraph.marker() + paragraph.text();
    }

    /**
     * The long fuzz's last failure class: a repeat of the title after a second title-like line was
     * reported as a removed duplicate title, then the body was found to begin at that second line, so
     * the repeat was both removed and kept as a paragraph.
     */
    @Test
    void aTitleRepeatedAfterTheBodysFirstLineIsBodyTextNotARemoval() {
        SourceText source = read("年度工作总结\n\n全市安全检查情况通报\n\n年度工作总结\n\n各单位认真开展检查，及时消除隐患。\n");
        List<Document> documents = Wenshu.standard().parse(source);

        assertThat(Conservation.check(source, documents)).isEmpty();
        assertThat(documents.get(0).title()).isEqualTo("年度工作总结");
        assertThat(bodyTexts(documents)).containsSubsequence("全市安全检查情况通报", "年度工作总结");
    }

    /**
     * The long fuzz's next class (河北 .html spliced so that its date line reads twice): the meta
     * line kept the first date and dropped the second without a word.
     */
    @Test
    void aMetaLineStatingOneFieldTwiceLosesNeitherValue() {
        for (String line : List.of("时间：2026-02-02时间：2026-02-02", "来源：河北日报 来源：新华社")) {
            SourceText source = read("2026年政府工作报告\n" + line + "\n\n一、过去一年工作回顾\n\n全年经济运行稳中有进。\n");
            List<Document> documents = Wenshu.standard().parse(source);

            assertThat(Conservation.check(source, documents)).as(line).isEmpty();
        }
    }

    @Test
    void threeParagraphBlocksOnOneLineKeepTheirOwnTexts() {
        String first = "第二批主题教育开展以来，各地把理论学习、发现问题、解决问题紧密结合，集中力量解决群众反映强烈的问题。";
        String second = "福建省委强调搞好主题教育。";
        String third = "福建省各地坚持边学边查边改，把调查研究成果转化为解决问题、推动发展的实际举措，让群众感受到实实在在的变化。";
        SourceText source = read("扎实整改，让群众有更多获得感\n<p>" + first + "</p><p>" + second + "</p><p>" + third + "</p>\n");
        List<Document> documents = Wenshu.standard().parse(source);

        assertThat(bodyTexts(documents)).containsExactly(first, second, third);
        assertThat(Conservation.check(source, documents)).isEmpty();
    }

    @Test
    void threeGovernmentReportsJoinedIntoOneFileLoseNothing() throws IOException {
        Path corpus = Paths.get("src/test/resources/corpus");
        List<String> reports = new ArrayList<>();
        for (String province : List.of("北京市", "河北省", "山东省")) {
            reports.add(Files.readString(corpus.resolve("2026_" + province + "_政府工作报告.txt")).strip());
        }
        SourceText source = read(String.join("\n", reports) + "\n");
        List<Document> documents = Wenshu.standard().parse(source);

        assertThat(Conservation.check(source, documents)).isEmpty();
        String model = Stream.concat(documents.stream().map(Document::title), bodyTexts(documents).stream())
                .collect(Collectors.joining("\n"));
        for (String report : reports.subList(1, 3)) {
            // the second and third report's title, address and opening paragraph are still there
            List<String> lines = report.lines().filter(l -> !l.isBlank()).toList();
            String title = lines.stream().filter(l -> l.endsWith("政府工作报告")).findFirst().orElseThrow();
            int address = lines.indexOf("各位代表：");
            assertThat(model).contains(title, lines.get(address + 1), lines.get(address + 2));
        }
        assertThat(model.split("各位代表：", -1)).hasSize(4);
    }

    @Test
    void aWorkSummaryLineReading相关报道KeepsTheContentAfterIt() {
        String text = """
                2025年度宣传工作总结
                一、主要工作
                全年共编发工作信息120条，在市级以上媒体发表稿件45篇，宣传工作取得新进展。
                相关报道：
                市电视台《今日关注》栏目报道了我局开展政策宣讲进社区活动
                省日报刊发我局优化营商环境的经验做法，引起较大反响。
                二、存在问题
                宣传队伍力量不足，专业人员较少，信息报送的时效性有待提高。
                """;
        SourceText source = read(text);
        List<Document> documents = Wenshu.standard().parse(source);

        assertThat(Conservation.check(source, documents)).isEmpty();
        assertThat(String.join("\n", bodyTexts(documents))).contains("相关报道：",
                "市电视台《今日关注》栏目报道了我局开展政策宣讲进社区活动", "省日报刊发我局优化营商环境的经验做法，引起较大反响。",
                "二、存在问题");
    }

    /**
     * A web page whose closing tag lost its slash to a control character (the long fuzz's only
     * failure class): the reader keeps "<\u000ffont>" as text, the cleaner removes the control
     * character and then the tag it revealed — both reported, the tag by name.
     */
    @Test
    void aTagBrokenByAControlCharacterIsRemovedWithADiagnosticNamingIt() {
        String body = "全年共编发工作信息120条，在市级以上媒体发表稿件45篇，宣传工作取得新进展，群众满意度持续提高。";
        String html = "<html><head><title>工作总结</title></head><body>\n<h1>2025年度宣传工作总结</h1>\n"
                + "<p><font face=\"KaiTi\"><span>还原</span><\u000ffont></p>\n<p>" + body + "</p>\n</body></html>\n";
        SourceText source = new org.wenshu.ingest.HtmlReader().read(Path.of("page.html"), html.getBytes(StandardCharsets.UTF_8));
        List<Document> documents = Wenshu.standard().parse(source);

        assertThat(Conservation.check(source, documents)).isEmpty();
        assertThat(documents.stream().flatMap(d -> d.diagnostics().stream()).map(d -> d.line() + " " + d.message()))
                .contains("3 已删除（html-markup）：文字中残留的 HTML 标记（<font>），拆为 1 段")
                .anyMatch(m -> m.startsWith("3 已删除 1 个控制字符"));
        assertThat(String.join("\n", bodyTexts(documents))).contains(body).doesNotContain("font");
    }
}
