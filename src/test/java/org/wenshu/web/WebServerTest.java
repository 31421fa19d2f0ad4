package org.wenshu.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wenshu.assemble.JobFile;
import org.wenshu.assemble.JobFileReader;
import org.wenshu.assemble.ReportKinds;

/** The page's HTTP interface: sessions, limits, names, hostile files, the build and its downloads. */
class WebServerTest {
    private static final ByteArrayOutputStream CONSOLE = new ByteArrayOutputStream();
    private static WebServer server;
    private static URI base;

    @BeforeAll
    static void start() throws Exception {
        server = WebServer.start(ServeSettings.of("127.0.0.1", 0)
                .withLimits(new UploadLimits(300 * 1024, 6, 600 * 1024)), new PrintStream(CONSOLE, true, StandardCharsets.UTF_8));
        base = server.address();
    }

    @AfterAll
    static void stop() {
        Path root = server.workspaceRoot();
        server.close();
        assertThat(root).doesNotExist();
    }

    private static byte[] corpus(String name) throws Exception {
        return Files.readAllBytes(Hostile.resource("corpus/" + name));
    }

    @Test
    void theServerListensOnLoopbackByDefault() {
        assertThat(ServeSettings.of(ServeSettings.DEFAULT_HOST, 0).host()).isEqualTo("127.0.0.1");
        assertThat(base.getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void thePageIsChineseUnlessTheBrowserAsksForEnglish() throws Exception {
        HttpResponse<byte[]> chinese = new Session(base).get("");
        assertThat(chinese.statusCode()).isEqualTo(200);
        assertThat(Session.text(chinese)).contains("<html lang=\"zh-CN\">", "上传材料", "生成报告");
        assertThat(chinese.headers().firstValue("Set-Cookie")).get().asString().contains("HttpOnly", "SameSite=Strict");
        String english = Session.text(new Session(base, "en-US,en;q=0.9,zh;q=0.5").get(""));
        assertThat(english).contains("<html lang=\"en\">", "Upload documents").doesNotContain("上传材料");
        assertThat(Session.text(new Session(base, "fr-FR,en;q=0.8").get(""))).contains("lang=\"en\"");
        assertThat(Session.text(new Session(base, "zh-TW,en;q=0.8").get(""))).contains("lang=\"zh-CN\"");
    }

    @Test
    void documentsDiagnosticsAndReadErrorsAreInTheBrowsersLanguage() throws Exception {
        Session english = new Session(base, "en-US,en;q=0.9");
        HttpResponse<byte[]> truncated = english.upload("截断.docx", Hostile.truncatedDocx());
        assertThat(Session.json(truncated).get("file").get("error").asText())
                .isEqualTo("截断.docx: cannot read the Word document (damaged or incomplete): open it in Word or WPS and save it again");
        HttpResponse<byte[]> seed = english.upload("004.txt", corpus("004_f863d41575c9a514.txt"));
        List<String> messages = Session.json(seed).get("file").findValuesAsText("message");
        assertThat(messages).contains("unfilled placeholder(s): “xx区”");
        // the warnings quote what they found between “ ”: outside them the words are English
        assertThat(Session.json(seed).get("file").findParents("code")).filteredOn(d -> d.get("severity").asText().equals("warning"))
                .isNotEmpty().allSatisfy(d -> assertThat(d.get("message").asText().replaceAll("“[^”]*”", ""))
                        .doesNotContainPattern("\\p{IsHan}"));
        Session chinese = new Session(base);
        List<String> chineseMessages = Session.json(chinese.upload("004.txt", corpus("004_f863d41575c9a514.txt")))
                .get("file").findValuesAsText("message");
        assertThat(chineseMessages).contains("有未填写的占位符：“xx区”");
    }

    @Test
    void scriptsAndStylesComeFromTheServerItself() throws Exception {
        Session session = new Session(base);
        String page = Session.text(session.get(""));
        assertThat(page).doesNotContain("http://", "https://");
        HttpResponse<byte[]> script = session.get("static/app.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(Session.text(script)).doesNotContain("http://", "https://");
        assertThat(script.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
        assertThat(session.get("static/../Messages.properties").statusCode()).isEqualTo(404);
        assertThat(session.get("static/forms.json").statusCode()).isEqualTo(404);
    }

    @Test
    void anUploadShowsItsOutlineAndDiagnosticsWithLinesAndTheSourceAround() throws Exception {
        Session session = new Session(base);
        HttpResponse<byte[]> response = session.upload("措施.txt", corpus("002_f62ea30a084066f1.txt"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode file = Session.json(response).get("file");
        assertThat(file.get("name").asText()).isEqualTo("措施.txt");
        JsonNode document = file.get("documents").get(0);
        assertThat(document.get("outline")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(document.get("outline").get(0).get("heading").asText()).startsWith("一、");
        JsonNode placeholder = null;
        for (JsonNode diagnostic : document.get("diagnostics")) {
            if (diagnostic.get("code").asText().equals("placeholder")) {
                placeholder = diagnostic;
            }
        }
        assertThat(placeholder).isNotNull();
        int line = placeholder.get("line").asInt();
        assertThat(line).isPositive();
        JsonNode lines = Session.json(session.get("api/files/" + file.get("id").asInt() + "/lines?line=" + line));
        List<Integer> numbers = new ArrayList<>();
        lines.get("lines").forEach(l -> numbers.add(l.get("number").asInt()));
        assertThat(numbers).contains(line, line - 1, line + 1);
        String text = lines.get("lines").get(numbers.indexOf(line)).get("text").asText();
        assertThat(text).containsIgnoringCase("x");
    }

    @Test
    void sessionsDoNotSeeEachOthersFiles() throws Exception {
        Session alice = new Session(base);
        Session bob = new Session(base);
        int id = Session.json(alice.upload("甲.txt", corpus("000_8c3c6e4d9d3c2cf8.txt"))).get("file").get("id").asInt();
        bob.upload("乙.txt", corpus("001_5b337543eabd454e.txt"));
        assertThat(alice.state().get("files").findValuesAsText("name")).containsExactly("甲.txt");
        assertThat(bob.state().get("files").findValuesAsText("name")).containsExactly("乙.txt");
        // bob's ids are his own: alice's file is not reachable from his session
        Session carol = new Session(base);
        carol.get("");
        assertThat(carol.get("api/files/" + id + "/lines?line=1").statusCode()).isEqualTo(404);
        assertThat(carol.delete("api/files/" + id).statusCode()).isEqualTo(404);
        assertThat(alice.state().get("files")).hasSize(1);
        // a made-up cookie gets a fresh, empty workspace
        HttpResponse<byte[]> forged = carol.send(carol.request("api/state").header("Cookie", "wenshu=AAAAAAAAAAAAAAAAAAAAAA").build());
        assertThat(Session.json(forged).get("files")).isEmpty();
    }

    @Test
    void uploadLimitsAreEnforcedWithAPlainMessage() throws Exception {
        Session session = new Session(base);
        HttpResponse<byte[]> big = session.upload("大.txt", new byte[400 * 1024]);
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(Session.json(big).get("error").asText()).contains("大.txt", "文件太大", "300.0 KB");
        for (int i = 0; i < 6; i++) {
            assertThat(session.upload("文" + i + ".txt", ("第" + i + "份材料。\n").getBytes(StandardCharsets.UTF_8)).statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<byte[]> seventh = session.upload("第七.txt", "多出来的。".getBytes(StandardCharsets.UTF_8));
        assertThat(seventh.statusCode()).isEqualTo(413);
        assertThat(Session.json(seventh).get("error").asText()).contains("最多只能上传 6 个文件");
        assertThat(session.state().get("files")).hasSize(6);
    }

    @Test
    void theTotalSizeOfAWorkspaceIsLimited() throws Exception {
        Session session = new Session(base);
        byte[] chunk = ("正文。".repeat(30_000)).getBytes(StandardCharsets.UTF_8); // 270 KB
        assertThat(session.upload("一.txt", chunk).statusCode()).isEqualTo(200);
        assertThat(session.upload("二.txt", chunk).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> third = session.upload("三.txt", chunk);
        assertThat(third.statusCode()).isEqualTo(413);
        assertThat(Session.json(third).get("error").asText()).contains("合计不能超过");
    }

    @Test
    void fileNamesCannotEscapeTheWorkspace() throws Exception {
        Session session = new Session(base);
        byte[] text = "标题\n\n正文。\n".getBytes(StandardCharsets.UTF_8);
        List<String> names = List.of("../../逃出.txt", "..\\..\\windows.txt", "/etc/passwd", "..",
                ".wenshu-job.yaml", "子/目录/a\u0000b*[1].txt");
        for (String name : names) {
            assertThat(session.upload(name, text).statusCode()).as(name).isIn(200, 422);
        }
        List<String> stored = session.state().get("files").findValuesAsText("name");
        assertThat(stored).hasSize(names.size()).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).doesNotContain("/", "\\", "\u0000", "*").doesNotStartWith("."));
        assertThat(stored).contains("逃出.txt", "windows.txt", "passwd", "wenshu-job.yaml", "a_b__1_.txt");
        Path root = server.workspaceRoot();
        try (Stream<Path> files = Files.walk(root.getParent(), 1)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("逃出.txt", "windows.txt");
        }
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile))
                    .allSatisfy(file -> assertThat(root.relativize(file).getNameCount()).isEqualTo(3));
        }
    }

    @Test
    void brokenAndHostileFilesGetAMessageAndThePageKeepsWorking() throws Exception {
        Session session = new Session(base);
        HttpResponse<byte[]> truncated = session.upload("截断.docx", Hostile.truncatedDocx());
        assertThat(truncated.statusCode()).isEqualTo(422);
        assertThat(Session.json(truncated).get("file").get("error").asText()).startsWith("截断.docx").contains("损坏或不完整");
        byte[] bomb = Hostile.zipBombDocx();
        assertThat(bomb.length).isLessThan(300 * 1024);
        HttpResponse<byte[]> bombed = session.upload("炸弹.docx", bomb);
        assertThat(bombed.statusCode()).isEqualTo(422);
        assertThat(Session.json(bombed).get("file").get("error").asText()).startsWith("炸弹.docx").contains("压缩炸弹");
        HttpResponse<byte[]> binary = session.upload("乱码.pdf", "%PDF-1.7\n garbage".getBytes(StandardCharsets.US_ASCII));
        assertThat(binary.statusCode()).isEqualTo(422);
        for (HttpResponse<byte[]> response : List.of(truncated, bombed, binary)) {
            assertThat(Session.text(response)).doesNotContain("Exception", "\tat ", server.workspaceRoot().toString());
        }
        assertThat(session.upload("好.txt", corpus("000_8c3c6e4d9d3c2cf8.txt")).statusCode()).isEqualTo(200);
        JsonNode files = session.state().get("files");
        assertThat(files).hasSize(4);
        assertThat(files.findValuesAsText("error")).hasSize(3);
    }

    @Test
    void badRequestsAnswerInPlainWordsWithoutAStackTrace() throws Exception {
        Session session = new Session(base);
        HttpResponse<byte[]> form = session.post("api/build", "{not json");
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(Session.json(form).get("error").asText()).contains("表单");
        HttpResponse<byte[]> nothing = session.post("api/build", "{\"kind\":\"compilation\",\"sources\":[]}");
        assertThat(Session.json(nothing).get("error").asText()).contains("请先上传材料");
        HttpResponse<byte[]> unknown = session.post("api/build", "{\"kind\":\"compilation\",\"sources\":[99]}");
        assertThat(Session.json(unknown).get("error").asText()).contains("99");
        assertThat(session.get("download/report.pdf").statusCode()).isEqualTo(404);
        assertThat(session.get("api/pages/0.png").statusCode()).isEqualTo(404);
        assertThat(session.get("api/files/99999999999999/lines").statusCode()).isEqualTo(404);
        assertThat(session.get("nowhere").statusCode()).isEqualTo(404);
        for (HttpResponse<byte[]> response : List.of(form, nothing, unknown)) {
            assertThat(Session.text(response)).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void otherHostsAndOriginsAreRefused() throws Exception {
        Session session = new Session(base);
        // HttpClient will not set Host: a raw request, as a page on a rebound DNS name would send it
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write("GET /api/state HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 403").doesNotContain("Set-Cookie");
        }
        HttpResponse<byte[]> crossSite = session.send(session.request("api/build").header("Origin", "http://evil.example")
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(crossSite.statusCode()).isEqualTo(403);
    }

    @Test
    void aBuildGivesPreviewsDownloadsAndTheEquivalentJobFile() throws Exception {
        Session session = new Session(base);
        int first = Session.json(session.upload("甲单位.txt", corpus("000_8c3c6e4d9d3c2cf8.txt"))).get("file").get("id").asInt();
        int second = Session.json(session.upload("乙单位.txt", corpus("002_f62ea30a084066f1.txt"))).get("file").get("id").asInt();
        HttpResponse<byte[]> built = session.post("api/build", "{\"kind\":\"compilation\",\"metadata\":{\"title\":\"测试汇编\","
                + "\"publisher\":\"某某办公室\",\"date\":\"2026-03-31\"},\"sources\":[" + second + "," + first + "],\"toc\":1,"
                + "\"dedupe\":true,\"placeholders\":\"warn\",\"restore\":\"D员=党员\"}");
        assertThat(built.statusCode()).as(Session.text(built)).isEqualTo(200);
        JsonNode build = Session.json(built);
        assertThat(build.get("parts").asInt()).as(build.toString()).isEqualTo(2);
        int pages = build.get("pages").asInt();
        assertThat(pages).isGreaterThan(2);
        // the report's own outline: the parts in the order chosen, with their headings
        JsonNode outline = build.get("outline");
        assertThat(outline.findValuesAsText("source")).containsExactly("乙单位.txt", "甲单位.txt");
        assertThat(outline.get(0).get("sections").get(0).get("heading").asText()).startsWith("一、");

        HttpResponse<byte[]> pdf = session.get("download/report.pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).get().asString()
                .contains("attachment", "filename*=UTF-8''" + java.net.URLEncoder.encode("测试汇编.pdf", StandardCharsets.UTF_8));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages);
            List<String> bookmarks = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> bookmarks.add(item.getTitle()));
            assertThat(bookmarks).as(bookmarks.toString()).hasSize(2);
        }
        HttpResponse<byte[]> docx = session.get("download/report.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(document.getParagraphs()).extracting(p -> p.getText()).contains("测试汇编");
        }
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(session.get("download/report.zip").body()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).containsExactly("测试汇编.pdf", "测试汇编.docx");
        HttpResponse<byte[]> png = session.get("api/pages/0.png");
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(png.body())).getWidth()).isGreaterThan(500);
        assertThat(session.get("api/pages/" + pages + ".png").statusCode()).isEqualTo(404);

        // the job file builds the same report from the command line: read it beside copies of the sources
        String jobText = Session.text(session.get("download/job.yaml"));
        Path folder = Files.createTempDirectory("wenshu-job");
        try {
            Files.write(folder.resolve("甲单位.txt"), corpus("000_8c3c6e4d9d3c2cf8.txt"));
            Files.write(folder.resolve("乙单位.txt"), corpus("002_f62ea30a084066f1.txt"));
            Path job = Files.writeString(folder.resolve("测试汇编.yaml"), jobText);
            ReportKinds kinds = ReportKinds.standard();
            JobFile read = new JobFileReader(kinds.names(), kinds.planKinds(), List.of("pdf", "docx", "html")).read(job);
            assertThat(read.kind()).isEqualTo("compilation");
            assertThat(read.sources()).extracting(JobFile.SourceSpec::pattern).containsExactly("乙单位.txt", "甲单位.txt");
            assertThat(read.metadata()).containsEntry("title", "测试汇编").containsEntry("publisher", "某某办公室")
                    .containsEntry("date", "2026-03-31");
            assertThat(read.options().tocDepth()).isEqualTo(1);
            assertThat(read.options().restore()).hasSize(1);
        } finally {
            Workspace.deleteTree(folder);
        }
    }

    @Test
    void sectionsUntickedInASourcesOutlineAreLeftOutAsTheJobFilesOmit() throws Exception {
        Session session = new Session(base);
        JsonNode file = Session.json(session.upload("措施.txt", corpus("002_f62ea30a084066f1.txt"))).get("file");
        int id = file.get("id").asInt();
        JsonNode second = file.get("documents").get(0).get("outline").get(1);
        assertThat(second.get("heading").asText()).isEqualTo("二、调研先行全面掌握情况");
        assertThat(second.get("path").asText()).isEqualTo("二、");
        String form = "{\"kind\":\"compilation\",\"metadata\":{\"title\":\"略去一节\"},\"sources\":[" + id + "],"
                + "\"omit\":{\"" + id + "\":[\"PATH\"]}}";
        HttpResponse<byte[]> built = session.post("api/build", form.replace("PATH", second.get("path").asText()));
        assertThat(built.statusCode()).as(Session.text(built)).isEqualTo(200);
        JsonNode build = Session.json(built);
        assertThat(build.get("outline").get(0).get("sections").findValuesAsText("heading"))
                .contains("一、学习先行奠定思想基础", "三、实践先行解决实际困难").doesNotContain("二、调研先行全面掌握情况");
        assertThat(build.get("job").asText()).contains("omit:\n  措施.txt:\n    - 二、");
        assertThat(build.get("diagnostics").findValuesAsText("code")).contains("section-omitted");
        try (PDDocument pdf = Loader.loadPDF(session.get("download/report.pdf").body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("学习先行奠定思想基础").doesNotContain("调研先行全面掌握情况");
        }

        HttpResponse<byte[]> refused = session.post("api/build", form.replace("PATH", "九、"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Session.json(refused).get("error").asText()).startsWith("任务文件 第 ")
                .contains("omit: 措施.txt 中没有“九、”这一节（一级标题有：一、学习先行奠定思想基础、");
        assertThat(Session.json(refused).get("job").asText()).contains("- 九、");
    }

    @Test
    void aSummarysRoutingRulesComeFromThePageAndItsOutlineShowsWhereMaterialLanded() throws Exception {
        Session session = new Session(base);
        int id = Session.json(session.upload("措施.txt", corpus("002_f62ea30a084066f1.txt"))).get("file").get("id").asInt();
        String bad = "{\"kind\":\"summary\",\"metadata\":{\"title\":\"综合总结\"},\"sources\":[" + id + "],"
                + "\"plan\":\"opening: 开头。\\noutline: []\\n\"}";
        HttpResponse<byte[]> refused = session.post("api/build", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = Session.json(refused);
        assertThat(error.get("error").asText()).startsWith("任务文件 第 ").contains("summary.outline 是空的");
        assertThat(error.get("job").asText()).contains("summary:", "opening: 开头。");
        assertThat(Session.json(session.post("api/build", bad.replace("outline: []", "outline: [[[")))
                .get("error").asText()).contains("summary 规则", "YAML");

        String plan = "attribution: lead\\nunmatched: 其他工作\\noutline:\\n  - heading: 学习情况\\n    match: 学习\\n"
                + "  - heading: 调研情况\\n    match: 调研\\n";
        HttpResponse<byte[]> built = session.post("api/build", "{\"kind\":\"summary\",\"metadata\":{\"title\":\"综合总结\"},"
                + "\"sources\":[" + id + "],\"plan\":\"" + plan + "\"}");
        assertThat(built.statusCode()).as(Session.text(built)).isEqualTo(200);
        JsonNode outline = Session.json(built).get("outline");
        assertThat(outline.get(0).get("sections").findValuesAsText("heading"))
                .contains("一、学习情况", "二、调研情况");
        JsonNode learning = outline.get(0).get("sections").get(0);
        assertThat(learning.get("paragraphs").toString() + learning.get("children").toString()).contains("学习");
    }

    @Test
    void buildErrorsAreInTheBrowsersLanguage() throws Exception {
        Session english = new Session(base, "en-US,en;q=0.9");
        int id = Session.json(english.upload("措施.txt", corpus("002_f62ea30a084066f1.txt"))).get("file").get("id").asInt();
        String bad = "{\"kind\":\"summary\",\"metadata\":{\"title\":\"综合总结\"},\"sources\":[" + id + "],"
                + "\"plan\":\"opening: 开头。\\noutline: []\\n\"}";
        List<String> errors = new java.util.ArrayList<>();
        errors.add(Session.json(english.post("api/build", bad)).get("error").asText());
        errors.add(Session.json(english.post("api/build", bad.replace("outline: []", "outline: [[["))).get("error").asText());
        errors.add(Session.json(english.post("api/build", "{\"kind\":\"compilation\",\"sources\":[" + id + "],"
                + "\"restore\":\"D员\"}")).get("error").asText());
        assertThat(errors.get(0)).startsWith("job file: line ").endsWith("summary.outline is empty");
        assertThat(errors.get(1)).contains("summary rules", "not valid YAML");
        assertThat(errors.get(2)).contains("line 1", "“D员”");
        // quoted text and the example rule aside, the words are English
        assertThat(errors).allSatisfy(e -> assertThat(e.replaceAll("“[^”]*”|\\([^)]*\\)|D员=党员", ""))
                .doesNotContainPattern("\\p{IsHan}{2}"));
    }

    @Test
    void aBuildBeyondTheOnesRunningWaitsItsTurnAndTheStatusSaysItsPlace() throws Exception {
        WebServer single = WebServer.start(ServeSettings.of("127.0.0.1", 0).withBuilds(1),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            Session alice = new Session(single.address());
            Session bob = new Session(single.address());
            assertThat(Session.json(bob.get("api/build/status")).get("state").asText()).isEqualTo("idle");
            int a = Session.json(alice.upload("汇编.txt", corpus("004_f863d41575c9a514.txt"))).get("file").get("id").asInt();
            int b = Session.json(bob.upload("措施.txt", corpus("002_f62ea30a084066f1.txt"))).get("file").get("id").asInt();
            String form = "{\"kind\":\"compilation\",\"metadata\":{\"title\":\"排队\"},\"sources\":[ID]}";
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var first = two.submit(() -> alice.post("api/build", form.replace("ID", "" + a)));
                // alice's build runs (her status says so) before bob asks for his
                JsonNode status = Session.json(alice.get("api/build/status"));
                for (int i = 0; i < 200 && !status.get("state").asText().equals("running"); i++) {
                    Thread.sleep(20);
                    status = Session.json(alice.get("api/build/status"));
                }
                assertThat(status.get("state").asText()).isEqualTo("running");
                var second = two.submit(() -> bob.post("api/build", form.replace("ID", "" + b)));
                JsonNode waiting = Session.json(bob.get("api/build/status"));
                for (int i = 0; i < 200 && waiting.get("state").asText().equals("idle"); i++) {
                    Thread.sleep(10);
                    waiting = Session.json(bob.get("api/build/status"));
                }
                if (!first.isDone()) {
                    assertThat(waiting.get("state").asText()).isEqualTo("queued");
                    assertThat(waiting.get("ahead").asInt()).isZero();
                    assertThat(waiting.get("running").asInt()).isEqualTo(1);
                }
                assertThat(first.get(5, java.util.concurrent.TimeUnit.MINUTES).statusCode()).isEqualTo(200);
                assertThat(second.get(5, java.util.concurrent.TimeUnit.MINUTES).statusCode()).isEqualTo(200);
            } finally {
                two.shutdownNow();
            }
            assertThat(Session.json(bob.get("api/build/status")).get("state").asText()).isEqualTo("idle");
        } finally {
            single.close();
        }
    }

    @Test
    void idleWorkspacesAreDeletedAndSoIsEverythingOnShutdown() throws Exception {
        WebServer quick = WebServer.start(ServeSettings.of("127.0.0.1", 0).withIdleTimeout(Duration.ofMillis(200)),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Path root = quick.workspaceRoot();
        try {
            Session session = new Session(quick.address());
            session.upload("甲.txt", corpus("000_8c3c6e4d9d3c2cf8.txt"));
            assertThat(quick.workspaceCount()).isEqualTo(1);
            try (Stream<Path> files = Files.list(root)) {
                assertThat(files).hasSize(1);
            }
            Thread.sleep(300);
            assertThat(quick.sweep()).isEqualTo(1);
            assertThat(quick.workspaceCount()).isZero();
            try (Stream<Path> files = Files.list(root)) {
                assertThat(files).isEmpty();
            }
            // the session's next request starts over with an empty workspace
            assertThat(session.state().get("files")).isEmpty();
            session.upload("乙.txt", corpus("001_5b337543eabd454e.txt"));
        } finally {
            quick.close();
        }
        assertThat(root).doesNotExist();
    }
}
