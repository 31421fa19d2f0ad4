package org.wenshu.render.fonts;

import com.lowagie.text.pdf.BaseFont;
import java.io.EOFException;
import java.util.HashMap;
import java.util.Map;
import org.wenshu.model.WenshuException;

/**
 * Reads each font file once and keeps it for the life of the object (one per process in the CLI),
 * so rendering several files does not parse the same 10 MB font again. A face is parsed only as
 * far as a render asks ({@link FontFace}): a run that writes no PDF never parses one whole.
 */
public final class FontCache {
    private final Map<String, FontFace> faces = new HashMap<>();

    /** The face in {@code file}, not yet read. */
    public synchronized FontFace face(FontFile file) {
        return faces.computeIfAbsent(file.baseFontName(), key -> new FontFace(file, FontCache::parse));
    }

    /** The face in {@code file}, embedded and subset, with Unicode (Identity-H) encoding. */
    public BaseFont load(FontFile file) {
        return face(file).font();
    }

    /**
     * OpenPDF's parse of the face, from the file's bytes in memory: OpenPDF reads a font byte by
     * byte (its character maps when parsing, the CFF table's ranges when writing each subset), and
     * from an array that is much cheaper than through its mapped-file reader (Jiangsu PDF+DOCX,
     * cold: 1.45 -> 1.37 s CPU). The bytes stay with the face while it lives (the default theme's
     * seven faces: 36 MB). A file the parse refuses is parsed again from the file itself, so the
     * reason given is the one OpenPDF's file reader finds (a table past the end of the file).
     */
    private static BaseFont parse(FontFile file) {
        try {
            BaseFont font;
            try {
                font = BaseFont.createFont(file.baseFontName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        java.nio.file.Files.readAllBytes(file.path()), null);
            } catch (Exception fromBytes) {
                font = BaseFont.createFont(file.baseFontName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
            }
            font.setSubset(true);
            return font;
        } catch (Exception e) {
            throw new WenshuException(file + "：无法读取字体文件（" + reason(e) + "）", e).translatable(file, "unreadableFont", reason(e));
        }
    }

    /**
     * Why a font file could not be read, in plain words: the font library's own message names a
     * missing table or a file that is no font, but a file cut short or with a broken table directory
     * throws with no message or an internal one ({@code Position out of bounds}).
     */
    static String reason(Exception e) {
        if (e instanceof EOFException) {
            return "文件不完整：字体表还没读完文件就结束了，可能是下载或复制时中断，请重新获取该字体文件";
        }
        String message = e.getMessage();
        if (e instanceof IndexOutOfBoundsException || "Position out of bounds".equals(message)) {
            return "文件已损坏：字体表的位置超出了文件范围，请重新获取该字体文件";
        }
        if (message == null || message.isBlank()) {
            return "文件已损坏，无法解析其中的字体表（" + e.getClass().getSimpleName() + "）";
        }
        return message;
    }
}
