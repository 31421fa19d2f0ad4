package org.wenshu.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One parsed document: its title block, metadata, the paragraphs before the first heading, the
 * heading tree and what the pipeline noticed on the way.
 */
public record Document(String source, String title, String kicker, String subtitle, Metadata meta,
                       List<Paragraph> preamble, List<Section> sections,
                       List<Diagnostic> diagnostics) {
    public Document {
        Objects.requireNonNull(source, "source");
        title = title == null ? "" : title;
        Objects.requireNonNull(meta, "meta");
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The characters of its text: title, headings and paragraphs (a table's cells included). */
    public long textLength() {
        long length = title.length();
        for (Paragraph paragraph : preamble) {
            length += paragraph.text().length();
        }
        for (Section section : sections) {
            length += section.textLength();
        }
        return length;
    }

    public Document withTitle(String newTitle) {
        return new Document(source, newTitle, kicker, subtitle, meta, preamble, sections, diagnostics);
    }

    public Document withMeta(Metadata newMeta) {
        return new Document(source, title, kicker, subtitle, newMeta, preamble, sections, diagnostics);
    }

    public Document withDiagnostic(Diagnostic diagnostic) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.add(diagnostic);
        return new Document(source, title, kicker, subtitle, meta, preamble, sections, all);
    }
}
