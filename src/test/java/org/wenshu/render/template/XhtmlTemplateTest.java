package org.wenshu.render.template;

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
import org.wenshu.model.Section;
import org.wenshu.model.WenshuException;
import org.wenshu.render.theme.ThemeLoader;

class XhtmlTemplateTest {
    @TempDir
    Path dir;

    private static final Document DOC = new Document("a.txt", "标题<&>", null, null, Metadata.EMPTY,
            List.of(Paragraph.plain("前言", 2)),
            List.of(new Section("一、", "总体要求", 3, Section.Kind.HEADING,
                    List.of(new Paragraph("以学铸魂。其余正文", "以学铸魂。", null, 4)), List.of())),
            List.of());

    private String render(String template) throws IOException {
        Path folder = dir.resolve("t");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("template.ftlx"), template, StandardCharsets.UTF_8);
        XhtmlTemplate xhtml = new XhtmlTemplate(TemplateFolder.find(folder.toString(), Path.of("")));
        return xhtml.render(new TemplateData().of(DOC, new ThemeLoader().defaultTheme(), Map.of()));
    }

    @Test
    void outputIsEscapedForXhtml() throws IOException {
        assertThat(render("<p>${doc.title}</p>")).isEqualTo("<p>标题&lt;&amp;&gt;</p>");
    }

    @Test
    void newBuiltinCannotInstantiateClasses() {
        assertThatThrownBy(() -> render("<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"))
                .isInstanceOf(WenshuException.class)
                .hasMessageContaining("template.ftlx 第 1 行");
    }

    @Test
    void apiBuiltinIsDisabled() {
        assertThatThrownBy(() -> render("\n${doc.title?api.getClass()}"))
                .isInstanceOf(WenshuException.class)
                .hasMessageContaining("template.ftlx 第 2 行");
    }

    @Test
    void aMissingValueIsNamedWithTheExpressionThatHasNone() {
        assertThatThrownBy(() -> render("<p>\n${doc.meta.issuer}</p>"))
                .isInstanceOf(WenshuException.class)
                .hasMessageContaining("template.ftlx 第 2 行")
                .hasMessageContaining("doc.meta.issuer 没有值")
                .hasMessageNotContaining("null or missing");
    }

    @Test
    void syntaxErrorsNameTheFileAndLine() {
        assertThatThrownBy(() -> render("<p>\n\n<#if doc.title>\n"))
                .isInstanceOf(WenshuException.class)
                .hasMessageContaining("template.ftlx")
                .hasMessageContaining("模板语法错误");
    }

    @Test
    void builtInDocumentTemplateWritesSemanticXhtml() {
        XhtmlTemplate template = new XhtmlTemplate(TemplateFolder.find("document", dir));
        String xhtml = template.render(new TemplateData().of(DOC, new ThemeLoader().defaultTheme(), Map.of("toc", "true")));
        assertThat(xhtml).contains("<h1 class=\"title\">标题&lt;&amp;&gt;</h1>")
                .containsPattern("<h2 id=\"h1\" data-line=\"\\d+\">一、总体要求</h2>")
                .containsPattern("<p data-line=\"\\d+\">以学铸魂。其余正文</p>")
                .contains("<p class=\"toc-1\"><a href=\"#h1\"><span class=\"toc-marker\">一、</span>总体要求</a></p>");
        new XhtmlParser().parse(xhtml, "document");
    }

    private static final Document TWO_LEVELS = new Document("a.txt", "标题", null, null, Metadata.EMPTY, List.of(),
            List.of(new Section("一、", "总体要求", 3, Section.Kind.HEADING, List.of(),
                    List.of(new Section("（一）", "工作目标", 4, Section.Kind.HEADING,
                            List.of(new Paragraph("正文。", null, null, 5)), List.of())))),
            List.of());

    /** A job's {@code options: toc: N} reaches a single-document template as a digit: the contents depth. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "document, 2, 2", "document, 1, 1", "document, 0, 0", "document, true, 2", "document, 是, 2",
            "document, no, 0", "summary, 2, 2", "summary, 1, 1", "summary, 0, 0", "summary, yes, 2"})
    void aDigitSetsTheContentsDepthOfASingleDocument(String kind, String setting, int levelsShown) {
        XhtmlTemplate template = new XhtmlTemplate(TemplateFolder.find(kind, dir));
        String xhtml = template.render(new TemplateData().of(TWO_LEVELS, new ThemeLoader().defaultTheme(),
                Map.of("toc", setting)));
        assertThat(xhtml.contains("<div class=\"toc\">")).isEqualTo(levelsShown > 0);
        assertThat(xhtml.contains("<p class=\"toc-1\"><a href=\"#h1\"><span class=\"toc-marker\">一、</span>总体要求</a></p>")).isEqualTo(levelsShown >= 1);
        assertThat(xhtml.contains("<p class=\"toc-2\"><a href=\"#h2\"><span class=\"toc-marker\">（一）</span>工作目标</a></p>")).isEqualTo(levelsShown >= 2);
    }

    /** With contents, the body is div.main (numbered from "— 1 —" on a right-hand page) in both single-document kinds. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"document", "summary"})
    void contentsPutTheBodyInItsOwnNumberedSequence(String kind) {
        XhtmlTemplate template = new XhtmlTemplate(TemplateFolder.find(kind, dir));
        String withContents = template.render(new TemplateData().of(TWO_LEVELS, new ThemeLoader().defaultTheme(), Map.of("toc", "2")));
        assertThat(withContents).containsPattern("(?s)<div class=\"toc\">.*</div>\\s*<div class=\"main\">.*<h1 class=\"title\">.*</div>\\s*</body>");
        new XhtmlParser().parse(withContents, kind);
        String without = template.render(new TemplateData().of(TWO_LEVELS, new ThemeLoader().defaultTheme(), Map.of("toc", "0")));
        assertThat(without).doesNotContain("<div class=\"main\">");
        new XhtmlParser().parse(without, kind);
    }

    @Test
    void unknownTemplateIsAUserError() {
        assertThatThrownBy(() -> TemplateFolder.find("nosuch", dir))
                .isInstanceOf(WenshuException.class).hasMessageContaining("找不到模板“nosuch”");
    }
}
