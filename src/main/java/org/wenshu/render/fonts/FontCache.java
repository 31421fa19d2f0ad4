package org.wenshu.render.fonts;

import com.lowagie.text.pdf.BaseFont;
import java.util.HashMap;
import java.util.Map;
import org.wenshu.model.WenshuException;

/**
 * Loads each font file once and keeps it for the life of the object (one per process in the CLI),
 * so rendering several files does not parse the same 10 MB font again.
 */
public final class FontCache {
    private final Map<String, BaseFont> loaded = new HashMap<>();

    /** The face in {@code file}, embedded and subset, with Unicode (Identity-H) encoding. */
    public synchronized BaseFont load(FontFile file) {
        String key = file.baseFontName();
        BaseFont font = loaded.get(key);
        if (font == null) {
            try {
                font = BaseFont.createFont(key, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
                font.setSubset(true);
            } catch (Exception e) {
                throw new WenshuException(file + "：无法读取字体文件（" + e.getMessage() + "）", e);
            }
            loaded.put(key, font);
        }
        return font;
    }
}
