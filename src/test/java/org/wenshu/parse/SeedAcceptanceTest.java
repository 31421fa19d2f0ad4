package org.wenshu.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wenshu.Wenshu;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;

/** The acceptance points of the parser issue, on the seed documents. */
class SeedAcceptanceTest {
    private final Wenshu wenshu = Wenshu.standard();

    private static Path seed(String prefix) throws Exception {
        try (Stream<Path> files = java.nio.file.Files.list(CorpusGoldenTest.resource("corpus"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    @Test
    void compilationSplitsIntoTwelveArticlesUnderItsTitle() throws Exception {
        List<Document> documents = wenshu.parse(seed("004_"));
        assertThat(documents).hasSize(12);
        assertThat(documents).allSatisfy(d -> {
            assertThat(d.meta().get("collection")).contains("主题教育开展情况阶段性工作总结材料汇编（12篇）");
            assertThat(d.title()).isNotEmpty();
        });
        assertThat(documents).extracting(Document::title).doesNotHaveDuplicates()
                .startsWith("以实干实效推动主题教育走深走实").endsWith("妙用“学习良方”为主题教育“提能增色”");
        assertThat(documents.get(0).diagnostics()).extracting(Diagnostic::code).contains("placeholder", "masked-word");
    }

    @Test
    void workPlanHasFiveSectionsWithFourLeadsEach() throws Exception {
        Document doc = wenshu.parse(seed("002_")).get(0);
        assertThat(doc.sections()).extracting(Section::marker).containsExactly("一、", "二、", "三、", "四、", "五、");
        for (Section section : doc.sections()) {
            assertThat(section.paragraphs()).extracting(Paragraph::lead)
                    .containsExactly("县级层面：", "党委（党组）层面：", "党支部层面：", "普通党员干部：");
        }
        assertThat(allText(doc)).noneMatch(t -> t.contains("##"));
        assertThat(doc.diagnostics()).filteredOn(d -> d.code().equals("placeholder")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.line()).isPositive());
    }

    @Test
    void twoCopiesOfOneArticleGiveTheSameOutlineAndADuplicateDiagnostic() throws Exception {
        Wenshu.Batch batch = wenshu.parseAll(List.of(seed("000_"), seed("001_")));
        assertThat(batch.failures()).isEmpty();
        Document fullWidth = batch.documents().get(0);
        Document halfWidth = batch.documents().get(1);
        assertThat(fullWidth.title()).isEqualTo("分类指导，推动主题教育走深走实").isEqualTo(halfWidth.title());
        for (Document doc : batch.documents()) {
            assertThat(doc.sections()).hasSize(3).allSatisfy(s -> assertThat(s.marker()).isEmpty());
            assertThat(doc.diagnostics()).extracting(Diagnostic::code).contains("duplicate-source");
        }
        assertThat(halfWidth.sections().get(0).heading()).isEqualTo("出台指导意见、配套措施,作出具体安排");
    }

    @Test
    void eachCopyAloneHasNoDuplicateDiagnostic() throws Exception {
        Wenshu.Batch batch = wenshu.parseAll(List.of(seed("000_")));
        assertThat(batch.documents().get(0).diagnostics()).extracting(Diagnostic::code)
                .doesNotContain("duplicate-source");
    }

    @Test
    void webArticleKeepsNoMarkupInAnyText() throws Exception {
        Document doc = wenshu.parse(seed("003_")).get(0);
        assertThat(doc.preamble()).hasSizeGreaterThan(10);
        assertThat(allText(doc)).isNotEmpty()
                .noneMatch(t -> t.contains("<") || t.contains(">") || t.contains("&nbsp") || t.contains("style="));
    }

    private static List<String> allText(Document doc) {
        List<String> texts = new ArrayList<>();
        texts.add(doc.title());
        doc.preamble().forEach(p -> texts.add(p.text()));
        doc.sections().forEach(s -> collect(s, texts));
        return texts;
    }

    private static void collect(Section section, List<String> texts) {
        texts.add(section.heading());
        section.paragraphs().forEach(p -> texts.add(p.text()));
        section.sections().forEach(s -> collect(s, texts));
    }
}
