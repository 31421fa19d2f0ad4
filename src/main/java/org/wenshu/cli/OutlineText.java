package org.wenshu.cli;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;

/**
 * The indented outline a person checks at a glance: title block, metadata, the heading tree with
 * line numbers and paragraph counts, paragraph leads and list items, then the diagnostics.
 */
public final class OutlineText {
    private static final String INDENT = "  ";
    private final ResourceBundle words;
    /** The diagnostics' messages in the same language. */
    private final ResourceBundle said;

    /** The outline in Chinese, as the golden outlines are written. */
    public OutlineText() {
        this(CliLanguage.CHINESE.bundle());
    }

    /** The outline with its labels in {@code words}' language. */
    OutlineText(ResourceBundle words) {
        this.words = words;
        this.said = CliLanguage.diagnostics(words);
    }

    public String write(List<Document> documents) {
        StringBuilder out = new StringBuilder();
        for (Document document : documents) {
            if (out.length() > 0) {
                out.append('\n');
            }
            write(document, out);
        }
        return out.toString();
    }

    private void write(Document document, StringBuilder out) {
        out.append(words.getString("outline.file")).append(document.source()).append('\n');
        if (document.kicker() != null) {
            out.append(words.getString("outline.kicker")).append(document.kicker()).append('\n');
        }
        out.append(words.getString("outline.title"))
                .append(document.title().isEmpty() ? words.getString("outline.none") : document.title()).append('\n');
        if (document.subtitle() != null) {
            out.append(words.getString("outline.subtitle")).append(document.subtitle()).append('\n');
        }
        for (Map.Entry<String, String> field : document.meta().fields().entrySet()) {
            out.append("  @").append(field.getKey()).append(": ").append(field.getValue()).append('\n');
        }
        if (!document.preamble().isEmpty()) {
            out.append(CliLanguage.format(words, "outline.preamble", document.preamble().size())).append('\n');
            paragraphs(document.preamble(), 1, out);
        }
        for (Section section : document.sections()) {
            section(section, 0, out);
        }
        for (Diagnostic diagnostic : document.diagnostics()) {
            out.append("! ").append(diagnostic.severity().label()).append(' ').append(diagnostic.code())
                    .append(" L").append(diagnostic.line()).append(": ").append(diagnostic.message(said)).append('\n');
        }
    }

    private void section(Section section, int depth, StringBuilder out) {
        out.append(INDENT.repeat(depth));
        if (section.kind() != Section.Kind.HEADING) {
            out.append('[').append(words.getString(section.kind() == Section.Kind.ATTACHMENT ? "outline.attachment" : "outline.note"))
                    .append("] ");
        }
        out.append(section.displayHeading().isEmpty() ? words.getString("outline.noHeading") : section.displayHeading())
                .append("  (L").append(section.line());
        if (!section.paragraphs().isEmpty()) {
            out.append(", ").append(section.paragraphs().size()).append(words.getString("outline.paragraphs"));
        }
        out.append(")\n");
        paragraphs(section.paragraphs(), depth + 1, out);
        for (Section child : section.sections()) {
            section(child, depth + 1, out);
        }
    }

    private void paragraphs(List<Paragraph> paragraphs, int depth, StringBuilder out) {
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.isTable()) {
                int columns = paragraph.columns();
                out.append(INDENT.repeat(depth)).append(CliLanguage.format(words, "outline.table", paragraph.table().size(), columns))
                        .append('\n');
            } else if (paragraph.isListItem()) {
                out.append(INDENT.repeat(depth)).append("- ").append(paragraph.marker()).append(' ')
                        .append(paragraph.lead() != null ? paragraph.lead() : abbreviate(paragraph.text())).append('\n');
            } else if (paragraph.lead() != null) {
                out.append(INDENT.repeat(depth)).append("· ").append(paragraph.lead()).append('\n');
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }
}
