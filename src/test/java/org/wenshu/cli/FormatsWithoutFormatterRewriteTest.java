package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.spi.ToolProvider;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.wenshu.render.pdf.AsciiFormat;
import org.xhtmlrenderer.css.parser.FSRGBColor;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The build step {@code scripts/rewrite-libraries} (scripts/LibraryRewrites.java, its
 * FormatsWithoutFormatter rule) points the String.format calls of four library methods at
 * wenshu's AsciiFormat. The step is run, as the build runs it, on a jar of the real classes; every
 * such call in those methods must call AsciiFormat afterwards, none String.format, and the
 * rewritten classes, loaded beside their libraries, must write what the originals write: OpenPDF's
 * cross-reference lines and Flying Saucer's colours.
 */
class FormatsWithoutFormatterRewriteTest {
    private static final String CROSS_REFERENCE = "com.lowagie.text.pdf.PdfWriter$PdfBody$PdfCrossReference";
    private static final String COLOUR = "org.xhtmlrenderer.css.parser.FSRGBColor";
    /** The methods the rule rewrites: class, and the method's name as javap writes it in its header. */
    private static final Map<String, List<String>> METHODS = Map.of(
            CROSS_REFERENCE, List.of("void toPdf(java.io.OutputStream)"),
            "org.xhtmlrenderer.pdf.ITextFontResolver", List.of("org.xhtmlrenderer.render.FSFont resolveFont(java.lang.String, float,"),
            "org.xhtmlrenderer.util.Configuration", List.of("void loadOverrideProperties(java.lang.String)"),
            COLOUR, List.of("java.lang.String toString(int)"));
    private static final Loaders LOADERS = Loaders.make();

    @Test
    void everyFormatInTheRewrittenMethodsCallsAsciiFormat() throws IOException {
        for (Map.Entry<String, List<String>> entry : METHODS.entrySet()) {
            String code = javap(LOADERS.jar(), entry.getKey());
            for (String method : entry.getValue()) {
                int start = code.indexOf(method);
                assertThat(start).as(method).isNotNegative();
                int end = code.indexOf("\n\n", start);
                String body = code.substring(start, end < 0 ? code.length() : end);
                assertThat(body).as(method).contains("org/wenshu/render/pdf/AsciiFormat.format")
                        .doesNotContain("java/lang/String.format:").doesNotContain("java/lang/String.formatted:");
            }
        }
    }

    @Property(tries = 300)
    void theSameCrossReferenceLines(@ForAll @IntRange(min = 0, max = 100_000) int number,
                                    @ForAll @LongRange(min = 0, max = 9_999_999_999L) long offset,
                                    @ForAll @IntRange(min = 0, max = 65_535) int generation) throws Exception {
        assertThat(crossReference(LOADERS.rewritten(), number, offset, generation))
                .isEqualTo(crossReference(LOADERS.original(), number, offset, generation));
    }

    @Property(tries = 300)
    void theSameColours(@ForAll @IntRange(min = 0, max = 255) int red, @ForAll @IntRange(min = 0, max = 255) int green,
                        @ForAll @IntRange(min = 0, max = 255) int blue) throws Exception {
        assertThat(colour(LOADERS.rewritten(), red, green, blue)).isEqualTo(colour(LOADERS.original(), red, green, blue));
    }

    private static String crossReference(ClassLoader loader, int number, long offset, int generation) throws Exception {
        Class<?> type = loader.loadClass(CROSS_REFERENCE);
        Object reference = type.getConstructor(int.class, long.class, int.class).newInstance(number, offset, generation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        type.getMethod("toPdf", OutputStream.class).invoke(reference, out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static String colour(ClassLoader loader, int red, int green, int blue) throws Exception {
        return loader.loadClass(COLOUR).getConstructor(int.class, int.class, int.class).newInstance(red, green, blue).toString();
    }

    private static String javap(Path jar, String className) {
        StringWriter out = new StringWriter();
        int status = ToolProvider.findFirst("javap").orElseThrow()
                .run(new PrintWriter(out), new PrintWriter(out), "-c", "-p", "-cp", jar.toString(), className);
        assertThat(status).as(out.toString()).isZero();
        return out.toString();
    }

    /** The libraries as they are, and with the step's classes put before their own (AsciiFormat beside them). */
    private record Loaders(Path jar, ClassLoader original, ClassLoader rewritten) {
        static Loaders make() {
            try {
                URL openPdf = location(PdfWriter.class);
                URL flyingSaucerCore = location(FSRGBColor.class);
                URL flyingSaucerPdf = location(ITextFontResolver.class);
                Path work = Files.createTempDirectory("rewrite-libraries");
                Path jar = work.resolve("formats.jar");
                try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
                    for (String name : METHODS.keySet()) {
                        String entry = name.replace('.', '/') + ".class";
                        try (InputStream in = FormatsWithoutFormatterRewriteTest.class.getClassLoader().getResourceAsStream(entry)) {
                            out.putNextEntry(new JarEntry(entry));
                            out.write(in.readAllBytes());
                            out.closeEntry();
                        }
                    }
                }
                Process step = new ProcessBuilder("bash", "scripts/rewrite-libraries", jar.toString()).redirectErrorStream(true).start();
                String said = new String(step.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(step.waitFor()).isZero();
                assertThat(said).as("the step is quiet when it works").isEmpty();
                ClassLoader platform = ClassLoader.getPlatformClassLoader();
                URL[] libraries = {openPdf, flyingSaucerCore, flyingSaucerPdf};
                URL[] rewritten = {jar.toUri().toURL(), openPdf, flyingSaucerCore, flyingSaucerPdf, location(AsciiFormat.class)};
                return new Loaders(jar, new URLClassLoader(libraries, platform), new URLClassLoader(rewritten, platform));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        private static URL location(Class<?> type) {
            return type.getProtectionDomain().getCodeSource().getLocation();
        }
    }
}
