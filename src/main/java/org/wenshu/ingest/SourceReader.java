package org.wenshu.ingest;

import java.nio.file.Path;

/** Reads one kind of file into lines of text with their source line numbers. */
public interface SourceReader {
    /** Whether this reader handles the file, judged by its name and first bytes. */
    boolean accepts(Path path, byte[] head);

    /** Reads the whole file; throws {@link org.wenshu.model.WenshuException} for unusable input. */
    SourceText read(Path path, byte[] content);
}
