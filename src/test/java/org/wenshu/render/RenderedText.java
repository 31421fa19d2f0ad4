package org.wenshu.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.wenshu.render.theme.Theme;

/**
 * The text of a rendered output as a reader gets it back: the PDF's text in the order it is drawn
 * (PDFBox without re-sorting, which is the order copy-and-paste and screen readers follow), with the
 * page-number line of each page left out; the DOCX body (paragraphs, tables cell by cell, content
 * controls) in document order — headers and footers, where Word's page numbers live, are not body.
 */
final class RenderedText {

    /** The PDF's text, page by page in drawing order, without each page's "— N —" line. */
    static String pdf(byte[] pdf, Theme theme) {
        Pattern pageNumber = Pattern.compile(Pattern.quote(theme.pageNumber().prefix().strip()) + "\\s*\\d+\\s*"
                + Pattern.quote(theme.pageNumber().suffix().strip()));
        StringBuilder out = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = new ArrayList<>(List.of(stripper.getText(document).split("\r?\n")));
                // At most one page-number line a page, and only as a whole line.
                for (int i = 0; i < lines.size(); i++) {
                    if (pageNumber.matcher(lines.get(i).strip()).matches()) {
                        lines.remove(i);
                        break;
                    }
                }
                lines.forEach(line -> out.append(line).append('\n'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The DOCX body text in document order. */
    static String docx(byte[] docx) {
        StringBuilder out = new StringBuilder();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement element : document.getBodyElements()) {
                append(element, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void append(IBodyElement element, StringBuilder out) {
        if (element instanceof XWPFParagraph paragraph) {
            out.append(paragraph.getText()).append('\n');
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        append(inner, out);
                    }
                }
            }
        } else if (element instanceof XWPFSDT sdt) {
            out.append(sdt.getContent().getText()).append('\n');
        } else {
            throw new IllegalStateException("unread DOCX body element " + element.getElementType());
        }
    }

    private RenderedText() {
    }
}
