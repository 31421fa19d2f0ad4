package org.wenshu.assemble;

import java.util.List;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Report;

/**
 * {@code outline} (提纲): each source's title and heading tree, compact, with what the pipeline
 * noticed listed after it, for a quick review before a report is built.
 */
final class OutlineKind implements ReportKind {
    @Override
    public String name() {
        return "outline";
    }

    @Override
    public String template() {
        return "outline";
    }

    @Override
    public Report assemble(List<Document> documents, Metadata cover) {
        return new Report(name(), cover.withDefault("title", "材料提纲"), documents, List.of());
    }
}
