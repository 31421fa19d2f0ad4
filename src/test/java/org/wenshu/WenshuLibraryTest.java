package org.wenshu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.assemble.JobFile;
import org.wenshu.model.Document;
import org.wenshu.model.Report;
import org.wenshu.model.WenshuException;
import org.wenshu.render.OutputFormats;

class WenshuLibraryTest {
    private static final Path PLAN = Path.of("examples/工作措施安排.txt");
    private static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void streamParsesAsTheFileDoes() throws Exception {
        Wenshu wenshu = Wenshu.builder().build();
        List<Document> fromFile = wenshu.parse(PLAN);
        List<Document> fromStream = wenshu.parse(new ByteArrayInputStream(Files.readAllBytes(PLAN)), PLAN.toString());
        assertThat(fromStream).isEqualTo(fromFile);
    }

    @Test
    void mistakesAreOneLineExceptionsAndNothingIsPrinted() {
        Wenshu wenshu = Wenshu.builder().build();
        assertThatThrownBy(() -> wenshu.parse(new ByteArrayInputStream(new byte[0]), "上报.txt"))
                .isInstanceOf(WenshuException.class).hasMessage("上报.txt：文件为空");
        assertThatThrownBy(() -> wenshu.parse(dir.resolve("无.txt")))
                .isInstanceOf(WenshuException.class).hasMessageEndingWith("无.txt：文件不存在");
        assertThatThrownBy(() -> wenshu.parse((Path) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> wenshu.parse(new ByteArrayInputStream(new byte[1]), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Wenshu.builder().set("", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Wenshu.standard().render(Report.of(wenshu.parse(PLAN).get(0)), "pdf",
                new ByteArrayOutputStream())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> wenshu.render(Report.of(wenshu.parse(PLAN).get(0)), "odt", new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no output format odt (there are: pdf, docx, html)");
    }

    @Test
    void jobBuiltInCodeAssemblesLikeTheSameJobReadFromYaml() throws Exception {
        Files.copy(PLAN, dir.resolve("plan.txt"));
        Files.copy(Path.of("examples/网页转存文章.txt"), dir.resolve("web.txt"));
        Path yaml = dir.resolve("job.yaml");
        Files.writeString(yaml, "kind: compilation\nmetadata:\n  title: 材料汇编\nsources:\n  - plan.txt\n  - web.txt\n",
                StandardCharsets.UTF_8);
        Wenshu wenshu = Wenshu.builder().build();
        JobFile read = wenshu.readJob(yaml);
        JobFile inCode = new JobFile(yaml, "compilation", null, Map.of("title", "材料汇编"),
                List.of(new JobFile.SourceSpec("plan.txt", 0), new JobFile.SourceSpec("web.txt", 0)), List.of(),
                new JobFile.Options(false, List.of(), JobFile.PlaceholderPolicy.WARN, -1), List.of("pdf"), null, Map.of());

        Report fromYaml = wenshu.assemble(read);
        Report fromCode = wenshu.assemble(inCode);
        assertThat(fromCode.kind()).isEqualTo("compilation");
        assertThat(fromCode.title()).isEqualTo("材料汇编");
        assertThat(fromCode.parts()).hasSize(2).isEqualTo(fromYaml.parts());

        Files.delete(dir.resolve("web.txt"));
        assertThatThrownBy(() -> wenshu.assemble(inCode)).isInstanceOf(WenshuException.class).hasMessageContaining("web.txt");
    }

    @Test
    void eightThreadsRenderByteIdenticalOutputs() throws Exception {
        Wenshu wenshu = Wenshu.builder().createdAt(FIXED).set("toc", "true").build();
        Report report = Report.of(wenshu.parse(PLAN).get(0));
        byte[] pdf = render(wenshu, report, "pdf");
        byte[] docx = render(wenshu, report, "docx");
        // code written against the enum that named the formats before the registry still gets the same bytes
        ByteArrayOutputStream deprecated = new ByteArrayOutputStream();
        wenshu.render(report, org.wenshu.render.OutputFormat.DOCX, deprecated);
        assertThat(deprecated.toByteArray()).isEqualTo(docx);

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<byte[]>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String format = i % 2 == 0 ? "pdf" : "docx";
                results.add(pool.submit(() -> {
                    start.await();
                    return render(wenshu, report, format);
                }));
            }
            start.countDown();
            for (int i = 0; i < threads; i++) {
                byte[] expected = i % 2 == 0 ? pdf : docx;
                assertThat(results.get(i).get(5, TimeUnit.MINUTES)).as("thread " + i).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(read)).contains(report.title().substring(0, 6));
        }
    }

    private static byte[] render(Wenshu wenshu, Report report, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wenshu.render(report, format, out);
        return out.toByteArray();
    }

    @Test
    void embeddingExampleBuildsAndRuns() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classpath = System.getProperty("java.class.path");
        ByteArrayOutputStream compilerOutput = new ByteArrayOutputStream();
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, compilerOutput, compilerOutput,
                "-encoding", "UTF-8", "-cp", classpath, "-d", classes.toString(), "examples/embed/Embed.java");
        assertThat(compiled).as(compilerOutput.toString(StandardCharsets.UTF_8)).isZero();

        Path out = dir.resolve("out");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8",
                "-cp", classes + File.pathSeparator + classpath, "Embed", PLAN.toString(), out.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains(out.resolve("工作措施安排.pdf") + "（").contains(": placeholder: ");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("工作措施安排.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
        assertThat(Files.readAllBytes(out.resolve("工作措施安排.docx"))).startsWith('P', 'K');
    }
}
