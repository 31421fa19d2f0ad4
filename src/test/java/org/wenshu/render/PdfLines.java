package org.wenshu.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back as lines of glyphs per page (baseline, left, right, font), for layout assertions. */
final class PdfLines {
    static final double MM = 72 / 25.4;

    /** One printed line: baseline from the top of the page, horizontal extent, its text and fonts. */
    record Line(int page, double baseline, double left, double right, String text, List<String> fonts, double fontSize) {
        int characters() {
            return text.codePointCount(0, text.length());
        }

        /** Width in grid cells: a full-width character takes one, anything else half of one. */
        double cells() {
            return text.codePoints().mapToDouble(cp -> cp >= 0x2E80 ? 1 : 0.5).sum();
        }

        boolean isAllFullWidth() {
            return text.codePoints().allMatch(cp -> cp >= 0x2E80);
        }
    }

    static List<List<Line>> read(PDDocument document) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
            Map<Long, List<TextPosition>> byBaseline = new TreeMap<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (!text.getUnicode().isBlank()) {
                        byBaseline.computeIfAbsent(Math.round(text.getYDirAdj() * 10.0), k -> new ArrayList<>()).add(text);
                    }
                }
            };
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            stripper.getText(document);
            List<Line> lines = new ArrayList<>();
            for (List<TextPosition> glyphs : byBaseline.values()) {
                glyphs.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
                StringBuilder text = new StringBuilder();
                List<String> fonts = new ArrayList<>();
                for (TextPosition glyph : glyphs) {
                    text.append(glyph.getUnicode());
                    String font = glyph.getFont().getName();
                    if (!fonts.contains(font)) {
                        fonts.add(font);
                    }
                }
                TextPosition first = glyphs.get(0);
                TextPosition last = glyphs.get(glyphs.size() - 1);
                lines.add(new Line(p, first.getYDirAdj(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                        text.toString(), fonts, first.getXScale()));
            }
            pages.add(lines);
        }
        return pages;
    }

    /** As {@link #read}, in one pass over the document (for long documents). */
    static List<List<Line>> readAll(PDDocument document) throws IOException {
        List<Map<Long, List<TextPosition>>> byPage = new ArrayList<>();
        for (int p = 0; p < document.getNumberOfPages(); p++) {
            byPage.add(new TreeMap<>());
        }
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    byPage.get(getCurrentPageNo() - 1)
                            .computeIfAbsent(Math.round(text.getYDirAdj() * 10.0), k -> new ArrayList<>()).add(text);
                }
            }
        };
        stripper.getText(document);
        List<List<Line>> pages = new ArrayList<>();
        for (int p = 0; p < byPage.size(); p++) {
            List<Line> lines = new ArrayList<>();
            for (List<TextPosition> glyphs : byPage.get(p).values()) {
                lines.add(line(p + 1, glyphs));
            }
            pages.add(lines);
        }
        return pages;
    }

    /** The printed lines of one page ({@code index} from 0): for long documents of which a test needs a few pages. */
    static List<Line> readPage(PDDocument document, int index) throws IOException {
        return lines(document, index + 1, index + 1, Double.MAX_VALUE).get(0);
    }

    /**
     * The lines of every page printed with their baseline less than {@code belowPt} points above the
     * page's bottom edge: a page's foot (its number) without the cost of reading its body, whose
     * glyphs are never processed.
     */
    static List<List<Line>> readFeet(PDDocument document, double belowPt) throws IOException {
        return lines(document, 1, document.getNumberOfPages(), belowPt);
    }

    private static List<List<Line>> lines(PDDocument document, int firstPage, int lastPage, double belowPt) throws IOException {
        List<Map<Long, List<TextPosition>>> byPage = new ArrayList<>();
        for (int p = firstPage; p <= lastPage; p++) {
            byPage.add(new TreeMap<>());
        }
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void showText(byte[] string) throws IOException {
                // where the text starts, in page space (origin at the bottom left)
                float y = getTextMatrix().multiply(getGraphicsState().getCurrentTransformationMatrix()).getTranslateY();
                if (y < belowPt) {
                    super.showText(string);
                }
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    byPage.get(getCurrentPageNo() - firstPage)
                            .computeIfAbsent(Math.round(text.getYDirAdj() * 10.0), k -> new ArrayList<>()).add(text);
                }
            }
        };
        stripper.setStartPage(firstPage);
        stripper.setEndPage(lastPage);
        stripper.getText(document);
        List<List<Line>> pages = new ArrayList<>();
        for (int p = 0; p < byPage.size(); p++) {
            List<Line> lines = new ArrayList<>();
            for (List<TextPosition> glyphs : byPage.get(p).values()) {
                lines.add(line(firstPage + p, glyphs));
            }
            pages.add(lines);
        }
        return pages;
    }

    private static Line line(int page, List<TextPosition> glyphs) {
        glyphs.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
        StringBuilder text = new StringBuilder();
        List<String> fonts = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            text.append(glyph.getUnicode());
            String font = glyph.getFont().getName();
            if (!fonts.contains(font)) {
                fonts.add(font);
            }
        }
        TextPosition first = glyphs.get(0);
        TextPosition last = glyphs.get(glyphs.size() - 1);
        return new Line(page, first.getYDirAdj(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                text.toString(), fonts, first.getXScale());
    }

    private PdfLines() {
    }
}
