package org.wenshu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wenshu.clean.Cleaner;
import org.wenshu.ingest.Ingest;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.Document;
import org.wenshu.model.WenshuException;
import org.wenshu.parse.DocumentParser;
import org.wenshu.assemble.DuplicateDetector;

/** The entry point for reading sources into the section model: ingest, clean, parse. */
public final class Wenshu {
    private final Ingest ingest;
    private final Cleaner cleaner;
    private final DocumentParser parser;

    private Wenshu(Ingest ingest, Cleaner cleaner, DocumentParser parser) {
        this.ingest = ingest;
        this.cleaner = cleaner;
        this.parser = parser;
    }

    /** The standard pipeline: every supported format, the standard cleaning rules. */
    public static Wenshu standard() {
        return new Wenshu(Ingest.standard(), Cleaner.standard(), new DocumentParser());
    }

    /** The documents in one source file (several for a compilation). */
    public List<Document> parse(Path path) {
        return parse(ingest.read(path));
    }

    /** The documents in source text already read (the lines are cleaned first). */
    public List<Document> parse(SourceText text) {
        return parser.parse(cleaner.clean(text));
    }

    /** A file that could not be read, with the one-line message for the user. */
    public record Failure(Path path, WenshuException error) {}

    /** All documents from several files, with duplicates across them marked, and the files that failed. */
    public record Batch(List<Document> documents, List<Failure> failures) {
        public Batch {
            documents = List.copyOf(documents);
            failures = List.copyOf(failures);
        }
    }

    /** Parses every file under the standard limits; one bad file does not stop the others. */
    public Batch parseAll(List<Path> paths) {
        return parseAll(paths, DocumentWorker.standard());
    }

    /** Parses every file, each on {@code worker} under its limits; one bad file does not stop the others. */
    public Batch parseAll(List<Path> paths, DocumentWorker worker) {
        List<Document> documents = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Path path : paths) {
            try {
                documents.addAll(worker.run(path.toString(), () -> parse(path)));
            } catch (WenshuException e) {
                failures.add(new Failure(path, e));
            }
        }
        return new Batch(new DuplicateDetector().mark(documents), failures);
    }
}
