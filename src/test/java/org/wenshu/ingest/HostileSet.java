package org.wenshu.ingest;

import static org.wenshu.ingest.MinimalDocx.p;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes the hostile inputs of issue 17 into a folder, for measuring the whole command line on them
 * (peak memory under {@code -Xmx512m}, time): {@code java -cp … org.wenshu.ingest.HostileSet DIR}.
 * Nothing here is committed as a binary; the same inputs are built by the regression tests.
 */
public final class HostileSet {
    private static final int MIB = 1 << 20;

    private HostileSet() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        String text = "BT /F1 12 Tf 72 712 Td (Hello) Tj ET\n";
        String font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

        int depth = 1200;
        Files.write(dir.resolve("nested-table.docx"), new MinimalDocx().body(p("开头")
                + "<w:tbl><w:tr><w:tc>".repeat(depth) + p("最里面") + "</w:tc></w:tr></w:tbl>".repeat(depth)).bytes());

        for (int arrays : new int[] {2000, 400_000}) {
            Files.write(dir.resolve("nested-arrays-" + arrays + ".pdf"), nestedArrays(arrays));
        }

        HandMadePdf form = HandMadePdf.page("/Font << /F1 5 0 R >> /XObject << /X1 6 0 R >>");
        form.stream("", (text + "/X1 Do\n").getBytes(StandardCharsets.US_ASCII));
        form.add(font);
        form.stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Filter /FlateDecode", deflatedSpaces(1024));
        Files.write(dir.resolve("form-xobject-flate-bomb.pdf"), form.bytes());

        HandMadePdf chain = HandMadePdf.page("/Font << /F1 5 0 R >>");
        chain.stream("/Filter [/FlateDecode /RunLengthDecode]", deflate(runLength(1024)));
        chain.add(font);
        Files.write(dir.resolve("flate-runlength-chain-bomb.pdf"), chain.bytes());

        HandMadePdf runLength = HandMadePdf.page("/Font << /F1 5 0 R >>");
        runLength.stream("/Filter /RunLengthDecode", runLength(1300));
        runLength.add(font);
        Files.write(dir.resolve("runlength-bomb.pdf"), runLength.bytes());

        HandMadePdf page = HandMadePdf.page("/Font << /F1 5 0 R >>");
        page.stream("/Filter /FlateDecode", deflatedSpaces(1024));
        page.add(font);
        Files.write(dir.resolve("page-flate-bomb.pdf"), page.bytes());

        Files.write(dir.resolve("empty-paragraphs.docx"),
                new MinimalDocx().body(p("标题") + "<w:p/>".repeat(200_000) + p("正文。")).bytes());

        String laughs = "<!DOCTYPE w:document [<!ENTITY a \"哈哈哈哈哈哈哈哈哈哈\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
                + "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>";
        Files.write(dir.resolve("billion-laughs.docx"), new MinimalDocx().prolog(laughs).body(p("&i;")).bytes());

        StringBuilder divs = new StringBuilder("<html><body>");
        divs.append("<div class=\"content\">".repeat(5000));
        for (int i = 0; i < 5000; i++) {
            divs.append("<p>这是第").append(i).append("段正文，内容足够长，可以算作正文文字的一部分，会议要求抓好落实。</p>");
        }
        divs.append("</div>".repeat(5000)).append("</body></html>");
        Files.writeString(dir.resolve("nested-divs.html"), divs, StandardCharsets.UTF_8);

        try (OutputStream out = Files.newOutputStream(dir.resolve("compilation-4096.txt"))) {
            out.write("材料汇编\n\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 4096; i++) {
                out.write(article(i).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** A one-page PDF whose content opens {@code arrays} nested arrays after a line of text ("Hello"). */
    public static byte[] nestedArrays(int arrays) {
        HandMadePdf pdf = HandMadePdf.page("/Font << /F1 5 0 R >>");
        pdf.stream("", ("BT /F1 12 Tf 72 712 Td (Hello) Tj ET\n" + "[".repeat(arrays) + "]".repeat(arrays) + " TJ\n")
                .getBytes(StandardCharsets.US_ASCII));
        pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return pdf.bytes();
    }

    /** A short article with its own title and text: article {@code i} of a generated compilation. */
    public static String article(int i) {
        StringBuilder text = new StringBuilder("第" + i + "篇：关于第" + i + "项工作的报告\n\n");
        long seed = i * 2654435761L;
        for (int s = 0; s < 6; s++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            text.append("本单位第").append(i).append("项工作在").append(Long.toHexString(seed >>> 20))
                    .append("方面取得进展，共完成").append((seed >>> 40) % 1000).append("件任务。");
        }
        return text.append("\n\n").toString();
    }

    /** {@code mebibytes} of spaces (valid page content), deflated as they are written, then a line of text. */
    private static byte[] deflatedSpaces(int mebibytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
            byte[] chunk = new byte[MIB];
            Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < mebibytes; i++) {
                deflate.write(chunk);
            }
            deflate.write("BT /F1 12 Tf 72 712 Td (Hello) Tj ET\n".getBytes(StandardCharsets.US_ASCII));
        }
        return compressed.toByteArray();
    }

    private static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
            deflate.write(data);
        }
        return compressed.toByteArray();
    }

    private static byte[] runLength(int mebibytes) {
        int runs = mebibytes * (MIB / 128);
        byte[] data = new byte[runs * 2 + 1];
        for (int i = 0; i < runs; i++) {
            data[2 * i] = (byte) 129;
            data[2 * i + 1] = ' ';
        }
        data[data.length - 1] = (byte) 128;
        return data;
    }
}
