package org.wenshu.render.layout;

import java.util.function.Supplier;

/**
 * A report laid out on pages: where each heading landed ({@link HeadingPages}) and the PDF the
 * layout engine paints from it. The PDF is painted on the first call of {@link #pdf()}, once: a
 * DOCX that only needs the page numbers for its contents is written while the PDF is painted, and
 * a render without PDF output never paints one.
 */
public final class PageLayout {
    private final HeadingPages pages;
    private final Supplier<byte[]> paint;
    private byte[] pdf;

    /** A layout whose PDF {@code paint} makes when it is first asked for. */
    public PageLayout(HeadingPages pages, Supplier<byte[]> paint) {
        this.pages = pages;
        this.paint = paint;
    }

    public HeadingPages pages() {
        return pages;
    }

    /** The PDF, painted on the first call. */
    public synchronized byte[] pdf() {
        if (pdf == null) {
            pdf = paint.get();
        }
        return pdf;
    }
}
