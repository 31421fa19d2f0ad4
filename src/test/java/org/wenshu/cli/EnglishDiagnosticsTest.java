package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.Wenshu;
import org.wenshu.check.CheckResult;
import org.wenshu.check.Checker;
import org.wenshu.check.FailOn;
import org.wenshu.check.Finding;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Wording;

/**
 * Under an English locale every word wenshu says about documents is English: the diagnostics of the
 * corpus, of the format fixtures, of the example jobs and of a set of hostile and broken files, the
 * reasons files cannot be read, and what {@code check} and {@code render} print of them. What may
 * stay Chinese is the documents' own text, which messages mark as quoted ({@link org.wenshu.model.Quote}),
 * and file names: the test renders each message with its quotes emptied, and takes the quoted texts
 * and file names out of the command's output before looking for Chinese.
 */
class EnglishDiagnosticsTest extends ConsoleCapture {
    /** Han ideographs, CJK punctuation and full-width forms: none of them is English. */
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");
    private static final ResourceBundle ENGLISH = Wording.bundle(Locale.ENGLISH);

    @TempDir
    Path dir;

    private final List<Path> inputs = new ArrayList<>();

    /** The corpus, the format fixtures, the example jobs and the hostile set, into {@link #inputs}. */
    private void inputs() throws Exception {
        try (Stream<Path> corpus = Files.list(Path.of("src/test/resources/corpus"));
             Stream<Path> formats = Files.list(Path.of("src/test/resources/formats"));
             Stream<Path> jobs = Files.list(Path.of("examples"))) {
            corpus.sorted().forEach(inputs::add);
            formats.sorted().forEach(inputs::add);
            jobs.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(inputs::add);
        }
        inputs.addAll(hostile());
    }

