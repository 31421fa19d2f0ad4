package org.wenshu.assemble;

import java.util.List;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Report;
import org.wenshu.model.WenshuException;

/** {@code document}: one source document laid out on its own, as {@code render} does it. */
final class DocumentKind implements ReportKind {
    @Override
    public String name() {
        return Report.DOCUMENT;
    }

    @Override
    public String template() {
        return "document";
    }

    @Override
    public Report assemble(List<Document> documents, Metadata cover) {
        if (documents.size() != 1) {
            throw new WenshuException("kind: document 只排一篇材料，这里选中了 " + documents.size()
                    + " 篇；多篇请用 kind: compilation").translatable(null, "documentOne", documents.size());
        }
        return new Report(name(), cover, documents, List.of());
    }
}
