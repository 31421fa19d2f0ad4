package org.wenshu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;

/**
 * PDF compression bombs the first check let through (issue 17, item 2): every stream and every
 * filter of a chain is counted, streaming, before PDFBox decodes anything whole into memory.
 */
class PdfBombTest {
    private static final String TEXT = "BT /F1 12 Tf 72 712 Td (Hello) Tj ET\n";
    private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    private static final int MIB = 1 << 20;

    @TempDir
    Path dir;

    /** {@code mebibytes} of spaces (valid page content), then the text. */
    private static byte[] deflatedSpaces(int mebibytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
            byte[] spaces = new byte[MIB];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < mebibytes; i++) {
                deflate.write(spaces);
            }
            deflate.write(TEXT.getBytes(StandardCharsets.US_ASCII));
        }
        return compressed.toByteArray();
    }

    /** RunLength data for {@code mebibytes} of spaces: runs of 128 in two bytes each, then the end mark. */
    private static byte[] runLengthSpaces(int mebibytes) {
        int runs = mebibytes * (MIB / 128);
        byte[] data = new byte[runs * 2 + 1];
        for (int i = 0; i < runs; i++) {
            data[2 * i] = (byte) 129;
            data[2 * i + 1] = ' ';
        }
        data[data.length - 1] = (byte) 128;
        return data;
    }

    private static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
            deflate.write(data);
        }
        return compressed.toByteArray();
    }

    private Path good() throws Exception {
        Path good = dir.resolve("好文件.docx");
        Files.copy(FormatEquivalenceTest.resource("formats/002_f62ea30a084066f1.docx"), good,
                StandardCopyOption.REPLACE_EXISTING);
        return good;
    }

    /** A budget far below the reader's, so that bombs small enough to build quickly exceed it. */
    private static final long SMALL_LIMIT = 8L * MIB;

    /** The bytes counted before the small budget ran out, or -1 when it did not. */
    private static long countedBeforeRefusal(byte[] pdf) throws IOException {
        PdfDecodeBudget budget = new PdfDecodeBudget(SMALL_LIMIT);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            budget.check(document.getDocument());
            return -1;
        } catch (PdfDecodeBudget.Exceeded e) {
            return budget.decoded();
        }
    }

    private String refused(String name, byte[] pdf) throws Exception {
        Path bomb = Files.write(dir.resolve(name), pdf);
        Wenshu.Batch batch = Wenshu.standard().parseAll(List.of(bomb, good()));
        assertThat(batch.documents()).extracting(Document::title).containsExactly("第二批主题教育工作措施安排范文");
        assertThat(batch.failures()).hasSize(1);
        String message = batch.failures().get(0).error().getMessage();
        assertThat(message).startsWith(bomb + "：").doesNotContain("\n").contains("疑似压缩炸弹").contains("256 MB");
        return message;
    }

    @Test
    void aFlateBombInAFormXObjectIsRefused() throws Exception {
        HandMadePdf pdf = HandMadePdf.page("/Font << /F1 5 0 R >> /XObject << /X1 6 0 R >>");
        pdf.stream("", (TEXT + "/X1 Do\n").getBytes(StandardCharsets.US_ASCII));
        pdf.add(FONT);
        pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Filter /FlateDecode", deflatedSpaces(300));
        refused("表单炸弹.pdf", pdf.bytes());
    }

    @Test
    void aFlateThenRunLengthChainIsRefused() throws Exception {
        HandMadePdf pdf = HandMadePdf.page("/Font << /F1 5 0 R >>");
        byte[] data = deflate(runLengthSpaces(10));
        pdf.stream("/Filter [/FlateDecode /RunLengthDecode]", data);
        pdf.add(FONT);
        // the RunLength stage alone decodes 10 MiB; only counting both stages sees it
        assertThat(countedBeforeRefusal(pdf.bytes())).isBetween(SMALL_LIMIT, SMALL_LIMIT + 64 * 1024);
    }

    @Test
    void aHexThenFlateChainIsRefused() throws Exception {
        HandMadePdf pdf = HandMadePdf.page("/Font << /F1 5 0 R >>");
        byte[] data = (HexFormat.of().formatHex(deflatedSpaces(10)) + ">").getBytes(StandardCharsets.US_ASCII);
        pdf.stream("/Filter [/ASCIIHexDecode /FlateDecode]", data);
        pdf.add(FONT);
        assertThat(countedBeforeRefusal(pdf.bytes())).isBetween(SMALL_LIMIT, SMALL_LIMIT + 64 * 1024);
    }

    @Test
    void aRunLengthBombIsRefusedAfterDecodingNoMoreThanTheLimit() throws Exception {
        // 1.3 GB of spaces in 21 MB of RunLength data
        HandMadePdf pdf = HandMadePdf.page("/Font << /F1 5 0 R >>");
        pdf.stream("/Filter /RunLengthDecode", runLengthSpaces(1300));
        pdf.add(FONT);
        byte[] bytes = pdf.bytes();
        assertThat(countedBeforeRefusal(bytes)).isBetween(SMALL_LIMIT, SMALL_LIMIT + 64 * 1024);
        refused("行程炸弹.pdf", bytes);
    }

    @Test
    void imageDataIsNotCountedSoALargeScanIsNoBomb() throws Exception {
        HandMadePdf pdf = HandMadePdf.page("/Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >>");
        pdf.stream("", (TEXT + "q 100 0 0 100 0 0 cm /Im1 Do Q\n").getBytes(StandardCharsets.US_ASCII));
        pdf.add(FONT);
        byte[] pixels = deflatedSpaces(10); // 10 MiB of grey pixels
        pdf.stream("/Type /XObject /Subtype /Image /Width 4096 /Height 2560 /ColorSpace /DeviceGray "
                + "/BitsPerComponent 8 /Filter /FlateDecode", pixels);
        assertThat(countedBeforeRefusal(pdf.bytes())).isEqualTo(-1);
        Path file = Files.write(dir.resolve("大图.pdf"), pdf.bytes());
        Wenshu.Batch batch = Wenshu.standard().parseAll(List.of(file));
        assertThat(batch.failures()).isEmpty();
        assertThat(batch.documents().toString()).contains("Hello");
    }

    @Test
    void runLengthDecodingFollowsTheStandard() throws Exception {
        byte[] encoded = {2, 'a', 'b', 'c', (byte) 254, 'x', 0, 'z', (byte) 128, 'q'};
        try (var in = new PdfDecodeBudget.RunLengthInputStream(new java.io.ByteArrayInputStream(encoded))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("abcxxxz");
        }
    }
}
