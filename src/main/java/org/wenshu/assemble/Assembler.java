package org.wenshu.assemble;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Report;
import org.wenshu.model.Quote;
import org.wenshu.model.WenshuException;
import org.wenshu.model.Wording;

/**
 * Builds the report a job file asks for: selects the sources, parses each (a compilation file gives
 * its articles), marks or leaves out duplicates, puts masked words back, applies the placeholder
 * policy and lets the kind arrange the parts.
 */
public final class Assembler {

    /** Reads one source file into its documents (the {@code parse} stage). */
    @FunctionalInterface
    public interface SourceParser {
        List<Document> parse(Path path);

        /**
         * Told, before the first {@link #parse}, every file it will be asked for and in which order,
         * so that it may start reading them ahead (side by side on several cores).
         */
        default void expect(List<Path> files) {
        }

        /**
         * The duplicate check's grams of {@code document}, one that {@link #parse} returned: a parser
         * that reads ahead may have made them beside the parsing, off the assembly's path.
         */
        default DuplicateDetector.Grams grams(Document document) {
            return DuplicateDetector.grams(document);
        }
    }

    /** A source that could not be read, with the one-line message for the user. */
    public record Failure(Path path, WenshuException error) {}

    /** The report, the kind that made it, and the sources that failed (then nothing should be written). */
    public record Assembly(Report report, ReportKind kind, List<Failure> failures) {
        public Assembly {
            failures = List.copyOf(failures);
        }
    }

    private final SourceParser parser;
    private final ReportKinds kinds;

    public Assembler(SourceParser parser, ReportKinds kinds) {
        this.parser = parser;
        this.kinds = kinds;
    }

    public Assembly assemble(JobFile job) {
        ReportKind kind = kinds.find(job.kind())
                .orElseThrow(() -> new WenshuException(job.path() + "：kind: " + job.kind() + " 不是已知的报告类型")
                        .translatable(job.path(), "unknownKind", org.wenshu.model.Quote.of(job.kind())));
        List<Path> files = new SourceSelector().select(job);
        SectionOmitter omitter = new SectionOmitter(job);
        omitter.checkSources(files);
        List<Document> documents = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        parser.expect(files);
        for (Path file : files) {
            List<Document> read;
            try {
                read = parser.parse(file);
            } catch (WenshuException e) {
                failures.add(new Failure(file, e));
                continue;
            }
            documents.addAll(omitter.omit(file, read));
        }
        List<Diagnostic> notes = new ArrayList<>();
        documents = duplicates(documents, job.options().dedupe(), parser::grams, notes);
        MaskedWordRestorer restorer = new MaskedWordRestorer(job.options().restore());
        documents = documents.stream().map(restorer::restore).toList();
        if (job.options().placeholders() == JobFile.PlaceholderPolicy.FAIL) {
            refusePlaceholders(job, documents);
        }
        Report report;
        try {
            report = kind.assemble(documents, new Metadata(job.metadata()), job);
        } catch (WenshuException e) {
            if (e.getMessage().startsWith(job.path().toString())) {
                throw e;
            }
            WenshuException named = new WenshuException(job.path() + "：" + e.getMessage(), e);
            throw e.subject().isEmpty() ? named.keyedAs(e, job.path()) : named;
        }
        for (Diagnostic note : notes) {
            report = report.withDiagnostic(note);
        }
        return new Assembly(report, kind, failures);
    }

    /** All documents with duplicates marked; with {@code dedupe}, later copies left out and said so. */
    private static List<Document> duplicates(List<Document> documents, boolean dedupe,
                                             java.util.function.Function<Document, DuplicateDetector.Grams> grams,
                                             List<Diagnostic> notes) {
        DuplicateDetector detector = new DuplicateDetector();
        if (!dedupe) {
            return detector.mark(documents, grams);
        }
        Set<Integer> dropped = new HashSet<>();
        for (DuplicateDetector.Twin twin : detector.twins(documents, grams)) {
            dropped.add(twin.copy());
            notes.add(Diagnostic.warning("duplicate-source", 0, "duplicateDropped",
                    DuplicateDetector.named(documents.get(twin.copy())),
                    DuplicateDetector.named(documents.get(twin.original())), twin.percent()));
        }
        List<Document> kept = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(documents.get(i));
            }
        }
        return kept;
    }

    private static void refusePlaceholders(JobFile job, List<Document> documents) {
        int count = 0;
        String first = null;
        Wording firstFound = null;
        for (Document document : documents) {
            for (Diagnostic diagnostic : document.diagnostics()) {
                if (diagnostic.code().equals("placeholder")) {
                    count++;
                    if (first == null) {
                        first = document.source() + (diagnostic.line() > 0 ? " 第 " + diagnostic.line() + " 行" : "")
                                + "：" + diagnostic.message();
                        firstFound = Wording.of(diagnostic.line() > 0 ? "placeholderAtLine" : "placeholderInFile",
                                Quote.of(document.source()), diagnostic.line(), diagnostic.wording());
                    }
                }
            }
        }
        if (count > 0) {
            throw new WenshuException(job.path() + "：options.placeholders 为 fail，材料中有 " + count + " 处未填写的占位符，首处 "
                    + first).translatable(job.path(), "placeholdersFail", count, firstFound);
        }
    }
}
