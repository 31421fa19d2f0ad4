package org.wenshu.render.fonts;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.model.WenshuException;

/** A damaged font file is refused with a reason in plain words, never the library's {@code null}. */
class CorruptFontTest {
    @TempDir
    Path dir;

    @Test
    void aFontCutShortSaysSo() throws Exception {
        // the table directory is whole, the tables it points at are cut off: the reader hits the end (EOFException, no message)
        Path font = write("截断.otf", 20);
        assertThatThrownBy(() -> new FontCache().load(new FontFile(font, 0)))
                .isInstanceOf(WenshuException.class)
                .hasMessageStartingWith(font + "：无法读取字体文件（文件不完整")
                .hasMessageNotContaining("null");
    }

    @Test
    void aTableOutsideTheFileSaysSo() throws Exception {
        Path font = write("表越界.otf", 10);
        assertThatThrownBy(() -> new FontCache().load(new FontFile(font, 0)))
                .isInstanceOf(WenshuException.class)
                .hasMessageStartingWith(font + "：无法读取字体文件（文件已损坏：字体表的位置超出了文件范围")
                .hasMessageNotContaining("Position out of bounds");
    }

    /** An OpenType header and directory of the tables a font needs, all pointing past {@code tail} zero bytes. */
    private Path write(String name, int tail) throws Exception {
        String[] tags = {"head", "name", "hhea", "OS/2", "post", "cmap", "CFF "};
        int[] lengths = {54, 100, 36, 96, 32, 100, 100};
        int start = 12 + 16 * tags.length;
        ByteBuffer bytes = ByteBuffer.allocate(start + tail);
        bytes.put("OTTO".getBytes(StandardCharsets.US_ASCII)).putShort((short) tags.length).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0);
        for (int i = 0; i < tags.length; i++) {
            bytes.put(tags[i].getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(start).putInt(lengths[i]);
        }
        return Files.write(dir.resolve(name), bytes.array());
    }
}
