package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.Wenshu;
import org.wenshu.render.fonts.FontCache;

/** Text set in the Latin face (ASCII runs, URLs, digits in table cells) takes its place on the line grid. */
class LatinTextLayoutTest {
    private static final double PITCH = 28.95;
    private static final String LIBERATION = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf";

    @TempDir
    Path dir;

    @Test
    void paragraphsOfOnlyAsciiTextAreOneGridLineHigh() throws Exception {
        List<PdfLines.Line> lines = render("测试\n\n正文一。\n\nABC\n\n正文二。\n\nhttps://example.com/path\n\n正文三。\n",
                "a.txt", Map.of());
        assertThat(lines).extracting(PdfLines.Line::text)
                .containsExactly("测试", "正文一。", "ABC", "正文二。", "https://example.com/path", "正文三。");
        assertOnGrid(lines.subList(1, lines.size()));
    }

    @Test
    void mixedLinesStayOnTheGrid() throws Exception {
        String paragraph = "正文一二三四五六七八九十2026年GDP增长5.5%，其中abc与Latin混排xyz的段落文字继续写下去直到换行多次为止ABCDEFG。";
        List<PdfLines.Line> lines = render("测试\n\n" + paragraph + "\n\n" + paragraph + "\n", "m.txt", Map.of());
        assertThat(lines.size()).isGreaterThan(4);
        assertOnGrid(lines.subList(1, lines.size()));
    }

    @Test
    void withALatinBodyFontChineseLinesStayOnTheGridToo() throws Exception {
        List<PdfLines.Line> lines = render("测试\n\n正文一。\n\nABC\n\n正文二。\n\n正文三。\n", "l.txt", Map.of("body", LIBERATION));
        assertThat(lines).extracting(PdfLines.Line::text).containsExactly("测试", "正文一。", "ABC", "正文二。", "正文三。");
        assertOnGrid(lines.subList(1, lines.size()));
    }

    @Test
    void tableCellsOfDigitsDoNotOverprintTheNextRow() throws Exception {
        String table = "# 表格测试\n\n正文一。\n\n| 甲 | 乙 |\n| --- | --- |\n| 12000 | 4月15日 |\n| 300 | 5000 |\n| 12 | 34 |\n\n正文二。\n";
        List<PdfLines.Line> lines = render(table, "t.md", Map.of());
        assertThat(lines).extracting(PdfLines.Line::text)
                .containsExactly("表格测试", "正文一。", "甲乙", "120004月15日", "3005000", "1234", "正文二。");
        // digits in cells are set in the Latin face, as everywhere else (and as Word sets them)
        assertThat(lines.get(4).fonts()).singleElement().asString().contains("LiberationSerif");
        for (int i = 2; i < lines.size(); i++) {
            assertThat(lines.get(i).baseline() - lines.get(i - 1).baseline()).as(lines.get(i).text())
                    .isCloseTo(PITCH, within(1.5));
        }
    }

    @Test
    void cellsOfAnHtmlTableMadeOfDigitsDoNotOverprint() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"><title>表格测试</title></head><body><h1>表格测试</h1><p>正文一。</p>"
                + "<table><tr><td>项目</td><td>金额</td><td>日期</td></tr><tr><td>甲</td><td>12000</td><td>4月15日</td></tr></table>"
                + "<p>正文二。</p></body></html>";
        List<PdfLines.Line> lines = render(html, "t.html", Map.of());
        assertThat(String.join("", lines.stream().map(PdfLines.Line::text).toList())).contains("12000").contains("4月15日");
        for (int i = 2; i < lines.size(); i++) {
            assertThat(lines.get(i).baseline() - lines.get(i - 1).baseline()).as(lines.get(i).text())
                    .isGreaterThan(PITCH - 1.5);
        }
    }

    @Test
    void aLongLatinWordBreaksAcrossLinesInsideTheMargins() throws Exception {
        String word = "ThisIsAVeryLongLatinWordWithoutAnySpacesThatCannotBeBrokenAnywhereAtAllInTheLineWhatSoEverReallyLong";
        List<PdfLines.Line> lines = render("测试\n\n正文。" + word + "中文结尾。\n\n正文二。\n", "w.txt", Map.of());
        String text = lines.stream().map(PdfLines.Line::text).reduce("", String::concat);
        assertThat(text).contains("正文。" + word + "中文结尾。正文二。");
        for (PdfLines.Line line : lines) {
            assertThat(line.right() / PdfLines.MM).as(line.text()).isLessThanOrEqualTo(210 - 26 + 0.5);
        }
        assertOnGrid(lines.subList(1, lines.size()));
    }

    private List<PdfLines.Line> render(String text, String name, Map<String, String> fonts) throws Exception {
        Path source = dir.resolve(name);
        Files.writeString(source, text);
        RenderSetup setup = RenderSetup.resolve("document", Path.of(""), fonts, Map.of(), RenderFixture.CREATED, new FontCache());
        RenderedDocument rendered = setup.renderer().render(Wenshu.standard().parse(source).get(0), OutputFormats.standard().choose("pdf"));
        try (PDDocument pdf = Loader.loadPDF(rendered.outputs().get("pdf"))) {
            List<PdfLines.Line> lines = PdfLines.read(pdf).get(0);
            // without the page number
            return lines.subList(0, lines.size() - 1);
        }
    }

    private static void assertOnGrid(List<PdfLines.Line> lines) {
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).baseline() - lines.get(i - 1).baseline()).as(lines.get(i).text())
                    .isCloseTo(PITCH, within(0.1));
        }
    }
}
