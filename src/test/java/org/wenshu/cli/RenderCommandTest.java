package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenshu.cli.CliRun.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render and fonts commands end to end, as a user calls them. */
class RenderCommandTest {
    @TempDir
    Path dir;

    @Test
    void rendersPdfDocxAndHtmlIntoTheOutputFolder() throws IOException {
        CliRun result = run("render", "--template", "document", "--to", "pdf,docx,html", "-o", dir.toString(),
                "examples/工作措施安排.txt");
        assertThat(result.exit()).as(result.err()).isZero();
        for (String ext : new String[] {"pdf", "docx", "html"}) {
            Path file = dir.resolve("工作措施安排." + ext);
            assertThat(file).exists();
            assertThat(Files.size(file)).isGreaterThan(1000);
        }
        assertThat(Files.readAllBytes(dir.resolve("工作措施安排.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(result.out()).contains("工作措施安排.pdf").contains("页");
    }

    @Test
    void aMissingFileIsOneLineAndExit1() {
        CliRun result = run("render", "--template", "document", "-o", dir.toString(), dir.resolve("nosuch.txt").toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("wenshu: ").contains("nosuch.txt").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void anUnknownTemplateIsBadInputAndAnUnknownFormatAUsageError() {
        CliRun template = run("render", "--template", "nosuch", "-o", dir.toString(), "examples/工作措施安排.txt");
        assertThat(template.exit()).isEqualTo(1);
        assertThat(template.err().strip()).contains("找不到模板").doesNotContain("\n");
        CliRun format = run("render", "--template", "document", "--to", "odt", "-o", dir.toString(), "examples/工作措施安排.txt");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err().lines()).hasSize(3).first().asString().contains("odt").contains("pdf、docx、html");
    }

    /**
     * The official template on one file (no job file): the 版头 comes from the file's own red header
     * (发文机关 → 发文机关标志 "…文件", 发文字号); a file without one is refused with a line that says
     * what is missing and where to give it, instead of FreeMarker's "evaluated to null or missing".
     */
    @Test
    void theOfficialTemplateTakesAFilesOwnRedHeaderAndSaysWhatIsMissingWithoutOne() throws IOException {
        Path red = dir.resolve("红头.txt");
        Files.writeString(red, "某某市人民政府文件\n\n某政发〔2026〕1号\n\n某某市人民政府关于做好春季防火工作的通知\n\n"
                + "各区人民政府：\n\n现就做好春季防火工作通知如下。\n\n一、提高认识\n\n各地要高度重视。\n\n某某市人民政府\n2026年3月1日\n",
                StandardCharsets.UTF_8);
        CliRun result = run("render", "--template", "official", "--to", "pdf", "-o", dir.toString(), red.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("红头.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("某某市人民政府文件").contains("某政发〔2026〕1号").contains("各地要高度重视。");
        }

        Path plain = dir.resolve("无红头.txt");
        Files.writeString(plain, "关于做好春季防火工作的通知\n\n各地要高度重视。\n", StandardCharsets.UTF_8);
        CliRun refused = run("render", "--template", "official", "--to", "pdf", "-o", dir.toString(), plain.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).startsWith("wenshu: ").contains("无红头.txt").contains("发文机关标志")
                .contains("issuer").doesNotContain("\n").doesNotContain("null or missing");
        assertThat(dir.resolve("无红头.pdf")).doesNotExist();
    }

    /**
     * A file the parser splits into several documents, none of which the template can take: the reason
     * is printed once, naming the part, and the other parts are counted in one line instead of the same
     * error again for each of them.
     */
    @Test
    void theSameFailureOfSeveralPartsOfOneFileIsPrintedOnceNamingThePart() throws IOException {
        Path split = dir.resolve("汇编.txt");
        Files.writeString(split, "某县主题教育工作总结材料汇编\n\n\n\n\n以实干实效推动工作走深走实\n\n"
                + "工作开展以来，本县深入学习，取得了明显成效。\n一是抓实理论学习。各单位认真组织学习。\n"
                + "二是抓深调查研究。各单位深入基层调研。\n\n\n推动审计工作高质量发展\n\n"
                + "工作开展以来，市审计局紧紧围绕中心工作。\n一是抓实理论学习，深学细悟。\n二是抓深调查研究，跑遍跑透。\n",
                StandardCharsets.UTF_8);
        CliRun result = run("render", "--template", "official", "--to", "pdf", "-o", dir.toString(), split.toString());
        assertThat(result.exit()).isEqualTo(1);
        List<String> errors = result.err().lines().filter(line -> line.startsWith("wenshu: " + split)).toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).contains("（第 1 篇，共 2 篇）").contains("发文机关标志");
        assertThat(errors.get(1)).contains("另有 1 篇因同一原因未能输出（第 2 篇）").doesNotContain("发文机关标志");
    }

    /**
     * Under a default locale whose digits are not ASCII (Arabic, Egypt): the split parts' file names and
     * the closing count are written with ASCII digits, as under any other locale (they were ٠١ and ١١).
     */
    @Test
    void numbersInNamesAndMessagesAreAsciiUnderAnyDefaultLocale() throws IOException {
        Path split = dir.resolve("两篇.txt");
        Files.writeString(split, "某县主题教育工作总结材料汇编\n\n\n\n\n以实干实效推动工作走深走实\n\n"
                + "工作开展以来，xx县深入学习，取得了明显成效。\n\n\n推动审计工作高质量发展\n\n"
                + "工作开展以来，市审计局紧紧围绕中心工作。\n", StandardCharsets.UTF_8);
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(new java.util.Locale("ar", "EG"));
        try {
            CliRun result = run("render", "--template", "document", "--to", "docx", "-o", dir.toString(), split.toString());
            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(dir.resolve("两篇-01.docx")).exists();
            assertThat(dir.resolve("两篇-02.docx")).exists();
            assertThat(result.err()).contains("占位符").contains("共 1 条警告").doesNotContainPattern("[\u0660-\u0669]");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void partNumbersAreWrittenAsRanges() {
        assertThat(RenderCommand.RepeatedFailures.ranges(List.of(2, 3, 4, 5, 7, 9, 10), "、")).isEqualTo("2–5、7、9、10");
        assertThat(RenderCommand.RepeatedFailures.ranges(List.of(2), "、")).isEqualTo("2");
    }

    @Test
    void aCharacterNoFontCoversIsReported() throws IOException {
        Path source = dir.resolve("表情.txt");
        Files.writeString(source, "关于测试的通知\n\n各单位要认真落实😀有关要求，确保工作取得实效。\n", StandardCharsets.UTF_8);
        // alone, the PDF checks the characters first; beside the DOCX, the DOCX's thread checks them
        for (String formats : List.of("pdf", "pdf,docx", "docx,pdf")) {
            CliRun result = run("render", "--template", "document", "--to", formats, "-o", dir.toString(), source.toString());
            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(result.err()).as(formats).contains("表情.txt:3: 警告 missing-glyph: ").contains("U+1F600").contains("没有字体可以显示");
            assertThat(result.err().split("missing-glyph", -1)).as("one warning, %s", formats).hasSize(2);
        }
    }

    @Test
    void controlCharactersAreLeftOutAndDoNotStopTheBatch() throws IOException {
        Path bad = dir.resolve("控制字符.txt");
        Files.writeString(bad, "关于某事的报告\n\n正文\u0001含控制字符。\n", StandardCharsets.UTF_8);
        Path good = dir.resolve("正常.txt");
        Files.writeString(good, "关于另一事的报告\n\n正文没有问题。\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CliRun result = run("render", "--template", "document", "--to", "pdf,docx,html", "-o", out.toString(),
                bad.toString(), good.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(out.resolve("控制字符.pdf")).exists();
        assertThat(out.resolve("正常.pdf")).exists();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("控制字符.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("正文含控制字符。");
        }
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(out.resolve("控制字符.docx")))) {
            assertThat(docx.getParagraphs()).anyMatch(p -> p.getText().equals("正文含控制字符。"));
        }
    }

    @Test
    void aDocumentThatFailsToRenderIsOneLineAndTheOthersAreStillRendered() throws IOException {
        // A user template whose output is malformed for one document only.
        Path template = Files.createDirectories(dir.resolve("坏模板"));
        Files.writeString(template.resolve("template.ftlx"), """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>${doc.title}</title></head>
                <body><#if doc.title?contains("坏")><p><#else><p>${doc.title}</p></#if></body></html>
                """, StandardCharsets.UTF_8);
        Path bad = dir.resolve("甲.txt");
        Files.writeString(bad, "关于坏事的报告\n\n正文。\n", StandardCharsets.UTF_8);
        Path good = dir.resolve("乙.txt");
        Files.writeString(good, "关于好事的报告\n\n正文。\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CliRun result = run("render", "--template", template.toString(), "--to", "pdf", "-o", out.toString(),
                bad.toString(), good.toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("wenshu: " + bad).contains("XHTML").doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(out.resolve("甲.pdf")).doesNotExist();
        assertThat(out.resolve("乙.pdf")).exists();
        assertThat(result.out()).contains("乙.pdf");
    }

    @Test
    void inputsWithTheSameNameGetDistinctOutputs() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("ok.txt");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("ok.txt");
        Path md = dir.resolve("ok.md");
        Files.writeString(a, "关于甲事的报告\n\n甲事正文。\n", StandardCharsets.UTF_8);
        Files.writeString(b, "关于乙事的报告\n\n乙事正文。\n", StandardCharsets.UTF_8);
        Files.writeString(md, "# 关于丙事的报告\n\n丙事正文。\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CliRun result = run("render", "--template", "document", "--to", "pdf,html", "-o", out.toString(),
                a.toString(), b.toString(), md.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Files.readString(out.resolve("ok.html"))).contains("甲事正文");
        assertThat(Files.readString(out.resolve("ok-2.html"))).contains("乙事正文");
        assertThat(Files.readString(out.resolve("ok-3.html"))).contains("丙事正文");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("ok-2.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("乙事正文");
        }
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).doesNotContain("改名");
        assertThat(lines.get(1)).contains("ok-2.pdf").contains("改名为 ok-2");
        assertThat(lines.get(2)).contains("ok-3.pdf").contains("改名为 ok-3");
    }

    @Test
    void tocSettingAcceptsTheUsualWaysOfSayingYes() throws IOException {
        for (String value : new String[] {"true", "yes", "1", "TRUE", "是", "on"}) {
            Path out = dir.resolve("yes-" + value);
            CliRun result = run("render", "--template", "document", "--to", "html", "--set", "toc=" + value, "-o", out.toString(),
                    "examples/工作措施安排.txt");
            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(Files.readString(out.resolve("工作措施安排.html"))).as(value).contains("class=\"toc\"");
        }
        for (String value : new String[] {"false", "no", "0", ""}) {
            Path out = dir.resolve("no-" + value);
            CliRun result = run("render", "--template", "document", "--to", "html", "--set", "toc=" + value, "-o", out.toString(),
                    "examples/工作措施安排.txt");
            assertThat(result.exit()).as(result.err()).isZero();
            assertThat(Files.readString(out.resolve("工作措施安排.html"))).as(value).doesNotContain("class=\"toc\"");
        }
    }

    @Test
    void anEmptySettingKeyOrOutputFolderIsAUsageError() {
        CliRun key = run("render", "--template", "document", "--set", "=true", "-o", dir.toString(), "examples/工作措施安排.txt");
        assertThat(key.exit()).isEqualTo(2);
        assertThat(key.err().lines()).hasSize(3).first().asString().contains("--set");
        CliRun output = run("render", "--template", "document", "-o", "", "examples/工作措施安排.txt");
        assertThat(output.exit()).isEqualTo(2);
        assertThat(output.err().lines()).hasSize(3).first().asString().contains("-o");
        assertThat(Path.of("工作措施安排.pdf")).doesNotExist();
    }

    @Test
    void fontsListsTheFileForEveryRole() {
        CliRun result = run("fonts");
        assertThat(result.exit()).isZero();
        for (String role : new String[] {"title", "heading1", "heading2", "heading3", "heading4", "heading5", "body", "pageNumber"}) {
            assertThat(result.out()).containsPattern("(?m)^" + role + "\\s+\\S+\\s+\\d");
        }
    }

    @Test
    void parserWarningsAndRemovalsArePrintedAsFileLineWithACount() throws IOException {
        Path source = dir.resolve("总结.txt");
        Files.writeString(source, "x县2025年工作总结\n下载 打印 全屏 收藏\n【字号：加大 还原 减小】\n一、主要工作\n"
                + "全年共开展xx次培训，覆盖全体D员，工作取得新进展。\n三、下步打算\n继续抓好各项工作，确保取得更大成效。\n",
                StandardCharsets.UTF_8);
        CliRun result = run("render", "--template", "document", "--to", "pdf", "-o", dir.toString(), source.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        List<String> lines = result.err().lines().toList();
        assertThat(lines).contains(source + ":1: 警告 placeholder: 有未填写的占位符：“x县”")
                .anyMatch(l -> l.startsWith(source + ":5: 警告 masked-word: "))
                .anyMatch(l -> l.startsWith(source + ":6: 警告 numbering-gap: "))
                .contains(source + ":2-3: 提示 furniture-removed: 已删除（page-furniture）2 行：下载 打印 全屏 收藏｜【字号：加大 还原 减小】");
        assertThat(lines.get(lines.size() - 1)).matches("wenshu: 共 \\d+ 条警告、2 条删除提示");

        CliRun strict = run("render", "--template", "document", "--to", "pdf", "--strict", "-o", dir.toString(), source.toString());
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(Files.exists(dir.resolve("总结.pdf"))).isTrue();
    }

    @Test
    void strictPassesACleanSourceAndAnUnknownSettingIsAWarningNamingTheKey() throws IOException {
        Path source = dir.resolve("通知.txt");
        Files.writeString(source, "关于开展安全检查的通知\n各单位要认真开展安全检查，及时消除隐患，确保安全。\n", StandardCharsets.UTF_8);
        CliRun clean = run("render", "--template", "document", "--to", "html", "--strict", "-o", dir.toString(), source.toString());
        assertThat(clean.exit()).as(clean.err()).isZero();
        assertThat(clean.err()).isEmpty();

        CliRun settings = run("render", "--template", "document", "--to", "html", "--strict", "--set", "toc=maybe",
                "--set", "colour=red", "-o", dir.toString(), source.toString());
        assertThat(settings.exit()).isEqualTo(1);
        assertThat(settings.err()).contains("--set: 警告 unknown-setting: 设置 toc=maybe 无法识别")
                .contains("--set: 警告 unknown-setting: 模板 document 不使用设置“colour”")
                .contains("共 2 条警告");
        CliRun yes = run("render", "--template", "document", "--to", "html", "--strict", "--set", "toc=是",
                "-o", dir.toString(), source.toString());
        assertThat(yes.exit()).as(yes.err()).isZero();
        CliRun depth = run("render", "--template", "document", "--to", "html", "--strict", "--set", "toc=2",
                "-o", dir.toString(), source.toString());
        assertThat(depth.exit()).as(depth.err()).isZero();
    }
}
