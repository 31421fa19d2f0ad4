package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFBox and POI log through the Log4j API's simple logger to stderr: a damaged PDF gave hundreds of
 * ERROR lines and stack traces beside wenshu's own one-line error. Without {@code --debug} only that
 * line is printed. A child JVM, because the logger reads its level once per process.
 */
class LibraryLogNoiseTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedPdfGivesExactlyOneErrorLineUnlessDebug() throws Exception {
        Path pdf = dir.resolve("损坏.pdf");
        Files.write(pdf, damaged(Files.readAllBytes(Path.of("src/test/resources/formats/002_f62ea30a084066f1.pdf"))));

        ChildJvm.Result quiet = ChildJvm.run(dir, "256m", "parse", "--format", "outline", pdf.toString());
        assertThat(quiet.exit()).isEqualTo(1);
        assertThat(quiet.err().lines()).as(quiet.err()).singleElement().asString()
                .startsWith("wenshu: " + pdf + "：");

        // the same file with --debug shows what the libraries said: the input really makes them talk
        ChildJvm.Result debug = ChildJvm.run(dir, "256m", "parse", "--debug", "--format", "outline", pdf.toString());
        assertThat(debug.exit()).isEqualTo(1);
        assertThat(debug.err().lines().filter(line -> line.startsWith("ERROR "))).isNotEmpty();
    }

    /**
     * A PDF PDFBox can read only by repairing it (its cross-reference table and trailer cut off) is
     * read, and the user is told so in one warning naming the file: PDFBox's own log stays off.
     */
    @Test
    void aRepairedPdfGivesOneWarningNamingTheFileAndNoLibraryLog() throws Exception {
        Path pdf = dir.resolve("截断.pdf");
        byte[] sound = Files.readAllBytes(Path.of("src/test/resources/formats/002_f62ea30a084066f1.pdf"));
        int trailer = new String(sound, java.nio.charset.StandardCharsets.ISO_8859_1).lastIndexOf("\nxref");
        Files.write(pdf, java.util.Arrays.copyOf(sound, trailer));

        ChildJvm.Result result = ChildJvm.run(dir, "256m", "render", "--template", "document", "--to", "html",
                "-o", dir.resolve("out").toString(), pdf.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err().lines().filter(line -> line.contains("pdf-repaired"))).as(result.err()).singleElement()
                .asString().startsWith(pdf + ": 警告 pdf-repaired: ").contains("已损坏", "截断", "文字可能不全");
        // wenshu's own lines only: the file's diagnostics and the closing count
        assertThat(result.err().lines()).as(result.err())
                .allMatch(line -> line.startsWith(pdf.toString()) || line.startsWith("wenshu: 共 "));
    }

    /** The PDF with bytes overwritten at fixed pseudo-random places (fonts and streams damaged). */
    private static byte[] damaged(byte[] pdf) {
        Random random = new Random(2);
        byte[] out = pdf.clone();
        for (int i = 0; i < 40; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }
}
