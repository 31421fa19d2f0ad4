package org.wenshu.render;

import java.util.Locale;

/**
 * The three standard formats, as the library named them before formats became a registry.
 *
 * @deprecated formats are {@link OutputWriter}s in {@link OutputFormats}, chosen by name: use
 *     {@code Wenshu.render(report, "pdf", out)}; this enum stays so that code written against it
 *     still compiles, and it knows no format added since.
 */
@Deprecated(since = "0.1.0")
public enum OutputFormat {
    PDF, DOCX, HTML;

    /** The format's name in {@link OutputFormats} ({@code pdf}), which is also its extension. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code text} ({@code pdf}, any case). */
    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.wenshu.model.WenshuException("--to " + text + "：不支持的输出格式（可用：pdf、docx、html）");
        }
    }
}
