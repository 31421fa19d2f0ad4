package org.wenshu.assemble;

import java.util.List;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Report;

/**
 * One kind of report (汇编, 提纲, …): how the selected documents become its parts and which built-in
 * template draws it. A new kind is one class and one line in {@link ReportKinds#standard()}.
 */
public interface ReportKind {
    /** The name a job file gives in {@code kind:}. */
    String name();

    /** The built-in template used when the job names none. */
    String template();

    /**
     * The report made of {@code documents} (selected, deduplicated, restored) with the job's cover
     * metadata. A kind that cannot be made from them throws a {@code WenshuException} whose
     * message says why; the caller prefixes the job file.
     */
    Report assemble(List<Document> documents, Metadata cover);

    /**
     * As {@link #assemble(List, Metadata)}, for a kind that also reads its own part of the job
     * ({@link JobFile#plan()}, under a key named like the kind); errors in it name the job file's line.
     */
    default Report assemble(List<Document> documents, Metadata cover, JobFile job) {
        return assemble(documents, cover);
    }

    /** Whether the job may carry a part of its own for this kind, under a key named like the kind. */
    default boolean takesPlan() {
        return false;
    }
}
