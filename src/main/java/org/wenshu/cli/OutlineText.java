package org.wenshu.cli;

import java.util.List;
import java.util.Map;
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
        out.append("文件：").append(document.source()).append('\n');
        if (document.kicker() != null) {
            out.append("引题：").append(document.kicker()).append('\n');
        }
        out.append("标题：").append(document.title().isEmpty() ? "（无）" : document.title()).append('\n');
        if (document.subtitle() != null) {
            out.append("副题：").append(document.subtitle()).append('\n');
        }
        for (Map.Entry<String, String> field : document.meta().fields().entrySet()) {
            out.append("  @").append(field.getKey()).append(": ").append(field.getValue()).append('\n');
        }
        if (!document.preamble().isEmpty()) {
            out.append("（导语 ").append(document.preamble().size()).append(" 段）\n");
            paragraphs(document.preamble(), 1, out);
        }
        for (Section section : document.sections()) {
            section(section, 0, out);
        }
        for (Diagnostic diagnostic : document.diagnostics()) {
            out.append("! ").append(diagnostic.severity().label()).append(' ').append(diagnostic.code())
                    .append(" L").append(diagnostic.line()).append(": ").append(diagnostic.message()).append('\n');
        }
    }

    private void section(Section section, int depth, StringBuilder out) {
        out.append(INDENT.repeat(depth));
        if (section.kind() != Section.Kind.HEADING) {
            out.append('[').append(section.kind() == Section.Kind.ATTACHMENT ? "附件" : "注释").append("] ");
        }
        out.append(section.displayHeading().isEmpty() ? "（无标题）" : section.displayHeading())
                .append("  (L").append(section.line());
        if (!section.paragraphs().isEmpty()) {
            out.append(", ").append(section.paragraphs().size()).append(" 段");
        }
        out.append(")\n");
        paragraphs(section.paragraphs(), depth + 1, out);
        for (Section child : section.sections()) {
            section(child, depth + 1, out);
        }
    }

    private static void paragraphs(List<Paragraph> paragraphs, int depth, StringBuilder out) {
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.isTable()) {
                int columns = paragraph.columns();
                out.append(INDENT.repeat(depth)).append("[表格 ").append(paragraph.table().size()).append(" 行 × ")
                        .append(columns).append(" 列]\n");
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
