package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.Wenshu;
import org.wenshu.assemble.Assembler;
import org.wenshu.assemble.JobFile;
import org.wenshu.assemble.JobFileReader;
import org.wenshu.assemble.ReportKinds;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Report;
import org.wenshu.model.Section;
import org.wenshu.render.fonts.FontCache;

/**
 * Output conservation: the text read back from each rendered PDF (PDFBox, drawing order) and DOCX
 * (POI, body order) is the model's text as the template shows it — nothing lost, nothing repeated,
 * in order — with the text the template adds itself accounted for piece by piece ({@link ShownText}).
 *
 * <p>The default run covers every corpus document's PDF in reading order (the renders
 * {@link CorpusPages} makes for the layout tests anyway), PDF and DOCX of a few corpus documents and
 * the examples, and one example job of each report kind (briefing and official included: their lines
 * with text at both ends are two-cell rows, stored left to right). {@code -Dwenshu.outputConservation=all}
 * adds PDF and DOCX of every corpus document and the two large example jobs (about 700 pages).
 */
class OutputConservationTest {
    private static final boolean ALL = "all".equals(System.getProperty("wenshu.outputConservation"));
    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    /** Representative documents for the default run: a long report, seeds with tables, lists, web furniture. */
    private static final List<Path> DEFAULT_DOCUMENTS = List.of(
            CORPUS.resolve("2026_吉林省_政府工作报告.txt"),
            CORPUS.resolve("001_5b337543eabd454e.txt"),
            CORPUS.resolve("004_f863d41575c9a514.txt"),
            CORPUS.resolve("shanghai-plans/01_零碳园区.txt"),
            Path.of("examples/网页转存文章.txt"),
            Path.of("examples/工作措施安排.txt"),
            Path.of("examples/民生实事进展（含表格）.md"),
            // merged table cells: each merged cell's text once in both outputs
            Path.of("src/test/resources/render/merged-table.html"),
            Path.of("src/test/resources/word-real/rm093.doc"),
            Path.of("src/test/resources/word-real/rm129.doc"));

    private static final List<String> DEFAULT_JOBS = List.of(
            "examples/阶段性工作总结汇编.yaml",
            "examples/阶段性工作综合总结.yaml",
            "examples/材料提纲.yaml",
            "examples/主题教育工作简报.yaml",
            "examples/CIM底座建设行动计划公文.yaml");

    private static final List<String> LARGE_JOBS = List.of(
            "examples/2026年政府工作报告汇编.yaml",
            "examples/2026年主要预期目标对比.yaml");

