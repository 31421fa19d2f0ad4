package org.wenshu.render.docx;

import java.time.Instant;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.wenshu.render.layout.HeadingPages;
import org.wenshu.render.theme.Theme;

/**
 * Writes the DOCX for the template's XHTML: styles and page setup from the theme, the body block by
 * block, core properties from the XHTML head, and a TOC field filled with the PDF's page numbers.
 */
public final class DocxRenderer {
    private final Theme theme;

    public DocxRenderer(Theme theme) {
        this.theme = theme;
    }

    /** The DOCX bytes; {@code headingPages} may be null when the document has no table of contents. */
    public byte[] render(Document xhtml, HeadingPages headingPages, Instant created) {
        WordPackage document = new WordPackage();
        new DocxStyleWriter(theme).write(document);
        Element body = child(xhtml.getDocumentElement(), "body");
        DocxPageWriter pages = new DocxPageWriter(theme);
        boolean restartNumbering = false;
        WordParagraph numberedEnd = null;
        if (body != null) {
            DocxBodyWriter writer = new DocxBodyWriter(headingPages, theme.tocLevels(), theme.page().charPitchPt(), pages,
                    new RunFonts(theme));
            writer.write(body, document);
            restartNumbering = writer.startedMain();
            numberedEnd = writer.numberedEnd();
        }
        pages.write(document, restartNumbering);
        if (numberedEnd != null) {
            pages.unnumberedTail(document, numberedEnd);
        }
        properties(document, xhtml, created);
        return document.toBytes();
    }

    private static void properties(WordPackage document, Document xhtml, Instant created) {
        Element head = child(xhtml.getDocumentElement(), "head");
        String title = "";
        String creator = "";
        String subject = "";
        String keywords = "";
        if (head != null) {
            Element titleElement = child(head, "title");
            title = titleElement == null ? "" : titleElement.getTextContent().strip();
            NodeList metas = head.getElementsByTagNameNS("*", "meta");
            for (int i = 0; i < metas.getLength(); i++) {
                Element meta = (Element) metas.item(i);
                String content = meta.getAttribute("content");
                switch (meta.getAttribute("name")) {
                    case "author" -> creator = content;
                    case "subject" -> subject = content;
                    case "keywords" -> keywords = content;
                    default -> { }
                }
            }
        }
        document.properties(title, creator, subject, keywords, created);
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
