package org.wenshu.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A .docx written by hand, part by part, for tests that need exact WordprocessingML. */
final class MinimalDocx {
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";
    private static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml";

    private String body = "";
    private String prolog = "";
    private String numbering;
    private String styles;

    MinimalDocx body(String xml) {
        this.body = xml;
        return this;
    }

    /** Text placed before the root element of document.xml (a DOCTYPE, for instance). */
    MinimalDocx prolog(String xml) {
        this.prolog = xml;
        return this;
    }

    MinimalDocx numbering(String xml) {
        this.numbering = xml;
        return this;
    }

    MinimalDocx styles(String xml) {
        this.styles = xml;
        return this;
    }

    byte[] bytes() {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + MAIN + ".document.main+xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        if (numbering != null) {
            types.append("<Override PartName=\"/word/numbering.xml\" ContentType=\"" + MAIN + ".numbering+xml\"/>");
            rels.append("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/numbering\" Target=\"numbering.xml\"/>");
            parts.put("word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering " + NS + ">"
                    + numbering + "</w:numbering>");
        }
        if (styles != null) {
            types.append("<Override PartName=\"/word/styles.xml\" ContentType=\"" + MAIN + ".styles+xml\"/>");
            rels.append("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/styles\" Target=\"styles.xml\"/>");
            parts.put("word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles " + NS + ">"
                    + styles + "</w:styles>");
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        Map<String, String> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", types.toString());
        all.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        all.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog + "<w:document " + NS
                + "><w:body>" + body + "</w:body></w:document>");
        all.put("word/_rels/document.xml.rels", rels.toString());
        all.putAll(parts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : all.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    static String numbered(String numId, int level, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId
                + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }
}
