package org.wenshu.render.fonts;

import com.lowagie.text.pdf.BaseFont;
import java.util.Optional;
import java.util.function.Function;
import org.wenshu.model.WenshuException;

/**
 * One face of a font file, read as far as a render needs it: its character map and bounding box
 * ({@link FaceSummary}, a few milliseconds) for the glyph checks and the template, and the whole
 * face as OpenPDF parses it ({@link BaseFont}) only when a PDF is laid out or a name is asked for.
 * Safe to share between the threads of one render.
 */
public final class FontFace {
    private final FontFile file;
    private final Function<FontFile, BaseFont> parse;
    private BaseFont font;
    private Optional<FaceSummary> summary;

    FontFace(FontFile file, Function<FontFile, BaseFont> parse) {
        this.file = file;
        this.parse = parse;
    }

    public FontFile file() {
        return file;
    }

    /**
     * Reads what the glyph checks need now, so a file that cannot be read is refused when the fonts
     * are chosen, before any document is rendered ({@link WenshuException} naming the file).
     */
    public FontFace checked() {
        summary().ifPresentOrElse(read -> { }, this::font);
        return this;
    }

    /** The face as OpenPDF parses it (embedded, subset, Identity-H), parsed on first use. */
    public synchronized BaseFont font() {
        if (font == null) {
            font = parse.apply(file);
        }
        return font;
    }

    /** Whether the face has a glyph for the code point (OpenPDF's answer, without parsing the face). */
    public boolean covers(int codePoint) {
        Optional<FaceSummary> read = summary();
        return read.isPresent() ? read.get().covers(codePoint) : font().charExists(codePoint);
    }

    /** The top of the face's bounding box in ems. */
    public float bboxTop() {
        Optional<FaceSummary> read = summary();
        return read.isPresent() ? read.get().bboxTop() : font().getFontDescriptor(BaseFont.BBOXURY, 1);
    }

    /** The bottom of the face's bounding box in ems. */
    public float bboxBottom() {
        Optional<FaceSummary> read = summary();
        return read.isPresent() ? read.get().bboxBottom() : font().getFontDescriptor(BaseFont.BBOXLLY, 1);
    }

    /** Whether OpenPDF has parsed the face (for tests). */
    synchronized boolean parsed() {
        return font != null;
    }

    private synchronized Optional<FaceSummary> summary() {
        if (summary == null) {
            summary = font != null ? Optional.empty() : FaceSummary.read(file);
        }
        return summary;
    }
}
