package org.wenshu.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.wenshu.model.CellSpan;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;

/** Writes documents in the JSON shape of DESIGN.md, described by schema/parse-output.schema.json. */
final class DocumentJson {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The language of the diagnostics' messages (their codes are what machines match on). */
    private final java.util.ResourceBundle said;

    /** Messages in Simplified Chinese. */
    DocumentJson() {
        this(CliLanguage.CHINESE.bundle());
    }

    /** Messages in the language of the command line's {@code words}. */
    DocumentJson(java.util.ResourceBundle words) {
        this.said = CliLanguage.diagnostics(words);
    }

    String write(List<Document> documents) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode array = root.putArray("documents");
        documents.forEach(d -> array.add(document(d)));
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode document(Document document) {
        ObjectNode node = mapper.createObjectNode();
        node.put("source", document.source());
        node.put("title", document.title());
        putIfPresent(node, "kicker", document.kicker());
        putIfPresent(node, "subtitle", document.subtitle());
        ObjectNode meta = node.putObject("meta");
        document.meta().fields().forEach(meta::put);
        ArrayNode preamble = node.putArray("preamble");
        document.preamble().forEach(p -> preamble.add(paragraph(p)));
        ArrayNode sections = node.putArray("sections");
        document.sections().forEach(s -> sections.add(section(s)));
        ArrayNode diagnostics = node.putArray("diagnostics");
        document.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
        return node;
    }

    private ObjectNode section(Section section) {
        ObjectNode node = mapper.createObjectNode();
        node.put("marker", section.marker());
        node.put("heading", section.heading());
        node.put("line", section.line());
        if (section.kind() != Section.Kind.HEADING) {
            node.put("kind", section.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        ArrayNode paragraphs = node.putArray("paragraphs");
        section.paragraphs().forEach(p -> paragraphs.add(paragraph(p)));
        ArrayNode children = node.putArray("sections");
        section.sections().forEach(s -> children.add(section(s)));
        return node;
    }

    private ObjectNode paragraph(Paragraph paragraph) {
        ObjectNode node = mapper.createObjectNode();
        node.put("text", paragraph.text());
        putIfPresent(node, "lead", paragraph.lead());
        putIfPresent(node, "marker", paragraph.marker());
        if (paragraph.isTable()) {
            ArrayNode rows = node.putArray("table");
            for (List<String> row : paragraph.table()) {
                ArrayNode cells = rows.addArray();
                row.forEach(cells::add);
            }
            if (paragraph.spans() != null) { // [rows, columns] of each cell, when some are merged
                ArrayNode spans = node.putArray("spans");
                for (List<CellSpan> row : paragraph.spans()) {
                    ArrayNode cells = spans.addArray();
                    row.forEach(span -> cells.addArray().add(span.rows()).add(span.columns()));
                }
            }
            if (paragraph.widths() != null) { // the source's relative column widths, in thousandths
                ArrayNode widths = node.putArray("widths");
                paragraph.widths().perMille().forEach(widths::add);
            }
        }
        node.put("line", paragraph.line());
        return node;
    }

    private ObjectNode diagnostic(Diagnostic diagnostic) {
        ObjectNode node = mapper.createObjectNode();
        node.put("severity", diagnostic.severity().label());
        node.put("code", diagnostic.code());
        node.put("message", diagnostic.message(said));
        node.put("line", diagnostic.line());
        return node;
    }

    private static void putIfPresent(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
