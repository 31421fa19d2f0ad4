package org.wenshu.render.layout;

/**
 * A report laid out on pages: where each heading landed ({@link HeadingPages}) and the PDF the
 * layout engine wrote while laying it out (Flying Saucer lays out and writes in one pass, so the
 * PDF comes with the layout rather than being made twice).
 */
public record PageLayout(HeadingPages pages, byte[] pdf) {
}
