package org.wenshu.assemble;

import java.util.List;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Report;
import org.wenshu.model.WenshuException;

/**
 * {@code compilation} (汇编): the documents one after another under a cover and a table of
 * contents. Without a title in the job, the title of the compilation file the articles came from
 * ({@code meta.collection}, when they all share it) is the cover's title.
 */
final class CompilationKind implements ReportKind {
    @Override
    public String name() {
        return "compilation";
    }

    @Override
    public String template() {
        return "compilation";
    }

    @Override
    public Report assemble(List<Document> documents, Metadata cover) {
        Metadata withTitle = cover;
        if (cover.get("title").isEmpty()) {
            List<String> collections = documents.stream()
                    .map(d -> d.meta().get("collection").orElse("")).distinct().toList();
            if (collections.size() != 1 || collections.get(0).isEmpty()) {
                throw new WenshuException("汇编需要标题：请在 metadata 下写 title: …").translatable(null, "compilationNoTitle");
            }
            withTitle = cover.with("title", collections.get(0));
        }
        return new Report(name(), withTitle, documents, List.of());
    }
}
