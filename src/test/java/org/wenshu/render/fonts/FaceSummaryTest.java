package org.wenshu.render.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.BaseFont;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.model.WenshuException;
import org.wenshu.render.theme.ThemeLoader;

/**
 * The face summary answers exactly as OpenPDF's parsed face does, for every code point of every
 * face the default theme finds here (Fandol OpenType/CFF faces, a TrueType collection, a Latin
 * TrueType face), and leaves a file it cannot read to OpenPDF, which refuses it with its reasons.
 */
class FaceSummaryTest {
    @TempDir
    Path dir;

    @Test
    void everyCodePointAnswersAsOpenPdf() {
        Set<FontFile> files = new LinkedHashSet<>();
        FontSet fonts = new FontLocator(new FontCache()).locate(new ThemeLoader().defaultTheme(), Map.of());
        fonts.distinctFamilies().forEach(font -> files.add(font.file()));
        assertThat(files).hasSizeGreaterThanOrEqualTo(2);
        for (FontFile file : files) {
            Optional<FaceSummary> summary = FaceSummary.read(file);
            assertThat(summary).as(file.toString()).isPresent();
            BaseFont parsed = new FontCache().load(file);
            int covered = 0;
            for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                boolean exists = parsed.charExists(cp);
                if (summary.get().covers(cp) != exists) {
                    throw new AssertionError(file + ": U+" + Integer.toHexString(cp) + " OpenPDF says " + exists);
                }
                covered += exists ? 1 : 0;
            }
            assertThat(covered).as(file.toString()).isGreaterThan(100);
            assertThat(summary.get().bboxTop()).as(file.toString()).isEqualTo(parsed.getFontDescriptor(BaseFont.BBOXURY, 1));
            assertThat(summary.get().bboxBottom()).as(file.toString()).isEqualTo(parsed.getFontDescriptor(BaseFont.BBOXLLY, 1));
        }
    }

    @Test
    void aFaceIsNotParsedForItsGlyphs() {
        FontSet fonts = new FontLocator(new FontCache()).locate(new ThemeLoader().defaultTheme(), Map.of());
        FontFace body = fonts.forRole("body").source();
        assertThat(body.covers('国')).isTrue();
        assertThat(body.covers(0x10FFFF)).isFalse();
        assertThat(body.parsed()).isFalse();
        assertThat(body.font().charExists('国')).isTrue();
        assertThat(body.parsed()).isTrue();
    }

    @Test
    void aBrokenFileIsLeftToOpenPdfWhichSaysWhy() throws Exception {
        String[] tags = {"head", "name", "hhea", "OS/2", "post", "cmap", "CFF "};
        int start = 12 + 16 * tags.length;
        ByteBuffer bytes = ByteBuffer.allocate(start + 10);
        bytes.put("OTTO".getBytes(StandardCharsets.US_ASCII)).putShort((short) tags.length).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0);
        for (String tag : tags) {
            bytes.put(tag.getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(start).putInt(100);
        }
        Path font = Files.write(dir.resolve("坏.otf"), bytes.array());
        FontFile file = new FontFile(font, 0);
        assertThat(FaceSummary.read(file)).isEmpty();
        FontFace face = new FontCache().face(file);
        assertThatThrownBy(() -> face.covers('国'))
                .isInstanceOf(WenshuException.class)
                .hasMessageStartingWith(font + "：无法读取字体文件（");
    }

    @Test
    void notAFontAtAll() throws Exception {
        Path text = Files.writeString(dir.resolve("a.ttf"), "not a font");
        assertThat(FaceSummary.read(new FontFile(text, 0))).isEmpty();
        assertThat(FaceSummary.read(new FontFile(dir.resolve("missing.ttc"), 3))).isEmpty();
    }
}