    @TestFactory
    Stream<DynamicTest> everyCorpusDocumentPrintsItsTextInReadingOrder() {
        RenderSetup setup = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(), RenderFixture.CREATED, new FontCache());
        return CorpusPages.all().stream().map(rendered -> DynamicTest.dynamicTest(
                rendered.source().getFileName() + " " + rendered.document().title(), () -> {
                    StringBuilder text = new StringBuilder();
                    rendered.lines().forEach(line -> text.append(line.text()).append('\n'));
                    List<ShownText.Piece> pieces = ShownText.of(Report.of(rendered.document()), "document", Map.of(), setup.theme());
                    assertAgrees(pieces, text.toString(), "PDF（按版面位置）");
                }));
    }

    @TestFactory
    Stream<DynamicTest> documentsPrintTheirTextInPdfAndDocx() {
        List<Path> sources = new ArrayList<>(DEFAULT_DOCUMENTS);
        if (ALL) {
            sources.addAll(corpusFiles());
        }
        RenderSetup setup = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(), RenderFixture.CREATED, new FontCache());
        return sources.stream().distinct().map(source -> DynamicTest.dynamicTest(source.toString(), () -> {
            for (Document document : Wenshu.standard().parse(source)) {
                checkBoth(setup, "document", Report.of(document));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyReportKindPrintsItsTextInPdfAndDocx() {
        List<String> jobs = new ArrayList<>(DEFAULT_JOBS);
        if (ALL) {
            jobs.addAll(LARGE_JOBS);
        }
        return jobs.stream().map(job -> DynamicTest.dynamicTest(job, () -> checkJob(Path.of(job))));
    }

    /**
     * The official example with a 签发人: the 发文字号 and 签发人 share a line, one at each end, and
     * are stored in that order (a float drew 签发人 before the whole page).
     */
    @Test
    void anOfficialDocumentWithASignerPrintsItsNumberBeforeTheSigner(@TempDir Path dir) throws IOException {
        String job = Files.readString(Path.of("examples/CIM底座建设行动计划公文.yaml"))
                .replace("\nmetadata:", "\nmetadata:\n  signer: 张三");
        assertThat(job).contains("signer: 张三");
        Files.writeString(dir.resolve("job.yaml"), job);
        Files.copy(Path.of("examples/CIM底座建设三年行动计划通知.txt"), dir.resolve("CIM底座建设三年行动计划通知.txt"));
        checkJob(dir.resolve("job.yaml"));
    }

    private void checkJob(Path job) throws IOException {
        ReportKinds kinds = ReportKinds.standard();
        JobFile file = new JobFileReader(kinds.names(), kinds.planKinds(), List.of("pdf", "docx", "html")).read(job);
        Assembler.Assembly assembly = new Assembler(Wenshu.standard()::parse, kinds).assemble(file);
        String template = assembly.kind().template();
        RenderSetup setup = RenderSetup.resolve(template, file.folder(), Map.of(), settings(file),
                RenderFixture.CREATED, new FontCache());
        checkBoth(setup, template, assembly.report());
    }

    /** The check can fail: a line lost, a line printed twice and two lines swapped are each caught. */
    @Test
    void aLostRepeatedOrMovedLineFails() {
        RenderSetup setup = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(), RenderFixture.CREATED, new FontCache());
        Document document = Wenshu.standard().parse(Path.of("examples/工作措施安排.txt")).get(0);
        List<ShownText.Piece> pieces = ShownText.of(Report.of(document), "document", Map.of(), setup.theme());
        RenderedDocument output = setup.renderer().render(document, OutputFormats.standard().choose("pdf"));
        List<String> lines = new ArrayList<>(List.of(RenderedText.pdf(output.outputs().get("pdf"), setup.theme()).split("\n")));
        assertThat(OutputConservation.compare(pieces, String.join("\n", lines))).isEmpty();
        int middle = lines.size() / 2;

        List<String> lost = new ArrayList<>(lines);
        lost.remove(middle);
        assertThat(OutputConservation.compare(pieces, String.join("\n", lost))).get().asString().contains("不同");

        List<String> repeated = new ArrayList<>(lines);
        repeated.add(middle, lines.get(middle));
        assertThat(OutputConservation.compare(pieces, String.join("\n", repeated))).get().asString().contains("不同");

        List<String> swapped = new ArrayList<>(lines);
        swapped.set(middle, lines.get(middle + 1));
        swapped.set(middle + 1, lines.get(middle));
        assertThat(OutputConservation.compare(pieces, String.join("\n", swapped))).get().asString().contains("不同");

        List<String> extra = new ArrayList<>(lines);
        extra.add(lines.get(lines.size() - 1));
        assertThat(OutputConservation.compare(pieces, String.join("\n", extra))).get().asString().contains("还有文字");
    }

    /** A renderer that dropped a paragraph, measured against the model it was given, fails in both outputs. */
    @Test
    void aParagraphTheOutputLacksFailsInBothFormats() {
        RenderSetup setup = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(), RenderFixture.CREATED, new FontCache());
        Document document = Wenshu.standard().parse(Path.of("examples/工作措施安排.txt")).get(0);
        Section first = document.sections().get(0);
        Paragraph dropped = first.paragraphs().get(0);
        List<Paragraph> rest = first.paragraphs().subList(1, first.paragraphs().size());
        List<Section> sections = new ArrayList<>(document.sections());
        sections.set(0, new Section(first.marker(), first.heading(), first.line(), first.kind(), rest, first.sections()));
        Document defective = new Document(document.source(), document.title(), document.kicker(), document.subtitle(),
                document.meta(), document.preamble(), sections, document.diagnostics());
        RenderedDocument output = setup.renderer().render(defective, OutputFormats.standard().choose("pdf", "docx"));
        List<ShownText.Piece> pieces = ShownText.of(Report.of(document), "document", Map.of(), setup.theme());
        String where = "段落 " + document.source() + ":" + dropped.line();
        assertThat(OutputConservation.compare(pieces, RenderedText.pdf(output.outputs().get("pdf"), setup.theme())))
                .get().asString().contains(where);
        assertThat(OutputConservation.compare(pieces, RenderedText.docx(output.outputs().get("docx"))))
                .get().asString().contains(where);
    }

    private static void checkBoth(RenderSetup setup, String template, Report report) {
        RenderedDocument output = setup.renderer().render(report, OutputFormats.standard().choose("pdf", "docx"));
        List<ShownText.Piece> pieces = ShownText.of(report, template, setup.settings(), setup.theme());
        Optional<String> pdf = OutputConservation.compare(pieces, RenderedText.pdf(output.outputs().get("pdf"), setup.theme()));
        Optional<String> docx = OutputConservation.compare(pieces, RenderedText.docx(output.outputs().get("docx")));
        assertThat(pdf.map(d -> "PDF: " + d).orElse("") + docx.map(d -> "\nDOCX: " + d).orElse("")).isEmpty();
    }

    private static void assertAgrees(List<ShownText.Piece> pieces, String rendered, String output) {
        Optional<String> difference = OutputConservation.compare(pieces, rendered);
        assertThat(difference).as(output).isEmpty();
    }

    /** The template settings as {@code wenshu build} makes them: the job's settings and its contents depth. */
    private static Map<String, String> settings(JobFile job) {
        Map<String, String> settings = new LinkedHashMap<>(job.settings());
        if (job.options().tocDepth() >= 0) {
            settings.putIfAbsent("toc", Integer.toString(job.options().tocDepth()));
        }
        return settings;
    }

    private static List<Path> corpusFiles() {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
