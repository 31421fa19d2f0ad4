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
