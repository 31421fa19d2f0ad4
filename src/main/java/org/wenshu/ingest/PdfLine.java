package org.wenshu.ingest;

/**
 * One line of text as laid out on a PDF page: where it starts and ends across the page, its
 * baseline from the top and its font size, in PDF points.
 */
record PdfLine(String text, int page, float left, float right, float baseline, float size) {}
