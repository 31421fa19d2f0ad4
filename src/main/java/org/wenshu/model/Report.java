package org.wenshu.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the render stage gets: a report of one kind ({@code document}, {@code compilation},
 * {@code outline}, …), its cover metadata (well-known keys {@code title}, {@code publisher} —
 * 编印单位 — and {@code date}), its parts (the documents, in order) and what assembling noticed.
 * {@code statistics} are what a kind counted in its sources ({@code summary} fills them).
 * A single document is a report of kind {@code document} with one part and no cover of its own.
 */
public record Report(String kind, Metadata cover, List<Document> parts, List<Diagnostic> diagnostics,
                     SourceStatistics statistics) {
    public static final String DOCUMENT = "document";

    public Report {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cover, "cover");
        parts = List.copyOf(parts);
        diagnostics = List.copyOf(diagnostics);
        statistics = statistics == null ? SourceStatistics.NONE : statistics;
    }

    /** A report with no statistics of its sources (every kind but {@code summary}). */
    public Report(String kind, Metadata cover, List<Document> parts, List<Diagnostic> diagnostics) {
        this(kind, cover, parts, diagnostics, SourceStatistics.NONE);
    }

    /** One document as a report of its own, as {@code render} makes it. */
    public static Report of(Document document) {
        return new Report(DOCUMENT, Metadata.EMPTY, List.of(document), List.of());
    }

    /** The report's title: the cover's, else the only part's. */
    public String title() {
        return cover.get("title").orElse(parts.size() == 1 ? parts.get(0).title() : "");
    }

    public Report withDiagnostic(Diagnostic diagnostic) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.add(diagnostic);
        return new Report(kind, cover, parts, all, statistics);
    }
}
