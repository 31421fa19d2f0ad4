package org.wenshu.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.Wenshu;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Report;
import org.wenshu.model.WenshuException;

class AssemblerTest {
    private static final String ARTICLE = """
            %s

            一、加强学习
            各D员要认真学习，D员干部带头，做到学懂弄通做实，推动理论武装走深走实，坚持不懈用新思想凝心铸魂。
            二、狠抓落实
            各单位要结合实际抓好贯彻落实，确保各项任务落到实处、取得实效，以实际行动推动高质量发展不断迈上新台阶。
            """;

    @TempDir
    Path dir;

    private Report assemble(String yaml) throws IOException {
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, yaml, StandardCharsets.UTF_8);
        ReportKinds kinds = ReportKinds.standard();
        JobFile file = new JobFileReader(kinds.names(), List.of("pdf", "docx")).read(job);
        Assembler.Assembly assembly = new Assembler(Wenshu.standard()::parse, kinds).assemble(file);
        assertThat(assembly.failures()).isEmpty();
        return assembly.report();
    }

    private void write(String name, String title) throws IOException {
        Files.writeString(dir.resolve(name), ARTICLE.formatted(title), StandardCharsets.UTF_8);
    }

    @Test
    void aCompilationHasOnePartPerArticleOfItsCompilationFile() throws IOException {
        Files.copy(Path.of("examples/阶段性工作总结汇编.txt"), dir.resolve("汇编.txt"));
        Report report = assemble("kind: compilation\nsources: [汇编.txt]\n");
        assertThat(report.kind()).isEqualTo("compilation");
        assertThat(report.parts()).hasSize(12);
        assertThat(report.title()).contains("阶段性工作总结材料汇编");
    }

    @Test
    void dedupeLeavesTheLaterCopyOutAndSaysSo() throws IOException {
        write("a.txt", "关于加强学习的通知");
        write("b.txt", "关于加强学习的通知");
        Report deduped = assemble("metadata: {title: 汇编}\nsources: [a.txt, b.txt]\n");
        assertThat(deduped.parts()).extracting(Document::source).containsExactly(dir.resolve("a.txt").toString());
        assertThat(deduped.diagnostics()).extracting(Diagnostic::code).containsExactly("duplicate-source");
        assertThat(deduped.diagnostics().get(0).message()).contains("b.txt").contains("a.txt").contains("只保留前一份");

        Report kept = assemble("metadata: {title: 汇编}\nsources: [a.txt, b.txt]\noptions: {dedupe: false}\n");
        assertThat(kept.parts()).hasSize(2);
        assertThat(kept.parts().get(1).diagnostics()).extracting(Diagnostic::code).contains("duplicate-source");
    }

    /** A parser that reads ahead, as build's does: each source's grams made with its documents. */
    private static final class GramsAhead implements Assembler.SourceParser {
        private final DuplicateDetector.MadeAhead made = new DuplicateDetector.MadeAhead();
        final java.util.Set<Document> madeFor = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        @Override
        public List<Document> parse(Path path) {
            DuplicateDetector.Parsed parsed = DuplicateDetector.Parsed.withGrams(Wenshu.standard().parse(path));
            madeFor.addAll(parsed.documents());
            return made.take(parsed);
        }

        @Override
        public DuplicateDetector.Grams grams(Document document) {
            return made.apply(document);
        }
    }

    private Assembler.Assembly assembleWith(Assembler.SourceParser parser, String yaml) throws IOException {
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, yaml, StandardCharsets.UTF_8);
        ReportKinds kinds = ReportKinds.standard();
        return new Assembler(parser, kinds).assemble(new JobFileReader(kinds.names(), List.of("pdf", "docx")).read(job));
    }

    @Test
    void gramsMadeAheadGiveTheSameCheckAndAChangedDocumentIsJudgedOnItsOwnText() throws IOException {
        write("a.txt", "关于加强学习的通知");
        write("b.txt", "关于加强学习的通知");
        String yaml = "metadata: {title: 汇编}\nsources: [a.txt, b.txt]\n";
        GramsAhead ahead = new GramsAhead();
        Report deduped = assembleWith(ahead, yaml).report();
        assertThat(ahead.madeFor).hasSize(2);
        assertThat(deduped.parts()).extracting(Document::source).containsExactly(dir.resolve("a.txt").toString());
        assertThat(deduped.diagnostics()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(assemble(yaml).diagnostics());
        // b's second half left out: no longer a copy of a, though the grams made with the whole of b say it is
        String omitting = yaml + "omit:\n  b.txt: [二]\n";
        assertThat(assemble(omitting).parts()).hasSize(2);
        assertThat(assembleWith(new GramsAhead(), omitting).report().parts()).hasSize(2);
    }

    @Test
    void masksAreRestoredByTheRulesAndEachRestorationIsNoted() throws IOException {
        write("a.txt", "关于加强学习的通知");
        Report report = assemble("metadata: {title: 汇编}\nsources: [a.txt]\noptions:\n  restore:\n    - D员: 党员\n");
        Document part = report.parts().get(0);
        String text = part.sections().get(0).paragraphs().get(0).text();
        assertThat(text).startsWith("各党员要认真学习，党员干部带头").doesNotContain("D员");
        assertThat(part.diagnostics()).noneMatch(d -> d.code().equals("masked-word"));
        assertThat(part.diagnostics()).filteredOn(d -> d.code().equals("masked-word-restored"))
                .singleElement().satisfies(d -> {
                    assertThat(d.line()).isEqualTo(4);
                    assertThat(d.message()).contains("D员").contains("党员").contains("2 处");
                });
    }

    @Test
    void placeholdersFailTheJobWhenAsked() throws IOException {
        Files.writeString(dir.resolve("a.txt"), ARTICLE.formatted("关于xx县加强学习的通知") + "请xx县于x月前报送。\n",
                StandardCharsets.UTF_8);
        assertThat(assemble("metadata: {title: 汇编}\nsources: [a.txt]\n").parts()).hasSize(1);
        assertThatThrownBy(() -> assemble("metadata: {title: 汇编}\nsources: [a.txt]\noptions: {placeholders: fail}\n"))
                .isInstanceOf(WenshuException.class)
                .hasMessageContaining("job.yaml").hasMessageContaining("placeholders").hasMessageContaining("a.txt");
    }

    @Test
    void aCompilationWithoutATitleIsRefusedAndADocumentTakesOneSource() throws IOException {
        write("a.txt", "关于加强学习的通知");
        write("b.txt", "关于狠抓落实的意见");
        assertThatThrownBy(() -> assemble("sources: [a.txt]\n")).isInstanceOf(WenshuException.class)
                .hasMessageContaining("job.yaml").hasMessageContaining("title");
        assertThatThrownBy(() -> assemble("kind: document\nsources: [a.txt, b.txt]\noptions: {dedupe: false}\n"))
                .isInstanceOf(WenshuException.class).hasMessageContaining("kind: document");
        assertThat(assemble("kind: document\nsources: [a.txt]\n").parts()).hasSize(1);
    }
}
