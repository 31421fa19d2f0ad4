package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.CFFFont;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.fonts.FontLocator;
import org.wenshu.render.fonts.ResolvedFont;
import org.wenshu.render.theme.ThemeLoader;

/**
 * The build step {@code scripts/rewrite-libraries} (scripts/LibraryRewrites.java, its CffBulkReads
 * rule) makes OpenPDF's {@code CFFFont.getIndex} and {@code CFFFont.RangeItem.emit} read in bulk
 * through wenshu's CffReads. The step is run, as the build runs it, on a jar of the real classes;
 * both methods must call CffReads afterwards, and a subset of each of the default theme's CFF faces
 * made with the rewritten classes must be the bytes the original classes make, as must the failure
 * on a table cut short.
 */
class CffBulkReadsRewriteTest {
    private static final List<String> CLASSES = List.of("com.lowagie.text.pdf.CFFFont", "com.lowagie.text.pdf.CFFFont$RangeItem");
    private static final String SUBSET = "com.lowagie.text.pdf.CFFFontSubset";

    @Test
    void bothMethodsReadThroughCffReads() {
        RewrittenClasses loaders = RewrittenClasses.of(CLASSES, CFFFont.class);
        assertThat(loaders.code(CLASSES.get(0), "int[] getIndex(int)"))
                .contains("org/wenshu/render/pdf/CffReads.index").doesNotContain("getCard8");
        assertThat(loaders.code(CLASSES.get(1), "void emit(byte[])"))
                .contains("org/wenshu/render/pdf/CffReads.copy").doesNotContain("readByte");
    }

    @Test
    void theSameSubsetsOfRealFacesAndTheSameFailure() throws Exception {
        RewrittenClasses loaders = RewrittenClasses.of(CLASSES, CFFFont.class);
        int faces = 0;
        for (ResolvedFont font : new FontLocator(new FontCache()).locate(new ThemeLoader().defaultTheme(), Map.of()).distinctFamilies()) {
            byte[] cff = cffTable(Files.readAllBytes(font.file().path()));
            if (cff == null) {
                continue;
            }
            faces++;
            assertThat(subset(loaders.rewritten(), cff)).as(font.face()).isEqualTo(subset(loaders.original(), cff));
            byte[] cut = java.util.Arrays.copyOf(cff, cff.length / 2);
            assertThat(subset(loaders.rewritten(), cut)).as(font.face() + " cut short").isEqualTo(subset(loaders.original(), cut));
        }
        assertThat(faces).as("CFF faces in the default theme").isPositive();
    }

    /** The subset of glyphs 0-299 and every 97th after, or the class of what the subsetter threw. */
    private static Object subset(ClassLoader loader, byte[] cff) throws Exception {
        Class<?> buffer = loader.loadClass("com.lowagie.text.pdf.RandomAccessFileOrArray");
        Class<?> subset = loader.loadClass(SUBSET);
        HashMap<Integer, int[]> glyphs = new HashMap<>();
        for (int glyph = 0; glyph < 65_535; glyph += glyph < 300 ? 1 : 97) {
            glyphs.put(glyph, new int[] {glyph, 1000, 0});
        }
        try {
            Object font = subset.getConstructor(buffer, HashMap.class)
                    .newInstance(buffer.getConstructor(byte[].class).newInstance((Object) cff), glyphs);
            String name = ((String[]) subset.getMethod("getNames").invoke(font))[0];
            return ByteBuffer.wrap((byte[]) subset.getMethod("Process", String.class).invoke(font, name));
        } catch (java.lang.reflect.InvocationTargetException e) {
            return e.getCause().getClass().getName() + ": " + (e.getCause().getCause() == null ? "" : e.getCause().getCause().getClass().getName());
        }
    }

    /** The 'CFF ' table of an OpenType file, or null (a TrueType face has none). */
    private static byte[] cffTable(byte[] font) {
        ByteBuffer file = ByteBuffer.wrap(font);
        int tables = file.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (file.getInt(entry) == 0x43464620) { // 'CFF '
                int offset = file.getInt(entry + 8);
                return java.util.Arrays.copyOfRange(font, offset, offset + file.getInt(entry + 12));
            }
        }
        return null;
    }
}
