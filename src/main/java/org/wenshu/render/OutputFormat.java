package org.wenshu.render;

import java.util.Locale;
import org.wenshu.model.WenshuException;

/** What {@code render --to} can write. */
public enum OutputFormat {
    PDF, DOCX, HTML;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WenshuException("--to " + text + "：不支持的输出格式（可用：pdf、docx、html）");
        }
    }
}
