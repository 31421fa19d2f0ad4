package org.wenshu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.model.SourceLine;
import org.wenshu.model.WenshuException;

/** Which reader a file goes to, by its name and its first bytes. */
class IngestTest {
    @TempDir
    Path dir;

    @Test
    void aWebPageSavedAsDocIsReadAsAWebPage() throws Exception {
        Path file = Files.writeString(dir.resolve("通知.doc"),
                "<html><head><meta charset=\"utf-8\"></head><body><p>一、总体要求</p><p>正文一段。</p></body></html>");
        assertThat(Ingest.standard().read(file).lines()).extracting(SourceLine::text)
                .containsExactly("一、总体要求", "正文一段。");
    }

    @Test
    void rtfAndMhtNamedDocAreExplained() throws Exception {
        Path rtf = Files.writeString(dir.resolve("旧文件.doc"), "{\\rtf1\\ansi 正文}");
        assertThatThrownBy(() -> Ingest.standard().read(rtf)).isInstanceOf(WenshuException.class)
                .hasMessage(rtf + "：这是 RTF 格式的文件，wenshu 不读这种格式；请用 Word 或 WPS 打开后另存为 .docx");
        Path mht = Files.writeString(dir.resolve("网页.doc"), "MIME-Version: 1.0\nContent-Type: multipart/related;");
        assertThatThrownBy(() -> Ingest.standard().read(mht)).isInstanceOf(WenshuException.class)
                .hasMessageContaining("MHT");
    }

    @Test
    void rtfAndMhtUnderTheirOwnNamesAreRefusedToo() throws Exception {
        Path rtf = Files.writeString(dir.resolve("说明.rtf"), "{\\rtf1\\ansi 正文}");
        assertThatThrownBy(() -> Ingest.standard().read(rtf)).isInstanceOf(WenshuException.class)
                .hasMessageContaining("RTF");
        Path mht = Files.writeString(dir.resolve("网页.mht"), "MIME-Version: 1.0\nContent-Type: multipart/related;");
        assertThatThrownBy(() -> Ingest.standard().read(mht)).isInstanceOf(WenshuException.class)
                .hasMessageContaining("MHT");
    }

    @Test
    void aPartTooLargeToReadIsReportedAsABombNotAsDamage() {
        Exception tooLarge = new IllegalStateException("reading part",
                new org.apache.poi.util.RecordFormatException("Tried to allocate an array of length 303,300,134, "
                        + "but the maximum length for this record type is 100,000,000."));
        assertThat(OfficeMagic.unreadable(Path.of("大.docx"), "Word 文档", tooLarge).getMessage())
                .isEqualTo("大.docx：Word 文档解压后体积异常（疑似压缩炸弹），已拒绝读取");
    }

    @Test
    void aDocxThatIsNotAZipIsDamaged() throws Exception {
        Path file = Files.write(dir.resolve("坏.docx"), "这不是压缩包".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Ingest.standard().read(file)).isInstanceOf(WenshuException.class)
                .hasMessageStartingWith(file + "：不是有效的 Word 文档");
    }

    @Test
    void aDocxSavedUnderTheOldNameIsStillRead() throws Exception {
        Path file = Files.write(dir.resolve("改名.doc"), new MinimalDocx().body(MinimalDocx.p("正文")).bytes());
        assertThat(Ingest.standard().read(file).lines()).extracting(SourceLine::text).containsExactly("正文");
    }

    @Test
    void aPdfIsKnownByItsFirstBytes() throws Exception {
        Path pdf = Files.copy(FormatEquivalenceTest.resource("formats/002_f62ea30a084066f1.pdf"), dir.resolve("无扩展名"));
        assertThat(Ingest.standard().read(pdf).lines()).isNotEmpty();
    }

    @Test
    void contentWithoutANameIsToldByItsFirstBytes() {
        assertThat(Ingest.sniff("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("pdf");
        assertThat(Ingest.sniff(new byte[] {'P', 'K', 3, 4, 0, 0})).isEqualTo("docx");
        assertThat(Ingest.sniff(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}))
                .isEqualTo("doc");
        assertThat(Ingest.sniff("\n <!doctype HTML><html>".getBytes(StandardCharsets.UTF_8))).isEqualTo("html");
        assertThat(Ingest.sniff("# 标题\n正文".getBytes(StandardCharsets.UTF_8))).isEqualTo("txt");
    }

    @Test
    void contentWithoutANameIsNamedAsGivenInTextAndErrors() {
        SourceText text = Ingest.standard().readAs(Path.of("-"), "md", "# 标题\n\n正文\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text.path()).isEqualTo(Path.of("-"));
        assertThatThrownBy(() -> Ingest.standard().readAs(Path.of("-"), null, "  \n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WenshuException.class).hasMessage("-：文件中没有文字");
    }
}
