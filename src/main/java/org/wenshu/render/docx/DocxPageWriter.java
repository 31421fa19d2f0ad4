package org.wenshu.render.docx;

import java.math.BigInteger;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.wenshu.render.theme.Theme;
import org.wenshu.render.theme.ThemeCss;

/**
 * Page size, margins and the document grid (lines and characters) of the theme, and the
 * "— N —" PAGE-field footers: odd pages on the right, even pages on the left, one character in.
 */
final class DocxPageWriter {
    private final Theme theme;

    DocxPageWriter(Theme theme) {
        this.theme = theme;
    }

    /** The width of the text block in twips. */
    long textWidthTwips() {
        return mmToTwips(theme.page().textWidth());
    }

    /** The height of the text block in twips. */
    long textHeightTwips() {
        return mmToTwips(theme.page().textHeight());
    }

    /** Page size, margins and the line and character grid of the theme, for any section. */
    void geometry(CTSectPr section) {
        Theme.Page page = theme.page();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(mmToTwips(page.width())));
        size.setH(BigInteger.valueOf(mmToTwips(page.height())));
        size.setOrient(STPageOrientation.PORTRAIT);
        Theme.RoleStyle number = theme.role(theme.pageNumber().role());
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mmToTwips(page.top())));
        margins.setBottom(BigInteger.valueOf(mmToTwips(page.bottom())));
        margins.setLeft(BigInteger.valueOf(mmToTwips(page.left())));
        margins.setRight(BigInteger.valueOf(mmToTwips(page.right())));
        // Footer distance is measured from the paper edge to the bottom of the footer line.
        double footerLinePt = number.size();
        margins.setFooter(BigInteger.valueOf(Math.round((page.bottom() - theme.pageNumber().gap()) * 72 / 25.4 * 20
                - footerLinePt * 20)));
        margins.setHeader(BigInteger.valueOf(mmToTwips(15)));
        margins.setGutter(BigInteger.ZERO);
        CTDocGrid grid = section.isSetDocGrid() ? section.getDocGrid() : section.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(Math.round(ThemeCss.linePitch(theme) * 20)));
        grid.setCharSpace(BigInteger.valueOf(charSpace()));
    }

    /**
     * The last (or only) section: page geometry, the page-number footers, numbering from 1 when
     * {@code restartNumbering} (the numbered part after unnumbered front matter).
     */
    void write(XWPFDocument document, boolean restartNumbering) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        geometry(section);
        if (restartNumbering) {
            var numbering = section.isSetPgNumType() ? section.getPgNumType() : section.addNewPgNumType();
            numbering.setStart(BigInteger.ONE);
        }
        Theme.RoleStyle number = theme.role(theme.pageNumber().role());

        document.setEvenAndOddHeadings(true);
        doNotCompressPunctuation(document);
        footer(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT, number);
        footer(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT, number);
    }

    /**
     * Ends the numbered pages after {@code numberedEnd}: its paragraph closes a section with the
     * document's geometry and page-number footers, and the last section (the pages after it) gets
     * empty footers, so those pages carry no number.
     */
    void unnumberedTail(XWPFDocument document, XWPFParagraph numberedEnd) {
        CTSectPr last = document.getDocument().getBody().getSectPr();
        var pPr = numberedEnd.getCTP().isSetPPr() ? numberedEnd.getCTP().getPPr() : numberedEnd.getCTP().addNewPPr();
        pPr.setSectPr((CTSectPr) last.copy());
        while (last.sizeOfFooterReferenceArray() > 0) {
            last.removeFooterReference(0);
        }
        var policy = new org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy(document, last);
        policy.createFooter(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.DEFAULT);
        policy.createFooter(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.EVEN);
    }

    /**
     * Full-width punctuation keeps its full width, as in the PDF; LibreOffice compresses it when the
     * setting is absent. POI's schema subset has no class for the element, so it is written with a
     * cursor, after evenAndOddHeaders as the schema orders it.
     */
    private void doNotCompressPunctuation(XWPFDocument document) {
        try (XmlCursor cursor = document.getSettings().getCTSettings().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(DocxStyleWriter.W, "characterSpacingControl", "w"));
            cursor.insertAttributeWithValue(new QName(DocxStyleWriter.W, "val", "w"), "doNotCompress");
        }
        // The theme's 禁则 as Word's custom kinsoku lists (after characterSpacingControl in the schema).
        Theme.LineBreaking rules = theme.lineBreaking();
        for (String[] list : new String[][] {{"noLineBreaksAfter", rules.noEnd()}, {"noLineBreaksBefore", rules.noStart()}}) {
            if (list[1].isEmpty()) {
                continue;
            }
            try (XmlCursor cursor = document.getSettings().getCTSettings().newCursor()) {
                cursor.toEndToken();
                cursor.beginElement(new QName(DocxStyleWriter.W, list[0], "w"));
                cursor.insertAttributeWithValue(new QName(DocxStyleWriter.W, "lang", "w"), "zh-CN");
                cursor.insertAttributeWithValue(new QName(DocxStyleWriter.W, "val", "w"), list[1]);
            }
        }
    }

    /**
     * Word's character grid: the pitch difference from the default font size, in 1/4096 pt,
     * rounded down so the line holds the full number of characters.
     */
    long charSpace() {
        double bodySize = theme.role("body").size();
        return (long) Math.floor((theme.page().charPitchPt() - bodySize) * 4096);
    }

    private void footer(XWPFFooter footer, ParagraphAlignment alignment, Theme.RoleStyle number) {
        XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        paragraph.setStyle("Footer");
        paragraph.setAlignment(alignment);
        int inset = (int) Math.round(theme.pageNumber().insetChars() * number.size() * 20);
        if (alignment == ParagraphAlignment.RIGHT) {
            paragraph.setIndentationRight(inset);
        } else {
            paragraph.setIndentationLeft(inset);
        }
        paragraph.createRun().setText(theme.pageNumber().prefix());
        XWPFRun begin = paragraph.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instruction = paragraph.createRun();
        var text = instruction.getCTR().addNewInstrText();
        text.setStringValue(" PAGE ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        XWPFRun separate = paragraph.createRun();
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText("1");
        XWPFRun end = paragraph.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        paragraph.createRun().setText(theme.pageNumber().suffix());
    }

    private static long mmToTwips(double mm) {
        return Math.round(mm * 1440 / 25.4);
    }
}
