package org.wenshu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenshu.ingest.MinimalDocx.p;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;
import org.wenshu.model.WenshuException;

/**
 * Damaged, protected and malicious files each get a one-line error naming the file (or a
 * diagnostic), and the other files of the same call are still parsed. Large inputs are made here,
 * not committed.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private Path good() throws Exception {
        Path good = dir.resolve("好文件.docx");
        Files.copy(FormatEquivalenceTest.resource("formats/002_f62ea30a084066f1.docx"), good,
                StandardCopyOption.REPLACE_EXISTING);
        return good;
    }

    /** Parses the bad file together with a good one; returns the bad file's error. */
    private WenshuException failsAlone(Path bad) throws Exception {
        Wenshu.Batch batch = Wenshu.standard().parseAll(List.of(bad, good()));
        assertThat(batch.documents()).extracting(Document::title).containsExactly("第二批主题教育工作措施安排范文");
        assertThat(batch.failures()).hasSize(1);
        WenshuException error = batch.failures().get(0).error();
        assertThat(error.getMessage()).startsWith(bad.toString() + "：").doesNotContain("\n");
        return error;
    }

    @Test
    void aTruncatedDocxIsReportedAsDamaged() throws Exception {
        byte[] whole = Files.readAllBytes(FormatEquivalenceTest.resource("formats/2026_河北省_政府工作报告.docx"));
        Path bad = Files.write(dir.resolve("截断.docx"), Arrays.copyOf(whole, whole.length / 2));
        assertThat(failsAlone(bad).getMessage()).contains("文件损坏或不完整");
    }

    @Test
    void aPasswordProtectedDocxAsksForThePasswordToBeRemoved() throws Exception {
        Path bad = Files.write(dir.resolve("加密.docx"), EncryptedDocx.of(Files.readAllBytes(good())));
        assertThat(failsAlone(bad).getMessage()).contains("密码保护");
    }

    @Test
    void aZipBombIsRefusedBeforeItInflates() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] docx = new MinimalDocx().body(p("正文")).bytes();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // the parts of a real document, then a document.xml of 256 MiB of spaces (about 250 KB zipped)
            try (ZipInputStream in = new ZipInputStream(
                    new ByteArrayInputStream(docx))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    if (!entry.getName().equals("word/document.xml")) {
                        zip.putNextEntry(new ZipEntry(entry.getName()));
                        in.transferTo(zip);
                    }
                }
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document " + MinimalDocx.NS + "><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 256; i++) {
                zip.write(spaces);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(bytes.size()).isLessThan(2 * 1024 * 1024);
        Path bad = Files.write(dir.resolve("炸弹.docx"), bytes.toByteArray());
        assertThat(failsAlone(bad).getMessage()).contains("疑似压缩炸弹");
    }

    @Test
    void anExternalEntityInADocxIsNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-7731");
        byte[] docx = new MinimalDocx()
                .prolog("<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .body(p("正文&xxe;")).bytes();
        Path bad = Files.write(dir.resolve("实体.docx"), docx);
        assertThat(failsAlone(bad).getMessage()).contains("DOCTYPE").doesNotContain("SECRET");
    }

    @Test
    void anExternalEntityInAnHtmlPageIsNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-7731");
        String html = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<html><body><h1>标题</h1><p>正文&xxe;一段足够长的文字。</p></body></html>";
        Path page = Files.writeString(dir.resolve("实体.html"), html);
        List<Document> documents = Wenshu.standard().parse(page);
        assertThat(documents.toString()).doesNotContain("SECRET");
    }

    @Test
    void aFiftyMegabyteSingleLineParsesInLinearTime() throws Exception {
        byte[] sentence = "这是一段没有换行的正文，内容一再重复。".getBytes(StandardCharsets.UTF_8);
        Path big = dir.resolve("一行.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += sentence.length) {
                out.write(sentence);
            }
        }
        List<Document> documents = Wenshu.standard().parse(big);
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).preamble()).hasSize(1);
    }

    @Test
    void aPdfWithoutATextLayerFailsAlone() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(out);
        }
        Path scan = Files.write(dir.resolve("扫描件.pdf"), out.toByteArray());
        assertThat(failsAlone(scan).getMessage()).contains("没有文字");
    }

    @Test
    void aPdfWhosePageContentInflatesHugelyIsRefused() throws Exception {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                deflate.write(spaces); // whitespace is valid page content: 300 MiB of it
            }
            deflate.write("BT /F1 12 Tf 72 712 Td (Hello) Tj ET".getBytes(StandardCharsets.US_ASCII));
        }
        byte[] stream = compressed.toByteArray();
        List<byte[]> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>".getBytes(StandardCharsets.US_ASCII),
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".getBytes(StandardCharsets.US_ASCII),
                ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>").getBytes(StandardCharsets.US_ASCII),
                concat(("<< /Length " + stream.length + " /Filter /FlateDecode >>\nstream\n")
                        .getBytes(StandardCharsets.US_ASCII), stream, "\nendstream".getBytes(StandardCharsets.US_ASCII)),
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            pdf.write(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
            pdf.write(objects.get(i));
            pdf.write("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        }
        int xref = pdf.size();
        StringBuilder tail = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> tail.append(String.format("%010d 00000 n \n", offset)));
        tail.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        pdf.write(tail.toString().getBytes(StandardCharsets.US_ASCII));
        Path bomb = Files.write(dir.resolve("炸弹.pdf"), pdf.toByteArray());
        assertThat(failsAlone(bomb).getMessage()).contains("疑似压缩炸弹");
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