    /** Broken, protected, hostile and untidy files: each gives a diagnostic or an error of its own. */
    private List<Path> hostile() throws Exception {
        Path hebei = Path.of("src/test/resources/formats/2026_河北省_政府工作报告.docx");
        byte[] docx = Files.readAllBytes(hebei);
        List<Path> files = new ArrayList<>();
        files.add(Files.write(dir.resolve("截断.docx"), Arrays.copyOf(docx, docx.length / 2)));
        files.add(Files.write(dir.resolve("加密.docx"), org.wenshu.ingest.EncryptedDocx.of(docx)));
        files.add(Files.write(dir.resolve("炸弹.docx"), withDocument(docx, spaces(64))));
        files.add(Files.write(dir.resolve("实体.docx"), withDocument(docx, ("<?xml version=\"1.0\"?><!DOCTYPE w:document "
                + "[<!ENTITY a \"哈\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8))));
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(blank);
        }
        files.add(Files.write(dir.resolve("空白.pdf"), blank.toByteArray()));
        files.add(Files.write(dir.resolve("损坏.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII)));
        files.add(Files.writeString(dir.resolve("格式.doc"), "{\\rtf1\\ansi 正文}", StandardCharsets.UTF_8));
        files.add(Files.writeString(dir.resolve("网页.doc"), "MIME-Version: 1.0\nContent-Type: multipart/related\n\n正文",
                StandardCharsets.UTF_8));
        files.add(Files.write(dir.resolve("二进制.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0x10, 0, 0, 0, 7}));
        files.add(Files.write(dir.resolve("空.txt"), new byte[0]));
        files.add(dir.resolve("没有.txt"));
        files.add(Files.createDirectories(dir.resolve("文件夹")));
        files.add(Files.writeString(dir.resolve("空网页.html"), "<html><body><script>x()</script></body></html>"));
        files.add(Files.write(dir.resolve("乱码.txt"), concat("关于xx县的报告\n\n一、工作\n正文".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}, "。\n".getBytes(StandardCharsets.UTF_8))));
        files.add(Files.write(dir.resolve("国标.txt"), ("关于某项工作的报告\n\n一、总体情况\n今年全县D员干部共完成xx项任务，" + "正文内容".repeat(40)
                + "\n三、下步打算\n继续做好各项工作。\n二、存在问题\n还有不足。\n").getBytes(Charset.forName("GB18030"))));
        files.add(Files.writeString(dir.resolve("网页编码.html"), "<html><head><meta charset=\"no-such-charset\"><title>标题</title></head>"
                + "<body><h1>关于工作的通知</h1><p>" + "正文内容很长，".repeat(30) + "&lt;p&gt;残留&lt;/p&gt;</p></body></html>"));
        files.add(Files.writeString(dir.resolve("控制字符.txt"), "关于工作的报告\n\n正文\u0007有控制字符\u0001。\n"));
        return files;
    }

    @Test
    void everyMessageKeyHasItsEnglish() throws IOException {
        Set<String> chinese = keys("Messages.properties");
        Set<String> english = keys("Messages_en.properties");
        assertThat(english).containsAll(chinese);
        for (String key : english) {
            assertThat(ENGLISH.getString(key)).as(key).doesNotContainPattern(CJK);
        }
    }

    @Test
    void theCorpusTheHostileSetAndTheExampleJobsGetNoChineseWordOfWenshusOwn() throws Exception {
        inputs();
        List<String> chinese = new ArrayList<>();
        Set<String> theirs = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(x -> x));
        inputs.forEach(p -> theirs.add(p.toString()));
        List<Path> sources = inputs.stream().filter(p -> !Checker.isJobFile(p)).toList();
        Wenshu.Batch batch = Wenshu.standard().parseAll(sources);
        for (Document document : batch.documents()) {
            theirs.add(document.source());
            for (Diagnostic diagnostic : document.diagnostics()) {
                theirs.addAll(diagnostic.wording().quoted());
                String own = diagnostic.wording().render(ENGLISH, quoted -> "");
                if (CJK.matcher(own).find()) {
                    chinese.add(document.source() + ": " + diagnostic.code() + ": " + own);
                }
            }
        }
        for (Wenshu.Failure failure : batch.failures()) {
            theirs.addAll(failure.error().reason().quoted());
            String own = failure.error().reason().render(ENGLISH, quoted -> "");
            if (CJK.matcher(own).find()) {
                chinese.add(failure.path() + ": " + own);
            }
        }
        CheckResult jobs = new Checker(Wenshu.standard(), FailOn.warnings())
                .check(inputs.stream().filter(Checker::isJobFile).toList());
        for (Finding finding : jobs.findings()) {
            theirs.add(finding.file());
            theirs.addAll(finding.diagnostic().wording().quoted());
            String own = finding.diagnostic().wording().render(ENGLISH, quoted -> "");
            if (CJK.matcher(own).find()) {
                chinese.add(finding.location() + ": " + finding.code() + ": " + own);
            }
        }
        assertThat(batch.failures()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(chinese).as("messages with Chinese words of wenshu's own (give them a key in "
                + "org/wenshu/model/Messages*.properties and mark source text as Quote)").isEmpty();

        // what check and render print of them: English but for file names and the quoted text
        List<String> args = new ArrayList<>(List.of("check"));
        inputs.forEach(p -> args.add(p.toString()));
        assertThat(Main.run(CliLanguage.ENGLISH, args.toArray(String[]::new))).isEqualTo(1);
        String checked = stdout() + stderr();
        assertThat(checked).contains(": placeholder: unfilled placeholder(s): “x")
                .contains("read-error: the PDF holds neither text nor images");
        Path small = inputs.stream().filter(p -> p.getFileName().toString().equals("国标.txt")).findFirst().orElseThrow();
        Path page = inputs.stream().filter(p -> p.getFileName().toString().equals("网页编码.html")).findFirst().orElseThrow();
        int before = stderr().length();
        assertThat(Main.run(CliLanguage.ENGLISH, "render", "--template", "document", "--to", "html", "--set", "nosuch=1",
                "-o", dir.resolve("out").toString(), small.toString(), page.toString(),
                "src/test/resources/corpus/004_f863d41575c9a514.txt")).isZero();
        String rendered = stderr().substring(before);
        assertThat(rendered).contains("warning unknown-setting: the template").contains("warning numbering-order:")
                .contains("note furniture-removed:");
        String own = checked + rendered;
        for (String quoted : theirs) {
            if (!quoted.isEmpty()) {
                own = own.replace(quoted, "");
            }
        }
        assertThat(own.lines().filter(line -> CJK.matcher(line).find()).toList())
                .as("lines with Chinese words of wenshu's own").isEmpty();
    }

    @Test
    void mistakesInJobFilesAreSaidInEnglish() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("任务"));
        Files.writeString(folder.resolve("甲.txt"), "关于某县工作的报告\n\n一、总体情况\n今年xx县完成了任务。\n");
        Files.writeString(folder.resolve("乙.txt"), "关于某项工作的报告\n\n一、总体情况\n今年完成了另一项任务。\n");
        List<String> jobs = List.of(
                "kind: 没有这种\nsources: [甲.txt]\n",
                "sources: []\n",
                "sources: [没有.txt]\n",
                "sources: [\"*.nomatch\"]\n",
                "metadata: {date: 2026年1月1日}\nsources: [甲.txt]\n",
                "sources: [甲.txt]\noutputs: [文档]\n",
                "sources: [甲.txt]\noptions: {toc: 12}\n",
                "sources: [甲.txt]\n多余: 1\n",
                "kind: [\n",
                "sources: [甲.txt]\nsources: [乙.txt]\n",
                "sources: [甲.txt]\nexclude: [\"*.txt\"]\n",
                "kind: summary\nmetadata: {title: 总结}\nsources: [甲.txt]\n",
                "kind: summary\nmetadata: {title: 总结}\nsources: [甲.txt]\nsummary: {attribution: 段首, outline: [{heading: 一}]}\n",
                "kind: briefing\nsources: [甲.txt]\n",
                "kind: official\nsources: [甲.txt]\n",
                "kind: document\nsources: [甲.txt, 乙.txt]\n",
                "metadata: {title: 汇编}\nsources: [甲.txt]\noptions: {placeholders: fail}\n",
                "sources: [甲.txt]\noptions: {restore: [D员]}\n",
                "kind: briefing\nmetadata: {title: 简报, issue: 第三期}\nsources: [甲.txt]\n");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            files.add(Files.writeString(folder.resolve("任务" + i + ".yaml"), jobs.get(i)));
        }
        CheckResult result = new Checker(Wenshu.standard(), FailOn.warnings()).check(files);
        List<Finding> errors = result.findings().stream().filter(f -> f.code().equals(Finding.READ_ERROR)).toList();
        List<String> chinese = new ArrayList<>();
        Set<String> theirs = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(x -> x));
        // the job with options.placeholders: fail is checked, not refused: its placeholders fail the check
        assertThat(errors).hasSize(jobs.size() - 1);
        files.forEach(f -> theirs.add(f.toString()));
        result.findings().forEach(f -> {
            theirs.add(f.file());
            theirs.addAll(f.diagnostic().wording().quoted());
        });
        for (Finding error : errors) {
            String own = error.diagnostic().wording().render(ENGLISH, quoted -> "");
            if (CJK.matcher(own).find()) {
                chinese.add(error.file() + ": " + own);
            }
            theirs.add(error.file());
            theirs.addAll(error.diagnostic().wording().quoted());
        }
        assertThat(chinese).as("job-file mistakes with Chinese words of wenshu's own").isEmpty();

        List<String> args = new ArrayList<>(List.of("check"));
        files.forEach(f -> args.add(f.toString()));
        assertThat(Main.run(CliLanguage.ENGLISH, args.toArray(String[]::new))).isEqualTo(1);
        assertThat(stdout()).contains("line 1: kind: 没有这种 is not a known report kind (known: briefing, compilation")
                .contains("line 2: unknown key “多余” (known: kind, template")
                .contains("relative to the job file's folder").contains("unfilled placeholder(s)");
        assertThat(Main.run(CliLanguage.ENGLISH, "build", files.get(13).toString(), "-o", dir.resolve("out").toString())).isEqualTo(1);
        assertThat(stderr()).contains("a briefing needs its name: write title: … under metadata");
        assertThat(Main.run(CliLanguage.ENGLISH, "build", files.get(16).toString(), "-o", dir.resolve("out").toString())).isEqualTo(1);
        assertThat(stderr()).contains("options.placeholders is fail and the material holds 1 unfilled placeholder(s); the first: ")
                .contains(" line 4: unfilled placeholder(s): “xx县”");
        String own = stdout() + stderr();
        for (String quoted : theirs) {
            own = own.replace(quoted, "");
        }
        assertThat(own.lines().filter(line -> CJK.matcher(line).find()).toList()).isEmpty();
    }

    @Test
    void refusedSettingsAreSaidInEnglish() {
        String source = "examples/工作措施安排.txt";
        assertThat(Main.run(CliLanguage.ENGLISH, "render", "--template", "document", "--font", "nosuch=a.ttf",
                "-o", dir.toString(), source)).isEqualTo(1);
        assertThat(stderr()).contains("--font nosuch=…: no such role or font (roles: ");
        assertThat(Main.run(CliLanguage.ENGLISH, "render", "--template", "document", "--font", "body=没有.ttf",
                "-o", dir.toString(), source)).isEqualTo(1);
        assertThat(stderr()).contains("--font body=没有.ttf: the font file does not exist or cannot be read");
        assertThat(Main.run(CliLanguage.ENGLISH, "render", "--template", "document", "--to", "xyz",
                "-o", dir.toString(), source)).isEqualTo(2);
        assertThat(stderr()).contains("xyz");
        assertThat(stderr().replace("没有.ttf", "").lines().filter(line -> CJK.matcher(line).find()).toList()).isEmpty();
    }

    /** A user template whose theme is not JSON, is not an object, or whose output is not XHTML: said in English. */
    @Test
    void mistakesInAUsersTemplateAreSaidInEnglish() throws IOException {
        String source = Files.writeString(dir.resolve("notice.txt"),
                "关于开展安全检查的通知\n各单位要认真开展安全检查，及时消除隐患，确保安全。\n").toString();
        Map<String, String> themes = Map.of("notjson", "{ oops", "array", "[1, 2]",
                "colour", "{\"roles\": {\"title\": {\"color\": \"红色\"}}}");
        for (Map.Entry<String, String> theme : themes.entrySet()) {
            Path folder = Files.createDirectories(dir.resolve(theme.getKey()));
            Files.writeString(folder.resolve("template.ftlx"), "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>${doc.title}</p></body></html>");
            Files.writeString(folder.resolve("theme.json"), theme.getValue());
        }
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("template.ftlx"), "<html><body><p>${doc.title}</body></html>");
        Path syntax = Files.createDirectories(dir.resolve("syntax"));
        Files.writeString(syntax.resolve("template.ftlx"), "<html>\n<#if doc.title>\n");
        Path failing = Files.createDirectories(dir.resolve("failing"));
        Files.writeString(failing.resolve("template.ftlx"), "<html><body>${doc.nosuch.field}</body></html>");
        for (String template : List.of("notjson", "array", "colour", "broken", "syntax", "failing")) {
            assertThat(Main.run(CliLanguage.ENGLISH, "render", "--template", dir.resolve(template).toString(), "--to", "pdf",
                    "-o", dir.resolve("out").toString(), source)).as(template).isEqualTo(1);
        }
        String said = stderr();
        assertThat(said).contains("the theme file is not valid JSON", "the theme file should be one JSON object",
                "the template's output is not well-formed XHTML", "line 2: template syntax error",
                "line 1: the template failed", "color should be six hex digits, like FF0000: “红色”");
        assertThat(said.replace(source, "").replace("“红色”", "").lines().filter(line -> CJK.matcher(line).find()).toList()).isEmpty();
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Wording.class.getResourceAsStream("/org/wenshu/model/" + file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    /** {@code docx} with its word/document.xml replaced by {@code document}. */
    private static byte[] withDocument(byte[] docx, byte[] document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
             ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    zip.write(document);
                } else {
                    in.transferTo(zip);
                }
            }
        }
        return bytes.toByteArray();
    }

    /** A document.xml of {@code mebibytes} MiB of spaces. */
    private static byte[] spaces(int mebibytes) {
        byte[] xml = new byte[mebibytes << 20];
        Arrays.fill(xml, (byte) ' ');
        byte[] head = ("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body>").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, xml, 0, head.length);
        byte[] tail = "</w:body></w:document>".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(tail, 0, xml, xml.length - tail.length, tail.length);
        return xml;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
