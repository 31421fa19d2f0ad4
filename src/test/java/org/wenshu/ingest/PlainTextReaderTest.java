package org.wenshu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;
import org.wenshu.model.WenshuException;

class PlainTextReaderTest {
    private static final String TEXT = "一、总体要求\r\n　　坚持“两个确立”，做到“两个维护”。\r\n（一）指导思想";
    private final Ingest ingest = Ingest.standard();

    @TempDir
    Path dir;

    private SourceText readBytes(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return ingest.read(file);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void assertSameLines(SourceText text) {
        assertThat(text.lines()).extracting(SourceLine::text)
                .containsExactly("一、总体要求", "　　坚持“两个确立”，做到“两个维护”。", "（一）指导思想");
        assertThat(text.lines()).extracting(SourceLine::number).containsExactly(1, 2, 3);
    }

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        assertSameLines(readBytes("a.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
        SourceText bom = readBytes("b.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8)));
        assertSameLines(bom);
        assertThat(bom.lines().get(0).text()).doesNotStartWith("\uFEFF");
    }

    @Test
    void readsGb18030AndSaysItGuessed() throws Exception {
        SourceText text = readBytes("gbk.txt", TEXT.getBytes(Charset.forName("GB18030")));
        assertSameLines(text);
        assertThat(text.diagnostics()).extracting(Diagnostic::code).containsExactly("encoding-guessed");
    }

    @Test
    void readsUtf16WithBomAndWithout() throws Exception {
        assertSameLines(readBytes("le-bom.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TEXT.getBytes(StandardCharsets.UTF_16LE))));
        assertSameLines(readBytes("be-bom.txt", TEXT.getBytes(StandardCharsets.UTF_16)));
        assertSameLines(readBytes("le.txt", TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertSameLines(readBytes("be.txt", TEXT.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void crAndLfAloneAlsoEndLines() throws Exception {
        assertSameLines(readBytes("lf.txt", TEXT.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
        assertSameLines(readBytes("cr.txt", TEXT.replace("\r\n", "\r").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void emptyFileIsRefusedByName() throws Exception {
        assertThatThrownBy(() -> readBytes("empty.txt", new byte[0]))
                .isInstanceOf(WenshuException.class).hasMessageContaining("empty.txt").hasMessageContaining("文件为空");
        assertThatThrownBy(() -> readBytes("blank.txt", " \n\u3000\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WenshuException.class).hasMessageContaining("blank.txt").hasMessageContaining("没有文字");
    }

    @Test
    void binaryFileIsRefusedByName() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0,
                0, 0, 1, 0, 8, 6, 0, 0, 0, (byte) 0xFF, (byte) 0xEE, 0x12};
        assertThatThrownBy(() -> readBytes("picture.txt", png))
                .isInstanceOf(WenshuException.class).hasMessageContaining("picture.txt").hasMessageContaining("不是可识别的文本文件");
    }

    @Test
    void missingFileIsRefusedByName() {
        assertThatThrownBy(() -> ingest.read(dir.resolve("nowhere.txt")))
                .isInstanceOf(WenshuException.class).hasMessageContaining("nowhere.txt").hasMessageContaining("不存在");
    }

    @Test
    void splitLinesKeepsEmptyLinesAndNumbersFromOne() {
        List<SourceLine> lines = PlainTextReader.splitLines("a\n\nb\r\n");
        assertThat(lines).extracting(SourceLine::text).containsExactly("a", "", "b");
        assertThat(lines).extracting(SourceLine::number).containsExactly(1, 2, 3);
    }

    @Test
    void gb18030WithFourByteCharactersIsStillText() throws Exception {
        String text = "关于某字的报告\n一、基本情况\n正文含𠮷和𠮷。\n";
        SourceText read = readBytes("gb4.txt", text.getBytes(Charset.forName("GB18030")));
        assertThat(read.lines().get(2).text()).isEqualTo("正文含𠮷和𠮷。");
    }

    @Test
    void utf8WithOneStrayByteIsReadWithAWarning() throws Exception {
        byte[] good = "关于开展安全生产大检查的通知\n各单位要认真开展自查自纠，确保安全生产形势稳定。\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = concat(concat(java.util.Arrays.copyOf(good, 12), new byte[] {(byte) 0xFF}),
                java.util.Arrays.copyOfRange(good, 12, good.length));
        SourceText read = readBytes("stray.txt", bad);
        assertThat(read.lines().get(1).text()).isEqualTo("各单位要认真开展自查自纠，确保安全生产形势稳定。");
        assertThat(read.diagnostics()).extracting(Diagnostic::code).containsExactly("encoding-repaired");
    }

    @Test
    void shortGbkTextIsNotMistakenForBrokenUtf8() throws Exception {
        SourceText read = readBytes("short.txt", "abc 中文 def\n".getBytes(Charset.forName("GBK")));
        assertThat(read.lines().get(0).text()).isEqualTo("abc 中文 def");
    }
}
