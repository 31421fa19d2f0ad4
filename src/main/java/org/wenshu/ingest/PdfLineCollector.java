package org.wenshu.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text extraction, kept as lines with their geometry instead of one string: the
 * paragraph joiner and the page-furniture filter need to know where each line starts and ends.
 * One instance per document.
 */
final class PdfLineCollector extends PDFTextStripper {
    private final List<List<PdfLine>> pages = new ArrayList<>();
    private List<PdfLine> page;
    private final StringBuilder text = new StringBuilder();
    private float left = Float.MAX_VALUE;
    private float right = -Float.MAX_VALUE;
    private float baseline;
    private float size;

    PdfLineCollector() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The lines of every page, in reading order. */
    List<List<PdfLine>> read(PDDocument document) throws IOException {
        getText(document);
        return pages;
    }

    @Override
    protected void startPage(PDPage pdPage) throws IOException {
        page = new ArrayList<>();
        super.startPage(pdPage);
    }

    @Override
    protected void endPage(PDPage pdPage) throws IOException {
        endLine();
        pages.add(page);
        super.endPage(pdPage);
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        text.append(string);
        for (TextPosition position : positions) {
            left = Math.min(left, position.getXDirAdj());
            right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
            baseline = Math.max(baseline, position.getYDirAdj());
            size = Math.max(size, position.getFontSizeInPt());
        }
    }

    @Override
    protected void writeString(String string) {
        // separators and page markers: lines are ended by the methods below instead
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphStart() {
        endLine();
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    private void endLine() {
        String line = text.toString().strip();
        if (!line.isEmpty() && page != null) {
            page.add(new PdfLine(line, pages.size() + 1, left, right, baseline, size));
        }
        text.setLength(0);
        left = Float.MAX_VALUE;
        right = -Float.MAX_VALUE;
        baseline = 0;
        size = 0;
    }
}
