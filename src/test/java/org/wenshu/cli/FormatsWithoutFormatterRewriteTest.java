package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
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
    private static final RewrittenClasses LOADERS = RewrittenClasses.of(List.copyOf(METHODS.keySet()),
            PdfWriter.class, FSRGBColor.class, ITextFontResolver.class);

    @Test
    void everyFormatInTheRewrittenMethodsCallsAsciiFormat() {
        for (Map.Entry<String, List<String>> entry : METHODS.entrySet()) {
            for (String method : entry.getValue()) {
                assertThat(LOADERS.code(entry.getKey(), method)).as(method).contains("org/wenshu/render/pdf/AsciiFormat.format")
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
}
