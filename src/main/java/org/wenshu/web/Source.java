package org.wenshu.web;

import java.nio.file.Path;
import java.util.List;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.Document;

/**
 * One uploaded file in a workspace: the name it is stored under, its size, its lines as read (for
 * showing the text around a diagnostic) and its documents; or, when it could not be read, the
 * one-line message saying why (its bytes are then deleted and it takes no part in a build).
 */
record Source(int id, String name, Path path, long size, SourceText text, List<Document> documents, String error) {
    Source {
        documents = List.copyOf(documents);
    }

    static Source failed(int id, String name, long size, String error) {
        return new Source(id, name, null, size, null, List.of(), error);
    }

    boolean readable() {
        return error == null;
    }
}
