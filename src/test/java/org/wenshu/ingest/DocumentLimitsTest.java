package org.wenshu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenshu.ingest.MinimalDocx.p;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.DocumentWorker;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;
import org.wenshu.model.LimitExceededException;

/**
 * Structures nested far beyond any real document (issue 17, item 1): each file is read or ends in
 * a one-line error naming it and the limit, and the other files of the call are read either way.
 */
class DocumentLimitsTest {
    /** A stack far smaller than the standard one, so that the limit is reached by small inputs. */
    private static final DocumentWorker SMALL_STACK = new DocumentWorker(256 * 1024, Duration.ofMinutes(1));

    @TempDir
    Path dir;

    private Path good() throws Exception {
        Path good = dir.resolve("好文件.docx");
        Files.copy(FormatEquivalenceTest.resource("formats/002_f62ea30a084066f1.docx"), good,
                StandardCopyOption.REPLACE_EXISTING);
        return good;
    }

    /** The hostile file with a good one after it: the good one is read; the hostile one's error, if any, is one line. */
    private Wenshu.Batch withGood(Path hostile, DocumentWorker worker) throws Exception {
        Wenshu.Batch batch = Wenshu.standard().parseAll(List.of(hostile, good()), worker);
        assertThat(batch.documents()).extracting(Document::title).contains("第二批主题教育工作措施安排范文");
        batch.failures().forEach(failure -> assertThat(failure.error().getMessage())
                .startsWith(hostile + "：").doesNotContain("\n"));
        return batch;
    }

    private Path nestedTables(int depth) throws Exception {
        StringBuilder body = new StringBuilder(p("开头"));
        body.append("<w:tbl><w:tr><w:tc>".repeat(depth)).append(p("最里面"))
                .append("</w:tc></w:tr></w:tbl>".repeat(depth));
        return Files.write(dir.resolve("嵌套表格.docx"), new MinimalDocx().body(body.toString()).bytes());
    }

    private Path nestedArrays(int depth) throws Exception {
        HandMadePdf pdf = HandMadePdf.page("/Font << /F1 5 0 R >>");
        String content = "BT /F1 12 Tf 72 712 Td (Hello) Tj ET\n" + "[".repeat(depth) + "]".repeat(depth) + " TJ\n";
        pdf.stream("", content.getBytes(StandardCharsets.US_ASCII));
        pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return Files.write(dir.resolve("嵌套数组.pdf"), pdf.bytes());
    }

    @Test
    void aDocxTableNestedTwelveHundredDeepIsRefusedAtTheNestingLimit() throws Exception {
        Path hostile = nestedTables(1200);
        assertThat(Files.size(hostile)).isLessThan(16 * 1024);
        Wenshu.Batch batch = withGood(hostile, DocumentWorker.standard());
        assertThat(batch.failures()).singleElement().extracting(f -> f.error().getMessage()).asString()
                .contains("表格嵌套超过 64 层");
        assertThat(batch.failures().get(0).error()).isInstanceOfSatisfying(LimitExceededException.class,
                e -> assertThat(e.limit()).isEqualTo("table-nesting"));
    }

    @Test
    void tablesNestedWithinTheLimitAreRead() throws Exception {
        Wenshu.Batch batch = withGood(nestedTables(64), DocumentWorker.standard());
        assertThat(batch.failures()).isEmpty();
        assertThat(batch.documents().toString()).contains("最里面");
    }

    @Test
    void aPdfPageOpeningTwoThousandNestedArraysIsRead() throws Exception {
        Wenshu.Batch batch = withGood(nestedArrays(2000), DocumentWorker.standard());
        assertThat(batch.failures()).isEmpty();
        assertThat(batch.documents().toString()).contains("Hello");
    }

    @Test
    void aPdfPageNestedBeyondTheStackIsOneLineAndTheBatchGoesOn() throws Exception {
        // 20,000 levels: far beyond 256 KB whether PDFBox's parser runs interpreted or compiled (2,000
        // fitted once the JIT had compiled it, and the test failed at random in a full run)
        Wenshu.Batch batch = withGood(nestedArrays(20_000), SMALL_STACK);
        assertThat(batch.failures()).singleElement().extracting(f -> f.error().getMessage()).asString()
                .contains("嵌套过深").contains("调用栈 256 KB");
        // a limit, not a malformed file: counted apart by whoever sums up refusals (scripts/fuzz)
        assertThat(batch.failures().get(0).error()).isInstanceOfSatisfying(LimitExceededException.class,
                e -> assertThat(e.limit()).isEqualTo("stack"));
    }

    @Test
    void nestingFarPastTheStandardStackIsOneLineAndTheBatchGoesOn() throws Exception {
        Wenshu.Batch batch = withGood(nestedArrays(400_000), DocumentWorker.standard());
        assertThat(batch.failures()).singleElement().extracting(f -> f.error().getMessage()).asString()
                .contains("嵌套过深").contains("16 MB");
    }

    @Test
    void aBillionLaughsDocxIsRefusedAsEntityDefinitionsNotAsExternalEntities() throws Exception {
        String laughs = "<!DOCTYPE w:document [<!ENTITY a \"哈哈哈哈哈哈哈哈哈哈\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>";
        Path hostile = Files.write(dir.resolve("笑.docx"), new MinimalDocx().prolog(laughs).body(p("&g;")).bytes());
        Wenshu.Batch batch = withGood(hostile, DocumentWorker.standard());
        assertThat(batch.failures()).singleElement().extracting(f -> f.error().getMessage()).asString()
                .contains("DOCTYPE").contains("实体定义").doesNotContain("外部实体");
    }

    @Test
    void aPlainDocxOfTwoHundredThousandEmptyParagraphsIsNoBomb() throws Exception {
        byte[] docx = new MinimalDocx().body(p("标题") + "<w:p/>".repeat(200_000) + p("正文。")).bytes();
        assertThat(docx.length).isLessThan(8 * 1024); // inflates over 300 times
        Path plain = Files.write(dir.resolve("空段落.docx"), docx);
        Wenshu.Batch batch = withGood(plain, DocumentWorker.standard());
        assertThat(batch.failures()).isEmpty();
        assertThat(batch.documents().toString()).contains("正文。");
    }
}
