package org.wenshu.render.pdf;

import org.wenshu.render.layout.HeadingPages;

/** A finished PDF and where its headings landed. */
public record PdfResult(byte[] bytes, HeadingPages headingPages) {}
