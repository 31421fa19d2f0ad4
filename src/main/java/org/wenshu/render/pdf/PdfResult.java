package org.wenshu.render.pdf;

/** A finished PDF and where its headings landed. */
public record PdfResult(byte[] bytes, HeadingPages headingPages) {}
