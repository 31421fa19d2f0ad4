package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.fonts.FontLocator;
import org.wenshu.render.theme.ThemeLoader;

/**
 * OpenPDF told to store its streams, with {@link DeflatingOutput} deflating them aside, writes the
 * same bytes as OpenPDF deflating them itself: the streams, their lengths, the cross-reference
 * table and {@code startxref}.
 */
class DeflatingOutputTest {
    private static final String HAN = "一二三四五六七八九十政府工作报告发展改革创新建设经济社会人民群众服务治理安全，。、；：“”（）";
    private static final org.wenshu.render.fonts.FontSet FONTS =
            new FontLocator(new FontCache()).locate(new ThemeLoader().defaultTheme(), Map.of());
    private static final BaseFont BODY = FONTS.forRole("body").font();
    private static final BaseFont TITLE = FONTS.forRole("title").font();
    /** One thread for every test here (a daemon: it ends with the JVM). */
    private static final ExecutorService THREAD = DeflatingOutput.thread();

    /** As {@link #write(List, int, int, OutputStream)} with the same level for pages and faces. */
    private static void write(List<List<String>> pages, int level, OutputStream out) throws Exception {
        write(pages, level, level, out);
    }

    /** A PDF of {@code pages} pages of lines in two faces, stamped as wenshu stamps it, pages and faces deflated at their levels. */
    private static void write(List<List<String>> pages, int level, int facesLevel, OutputStream out) throws Exception {
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCompressionLevel(level);
        BODY.setCompressionLevel(facesLevel);
        TITLE.setCompressionLevel(facesLevel);
        document.open();
        PdfContentByte content = writer.getDirectContent();
        for (List<String> lines : pages) {
            document.newPage();
            float y = 800;
            for (int i = 0; i < lines.size(); i++) {
                content.beginText();
                content.setFontAndSize(i % 3 == 0 ? TITLE : BODY, 10 + i % 7);
                content.setTextMatrix(40, y);
                content.showText(lines.get(i));
                content.endText();
                y -= 18;
            }
            if (lines.isEmpty()) {
                content.rectangle(10, 10, 50, 50);
                content.stroke();
            }
        }
        PdfDate date = new PdfDate(new GregorianCalendar(2026, 0, 1));
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        writer.getInfo().put(PdfName.PRODUCER, new PdfString("test"));
        document.close();
    }

