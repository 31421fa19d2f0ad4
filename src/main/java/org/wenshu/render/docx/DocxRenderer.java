package org.wenshu.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
        try (XWPFDocument document = new XWPFDocument()) {
            new DocxStyleWriter(theme).write(document);
            Element body = child(xhtml.getDocumentElement(), "body");
            DocxPageWriter pages = new DocxPageWriter(theme);
            boolean restartNumbering = false;
            org.apache.poi.xwpf.usermodel.XWPFParagraph numberedEnd = null;
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
            properties(document.getProperties(), xhtml, created);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.write(out);
            return new ZipNormalizer().normalize(out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("DOCX writer failed", e);
        }
    }

    private static void properties(POIXMLProperties properties, Document xhtml, Instant created) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Element head = child(xhtml.getDocumentElement(), "head");
        String title = "";
        if (head != null) {
            Element titleElement = child(head, "title");
            title = titleElement == null ? "" : titleElement.getTextContent().strip();
            NodeList metas = head.getElementsByTagNameNS("*", "meta");
            for (int i = 0; i < metas.getLength(); i++) {
                Element meta = (Element) metas.item(i);
                String content = meta.getAttribute("content");
                switch (meta.getAttribute("name")) {
                    case "author" -> core.setCreator(content);
                    case "subject" -> core.setSubjectProperty(content);
                    case "keywords" -> core.setKeywords(content);
                    default -> { }
                }
            }
        }
        core.setTitle(title);
        core.setCreated(Optional.of(Date.from(created)));
        core.setModified(Optional.of(Date.from(created)));
        core.getUnderlyingProperties().setLanguageProperty("zh-CN");
        properties.getExtendedProperties().setApplication("wenshu");
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
