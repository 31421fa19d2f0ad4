package org.wenshu.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The document as a DOCX package: the body, the last section, the footers, styles and settings,
 * the core and extended properties, with their relationships and content types. Entries are
 * written in a fixed order, each stamped 1980-01-01 00:00 (the ZIP epoch), so that the same input
 * and {@code SOURCE_DATE_EPOCH} give the same bytes.
 */
final class WordPackage {
    private static final DateTimeFormatter W3CDTF = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", java.util.Locale.ROOT);
    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String WORD_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    /** The relationship ids of settings and styles; footers follow from rId3. */
    private static final int FIRST_FOOTER_RELATION = 3;
    /** How much of the body's markup is gathered before it goes into the ZIP entry. */
    private static final int FLUSH_CHARS = 64 * 1024;

    private final List<WordBlock> body = new ArrayList<>();
    private final List<WordParagraph> footers = new ArrayList<>();
    private final StringBuilder settings = new StringBuilder();
    private WordSection section;
    private String styles = "";
    private String title = "";
    private String creator = "";
    private String subject = "";
    private String keywords = "";
    private Instant created = Instant.EPOCH;

    List<WordBlock> body() {
        return body;
    }

    /** The body's paragraphs, without those in tables. */
    List<WordParagraph> paragraphs() {
        List<WordParagraph> paragraphs = new ArrayList<>();
        for (WordBlock block : body) {
            if (block instanceof WordParagraph paragraph) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    /** A new paragraph at the end of the body. */
    WordParagraph addParagraph() {
        WordParagraph paragraph = new WordParagraph();
        body.add(paragraph);
        return paragraph;
    }

    /** A new paragraph in the body just before {@code next}. */
    WordParagraph insertBefore(WordParagraph next) {
        WordParagraph paragraph = new WordParagraph();
        body.add(body.indexOf(next), paragraph);
        return paragraph;
    }

    void section(WordSection value) {
        section = value;
    }

    WordSection section() {
        return section;
    }

    /** Adds a footer part holding {@code paragraph}; returns its relationship id. */
    String addFooter(WordParagraph paragraph) {
        footers.add(paragraph);
        return "rId" + (FIRST_FOOTER_RELATION + footers.size() - 1);
    }

    void styles(String stylesXml) {
        styles = stylesXml;
    }

    /** Settings elements in the order of CT_Settings, appended to the settings part. */
    WordXml settings() {
        return new WordXml(settings);
    }

    void properties(String title, String creator, String subject, String keywords, Instant created) {
        this.title = title;
        this.creator = creator;
        this.subject = subject;
        this.keywords = keywords;
        this.created = created;
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", contentTypes());
            entry(zip, "_rels/.rels", WordXml.DECLARATION_STANDALONE + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
                    + relationship("rId1", "word/document.xml", OFFICE_RELATIONSHIP + "officeDocument")
                    + relationship("rId2", "docProps/app.xml", OFFICE_RELATIONSHIP + "extended-properties")
                    + relationship("rId3", "docProps/core.xml",
                            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties")
                    + "</Relationships>");
            entry(zip, "docProps/app.xml", WordXml.DECLARATION + "<Properties xmlns=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/extended-properties\"><Application>wenshu</Application></Properties>");
            entry(zip, "docProps/core.xml", core());
            document(zip);
            entry(zip, "word/_rels/document.xml.rels", documentRelationships());
            for (int i = 0; i < footers.size(); i++) {
                StringBuilder footer = new StringBuilder(1024).append(WordXml.DECLARATION);
                WordXml xml = new WordXml(footer);
                xml.open("w:ftr").attr("xmlns:w", WordXml.W).end();
                footers.get(i).write(xml);
                xml.endTag("w:ftr");
                entry(zip, "word/footer" + (i + 1) + ".xml", footer.toString());
            }
            entry(zip, "word/settings.xml", WordXml.DECLARATION + "<w:settings xmlns:w=\"" + WordXml.W + "\">" + settings
                    + "</w:settings>");
            entry(zip, "word/styles.xml", WordXml.DECLARATION + styles);
        } catch (IOException e) {
            throw new UncheckedIOException("DOCX writer failed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The body, written into the entry a few blocks at a time, so that a long document's markup is
     * never held whole (a 700-page body is several megabytes of it). Blocks are whole elements, so
     * a flush never splits a character.
     */
    private void document(ZipOutputStream zip) throws IOException {
        ZipEntry entry = new ZipEntry("word/document.xml");
        entry.setTimeLocal(ZIP_EPOCH);
        zip.putNextEntry(entry);
        StringBuilder out = new StringBuilder(FLUSH_CHARS + 16 * 1024).append(WordXml.DECLARATION);
        WordXml xml = new WordXml(out);
        xml.open("w:document").attr("xmlns:w", WordXml.W).attr("xmlns:r", WordXml.R).end().open("w:body").end();
        for (WordBlock block : body) {
            block.write(xml);
            if (out.length() >= FLUSH_CHARS) {
                zip.write(out.toString().getBytes(StandardCharsets.UTF_8));
                out.setLength(0);
            }
        }
        if (section != null) {
            section.write(xml);
        }
        xml.endTag("w:body").endTag("w:document");
        zip.write(out.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private String contentTypes() {
        StringBuilder out = new StringBuilder(2048).append(WordXml.DECLARATION_STANDALONE)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>")
                .append("<Default ContentType=\"application/xml\" Extension=\"xml\"/>");
        override(out, "application/vnd.openxmlformats-officedocument.extended-properties+xml", "/docProps/app.xml");
        override(out, "application/vnd.openxmlformats-package.core-properties+xml", "/docProps/core.xml");
        override(out, WORD_TYPE + "document.main+xml", "/word/document.xml");
        for (int i = 1; i <= footers.size(); i++) {
            override(out, WORD_TYPE + "footer+xml", "/word/footer" + i + ".xml");
        }
        override(out, WORD_TYPE + "settings+xml", "/word/settings.xml");
        override(out, WORD_TYPE + "styles+xml", "/word/styles.xml");
        return out.append("</Types>").toString();
    }

    private static void override(StringBuilder out, String type, String part) {
        out.append("<Override ContentType=\"").append(type).append("\" PartName=\"").append(part).append("\"/>");
    }

    private String documentRelationships() {
        StringBuilder out = new StringBuilder(1024).append(WordXml.DECLARATION_STANDALONE)
                .append("<Relationships xmlns=\"").append(RELATIONSHIPS).append("\">")
                .append(relationship("rId1", "settings.xml", OFFICE_RELATIONSHIP + "settings"))
                .append(relationship("rId2", "styles.xml", OFFICE_RELATIONSHIP + "styles"));
        for (int i = 0; i < footers.size(); i++) {
            out.append(relationship("rId" + (FIRST_FOOTER_RELATION + i), "footer" + (i + 1) + ".xml", OFFICE_RELATIONSHIP + "footer"));
        }
        return out.append("</Relationships>").toString();
    }

    private static String relationship(String id, String target, String type) {
        return "<Relationship Id=\"" + id + "\" Target=\"" + target + "\" Type=\"" + type + "\"/>";
    }

    /** Dublin Core properties in the order POI wrote them; empty ones are left out. */
    private String core() {
        StringBuilder out = new StringBuilder(1024).append(WordXml.DECLARATION_STANDALONE);
        WordXml xml = new WordXml(out);
        xml.open("cp:coreProperties")
                .attr("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
                .attr("xmlns:dc", "http://purl.org/dc/elements/1.1/")
                .attr("xmlns:dcterms", "http://purl.org/dc/terms/")
                .attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance").end();
        String date = W3CDTF.format(LocalDateTime.ofInstant(created.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
        xml.open("dcterms:created").attr("xsi:type", "dcterms:W3CDTF").end().text(date).endTag("dcterms:created");
        element(xml, "dc:creator", creator);
        element(xml, "cp:keywords", keywords);
        element(xml, "dc:language", "zh-CN");
        xml.open("dcterms:modified").attr("xsi:type", "dcterms:W3CDTF").end().text(date).endTag("dcterms:modified");
        element(xml, "dc:subject", subject);
        element(xml, "dc:title", title);
        xml.endTag("cp:coreProperties");
        return out.toString();
    }

    private static void element(WordXml xml, String name, String value) {
        if (value != null && !value.isEmpty()) {
            xml.open(name).end().text(value).endTag(name);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ZIP_EPOCH);
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