    private static byte[] deflatedByOpenPdf(List<List<String>> pages) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(pages, Deflater.DEFAULT_COMPRESSION, out);
        return new PdfNormalizer().normalize(out.toByteArray());
    }

    /** As wenshu writes: the pages deflated by OpenPDF, the faces stored and deflated aside. */
    private static byte[] facesDeflatedAside(List<List<String>> pages) throws Exception {
        DeflatingOutput out = new DeflatingOutput(THREAD, DeflatingOutput.OPENPDF_LEVEL);
        write(pages, Deflater.DEFAULT_COMPRESSION, Deflater.NO_COMPRESSION, out);
        byte[] pdf = out.pdf();
        PdfNormalizer.Prehashed prehashed = out.prehashed();
        // with a face, the pages before it were hashed beside the deflating (without one, nothing)
        boolean faces = new String(pdf, StandardCharsets.ISO_8859_1).contains("/FontFile");
        assertThat(prehashed.length() > 0).isEqualTo(faces);
        assertThat(prehashed.length()).isLessThan(pdf.length);
        return new PdfNormalizer().normalize(pdf, prehashed);
    }

    /** Every stream stored and deflated aside. */
    private static byte[] deflatedAside(List<List<String>> pages) throws Exception {
        DeflatingOutput out = new DeflatingOutput(THREAD, DeflatingOutput.OPENPDF_LEVEL);
        write(pages, Deflater.NO_COMPRESSION, out);
        byte[] pdf = out.pdf();
        return new PdfNormalizer().normalize(pdf, out.prehashed());
    }

    private static List<List<String>> pages(List<List<String>> raw, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<List<String>> pages = new ArrayList<>();
        for (List<String> page : raw) {
            List<String> lines = new ArrayList<>();
            for (String line : page) {
                StringBuilder text = new StringBuilder();
                for (char c : line.toCharArray()) {
                    // Han text from the faces' repertoire, with some Latin letters and digits
                    text.append(c % 4 == 0 ? (char) ('a' + c % 26) : HAN.charAt(random.nextInt(HAN.length())));
                }
                lines.add(text.toString());
            }
            pages.add(lines);
        }
        return pages;
    }

    @Property(tries = 12)
    void streamsDeflatedAsideGiveTheBytesOpenPdfWrites(@ForAll @Size(min = 1, max = 12) List<@Size(max = 30) List<@StringLength(max = 60) String>> raw,
                                                       @ForAll long seed) throws Exception {
        List<List<String>> pages = pages(raw, seed);
        byte[] expected = deflatedByOpenPdf(pages);
        assertThat(facesDeflatedAside(pages)).isEqualTo(expected);
        assertThat(deflatedAside(pages)).isEqualTo(expected);
    }

    @Test
    void aLongDocumentGivesTheSameBytesAndEveryOffsetPointsAtItsObject() throws Exception {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 0; p < 120; p++) {
            List<String> lines = new ArrayList<>();
            for (int l = 0; l < 40; l++) {
                lines.add(HAN.repeat(2).substring(0, 20 + (p + l) % 30) + p);
            }
            pages.add(lines);
        }
        byte[] expected = deflatedByOpenPdf(pages);
        assertThat(facesDeflatedAside(pages)).isEqualTo(expected);
        byte[] actual = deflatedAside(pages);
        assertThat(actual).isEqualTo(expected);
        // the file is sound on its own: offsets point at objects, PDFBox reads the text back
        String text = new String(actual, StandardCharsets.ISO_8859_1);
        assertOffsetsPointAtObjects(text);
        try (PDDocument read = Loader.loadPDF(actual)) {
            assertThat(read.getNumberOfPages()).isEqualTo(120);
            assertThat(new PDFTextStripper().getText(read)).contains("119");
        }
    }

    @Test
    void streamsTheThreadHasNotBegunAreDeflatedByTheOneThatAsksForThePdf() throws Exception {
        // a thread that never gets to its work: pdf() deflates every stream itself
        ExecutorService idle = new java.util.concurrent.AbstractExecutorService() {
            @Override
            public void execute(Runnable command) {
            }

            @Override
            public void shutdown() {
            }

            @Override
            public List<Runnable> shutdownNow() {
                return List.of();
            }

            @Override
            public boolean isShutdown() {
                return false;
            }

            @Override
            public boolean isTerminated() {
                return false;
            }

            @Override
            public boolean awaitTermination(long timeout, java.util.concurrent.TimeUnit unit) {
                return true;
            }
        };
        List<List<String>> pages = List.of(List.of("政府工作报告", "abc 123"), List.of(), List.of(HAN, HAN + HAN));
        DeflatingOutput out = new DeflatingOutput(idle, DeflatingOutput.OPENPDF_LEVEL);
        write(pages, Deflater.NO_COMPRESSION, out);
        byte[] pdf = out.pdf();
        assertThat(new PdfNormalizer().normalize(pdf, out.prehashed())).isEqualTo(deflatedByOpenPdf(pages));
    }

    /** A hand-written file: stored streams, one deflated at its own level, one with decode parameters, one with an indirect length. */
    private static byte[] handWritten(List<String> objects) {
        StringBuilder pdf = new StringBuilder("%PDF-1.5\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<</Size ").append(objects.size() + 1).append(">>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String stream(String dictionary, byte[] data) {
        return "<<" + dictionary.replace("LEN", Integer.toString(data.length)) + ">>stream\n"
                + new String(data, StandardCharsets.ISO_8859_1) + "\nendstream";
    }

    private static byte[] zlib(String text, int level) {
        Deflater deflater = new Deflater(level);
        deflater.setInput(text.getBytes(StandardCharsets.ISO_8859_1));
        deflater.finish();
        byte[] out = new byte[text.length() + 64];
        int n = deflater.deflate(out);
        deflater.end();
        return java.util.Arrays.copyOf(out, n);
    }

    private static byte[] through(byte[] written) {
        DeflatingOutput out = new DeflatingOutput(THREAD, DeflatingOutput.OPENPDF_LEVEL);
        // in pieces, as OpenPDF writes: a stream's header, its data and what follows arrive apart
        for (int at = 0; at < written.length; at += 7) {
            out.write(written, at, Math.min(7, written.length - at));
        }
        return out.pdf();
    }

    @Test
    void onlyStoredStreamsWithoutDecodeParametersAreDeflatedAndAStreamOfUnknownLengthStopsTheReading() {
        String page = "BT /F1 12 Tf 72 712 Td (" + "some text ".repeat(40) + ") Tj ET";
        byte[] stored = zlib(page, Deflater.NO_COMPRESSION);
        byte[] own = zlib(page, Deflater.BEST_SPEED);
        List<String> objects = List.of(
                "<</Type/Catalog>>",
                stream("/Filter/FlateDecode/Length LEN", stored),
                stream("/Length1 9/Filter/FlateDecode/Length LEN", stored),
                stream("/Filter/FlateDecode/Length LEN", own),
                stream("/Filter/FlateDecode/DecodeParms<</Predictor 15>>/Length LEN", stored),
                stream("/Length 8 0 R/Filter/FlateDecode", stored),
                stream("/Filter/FlateDecode/Length LEN", stored),
                "" + stored.length);
        byte[] written = handWritten(objects);
        String expected = new String(handWritten(List.of(
                objects.get(0),
                stream("/Filter/FlateDecode/Length LEN", zlib(page, Deflater.DEFAULT_COMPRESSION)),
                stream("/Length1 9/Filter/FlateDecode/Length LEN", zlib(page, Deflater.DEFAULT_COMPRESSION)),
                objects.get(3), objects.get(4), objects.get(5), objects.get(6), objects.get(7))), StandardCharsets.ISO_8859_1);
        String actual = new String(through(written), StandardCharsets.ISO_8859_1);
        assertThat(actual).isEqualTo(expected);
        assertOffsetsPointAtObjects(actual);
    }

    @Test
    void aFileWithoutStoredStreamsIsLeftAsWritten() {
        byte[] written = handWritten(List.of("<</Type/Catalog>>", stream("/Length LEN", "q Q".getBytes(StandardCharsets.ISO_8859_1))));
        assertThat(through(written)).isEqualTo(written);
    }

    private static void assertOffsetsPointAtObjects(String pdf) {
        Matcher start = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(pdf);
        assertThat(start.find()).isTrue();
        int xref = Integer.parseInt(start.group(1));
        assertThat(pdf.substring(xref)).startsWith("xref\n0 ");
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n \n").matcher(pdf.substring(xref));
        int object = 0;
        while (entry.find()) {
            object++;
            assertThat(pdf.substring(Integer.parseInt(entry.group(1)))).startsWith(object + " 0 obj\n");
        }
        assertThat(object).isPositive();
    }
}
