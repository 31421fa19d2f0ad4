package org.wenshu.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Section;
import org.wenshu.model.SourceLine;

/** The shapes the page's script reads, as maps Jackson writes: a source with its outline, a diagnostic, lines. */
final class WebJson {
    private WebJson() {
    }

    static Map<String, Object> source(Source source, List<Document> documents, java.util.ResourceBundle said) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", source.id());
        json.put("name", source.name());
        json.put("size", source.size());
        if (!source.readable()) {
            json.put("error", source.error());
            return json;
        }
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Document document : documents) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("title", document.title());
            // a source of several articles names the article first, so that omit: takes the section from it alone
            String prefix = documents.size() > 1 && !document.title().isBlank() && !document.title().contains("/")
                    ? document.title().strip() + "/" : documents.size() > 1 ? null : "";
            doc.put("outline", document.sections().stream().map(s -> section(s, prefix)).toList());
            doc.put("diagnostics", document.diagnostics().stream().map(d -> diagnostic(null, d, said)).toList());
            docs.add(doc);
        }
        json.put("documents", docs);
        return json;
    }

    /**
     * A section of a source's outline; {@code path} is how the job file's {@code omit:} names it
     * (its steps by marker, else heading), or null when it cannot be named ({@code parent} null, or a
     * heading with {@code /} in it).
     */
    private static Map<String, Object> section(Section section, String parent) {
        Map<String, Object> json = new LinkedHashMap<>();
        String step = section.marker().isBlank() ? section.heading().strip() : section.marker().strip();
        String path = parent == null || step.isEmpty() || step.contains("/") ? null : parent + step;
        json.put("heading", section.displayHeading());
        json.put("line", section.line());
        json.put("paragraphs", section.paragraphs().size());
        json.put("path", path);
        json.put("children", section.sections().stream().map(s -> section(s, path == null ? null : path + "/")).toList());
        return json;
    }

    /** A diagnostic with its message in the language of {@code said} (see {@link WebText#said()}). */
    static Map<String, Object> diagnostic(String file, Diagnostic diagnostic, java.util.ResourceBundle said) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (file != null && !file.isEmpty()) {
            json.put("file", file);
        }
        json.put("severity", diagnostic.severity().name().toLowerCase(java.util.Locale.ROOT));
        json.put("code", diagnostic.code());
        json.put("message", diagnostic.message(said));
        json.put("line", diagnostic.line());
        return json;
    }

    /** At most this many paragraphs of a report section are shown in its outline, each by its start. */
    static final int OUTLINE_PARAGRAPHS = 30;
    static final int PARAGRAPH_START = 28;

    /**
     * The report as built, part by part: each part's title and source, its section tree and the
     * start of each paragraph, so a summary shows which unit's material landed under which heading.
     */
    static List<Map<String, Object>> reportOutline(org.wenshu.model.Report report, java.util.function.UnaryOperator<String> plain) {
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Document part : report.parts()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("title", part.title());
            json.put("source", plain.apply(part.source()));
            json.put("preamble", starts(part.preamble()));
            json.put("sections", part.sections().stream().map(WebJson::reportSection).toList());
            parts.add(json);
        }
        return parts;
    }

    private static Map<String, Object> reportSection(Section section) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("heading", section.displayHeading());
        json.put("paragraphs", starts(section.paragraphs()));
        json.put("children", section.sections().stream().map(WebJson::reportSection).toList());
        return json;
    }

    private static List<String> starts(List<org.wenshu.model.Paragraph> paragraphs) {
        List<String> starts = new ArrayList<>();
        for (org.wenshu.model.Paragraph paragraph : paragraphs) {
            if (starts.size() == OUTLINE_PARAGRAPHS) {
                starts.add("…（另有 " + (paragraphs.size() - OUTLINE_PARAGRAPHS) + " 段）");
                break;
            }
            String text = paragraph.text();
            starts.add(text.codePointCount(0, text.length()) <= PARAGRAPH_START ? text
                    : text.substring(0, text.offsetByCodePoints(0, PARAGRAPH_START)) + "…");
        }
        return starts;
    }

    /** The lines of {@code source} from {@code line - around} to {@code line + around} (as read, before cleaning). */
    static Map<String, Object> lines(Source source, int line, int around) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (SourceLine sourceLine : source.text().lines()) {
            if (Math.abs(sourceLine.number() - line) <= around) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("number", sourceLine.number());
                json.put("text", sourceLine.text());
                lines.add(json);
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", source.name());
        json.put("line", line);
        json.put("lines", lines);
        return json;
    }
}
