package org.wenshu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.lang3.Validate;
import org.wenshu.assemble.Assembler;
import org.wenshu.assemble.DuplicateDetector;
import org.wenshu.assemble.JobFile;
import org.wenshu.assemble.JobFileReader;
import org.wenshu.assemble.ReportKind;
import org.wenshu.assemble.ReportKinds;
import org.wenshu.clean.Cleaner;
import org.wenshu.ingest.Ingest;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Report;
import org.wenshu.model.Quote;
import org.wenshu.model.WenshuException;
import org.wenshu.parse.DocumentParser;
import org.wenshu.render.OutputFormat;
import org.wenshu.render.OutputFormats;
import org.wenshu.render.OutputWriter;
import org.wenshu.render.RenderedDocument;

/**
 * The entry point of wenshu as a library: read sources into the section model, assemble reports,
 * render them as PDF, DOCX or HTML (or a format of one's own: {@link Builder#output}).
 *
 * <pre>{@code
 * Wenshu wenshu = Wenshu.builder().createdAt(Instant.parse("2026-01-01T00:00:00Z")).build();
 * List<Document> documents = wenshu.parse(upload, "总结.docx");
 * Report report = wenshu.assemble(wenshu.readJob(Path.of("jobs/汇编.yaml")));
 * wenshu.render(Report.of(documents.get(0)), "pdf", response);
 * }</pre>
 *
 * <p>A built instance is immutable and safe to share between threads; fonts are looked up and
 * templates loaded once per instance, on first use. Nothing is printed and nothing exits: a mistake
 * in the input is a {@link WenshuException} whose one-line message names the file (and line), as the
 * command line prints it; a {@code null} or invalid argument is a {@link NullPointerException} or
 * {@link IllegalArgumentException}.
 */
public final class Wenshu {
    private final Ingest ingest;
    private final Cleaner cleaner;
    private final DocumentParser parser;
    private final ReportKinds kinds;
    private final String template;
    private final Instant created;
    private final Rendering rendering;
    /** Writers added to the standard formats; the registry is made when asked, so parsing alone loads no writer. */
    private final List<OutputWriter> extraWriters;

    private Wenshu(Builder builder) {
        this.ingest = Ingest.standard();
        this.cleaner = Cleaner.standard();
        this.parser = new DocumentParser();
        this.kinds = ReportKinds.standard();
        this.template = builder.template;
        this.created = builder.created;
        this.extraWriters = List.copyOf(builder.writers);
        if (!extraWriters.isEmpty()) {
            outputFormats(); // a clash of names is the builder's error, not the first render's
        }
        this.rendering = builder.forRendering
                ? new Rendering(builder.templateDirectory, builder.fonts, builder.settings) : null;
    }

    /** The standard pipeline for reading and assembling (the command line's): parses, never renders. */
    public static Wenshu standard() {
        Builder builder = new Builder();
        builder.forRendering = false;
        return builder.build();
    }

    /** A builder for an instance that can also render; every setting is optional. */
    public static Builder builder() {
        return new Builder();
    }

    /** Settings of a {@link Wenshu}: template, fonts, template settings and the timestamp of outputs. */
    public static final class Builder {
        private String template;
        private Path templateDirectory = Path.of("");
        private final Map<String, String> fonts = new LinkedHashMap<>();
        private final Map<String, String> settings = new LinkedHashMap<>();
        private Instant created;
        private boolean forRendering = true;
        private final List<OutputWriter> writers = new ArrayList<>();

        private Builder() {
        }

        /**
         * The template every report is rendered with: a built-in name ({@code document},
         * {@code compilation}) or a template folder. Default: the one the report's kind names.
         */
        public Builder template(String nameOrFolder) {
            this.template = Validate.notBlank(nameOrFolder, "template must not be blank");
            return this;
        }

        /** The folder relative template folders are found in (default: the working directory). */
        public Builder templateDirectory(Path directory) {
            this.templateDirectory = Validate.notNull(directory, "directory must not be null");
            return this;
        }

        /** A font file for a role ({@code body}, {@code heading1}, …) or face ({@code fangsong}, …), as {@code --font}. */
        public Builder font(String roleOrFace, Path file) {
            Validate.notBlank(roleOrFace, "roleOrFace must not be blank");
            Validate.notNull(file, "file must not be null");
            fonts.put(roleOrFace, file.toString());
            return this;
        }

        /** A template setting, as {@code --set key=value} ({@code toc=true}). */
        public Builder set(String key, String value) {
            Validate.notBlank(key, "key must not be blank");
            Validate.notNull(value, "value must not be null");
            settings.put(key, value);
            return this;
        }

        /**
         * The creation time stamped into every output. Fixed, equal inputs give byte-identical
         * outputs; default: the time of each render.
         */
        public Builder createdAt(Instant instant) {
            this.created = Validate.notNull(instant, "instant must not be null");
            return this;
        }

        /**
         * One more output format beside PDF, DOCX and HTML: {@code render} and job files'
         * {@code outputs:} then take its name. Its name must not be one already registered.
         */
        public Builder output(OutputWriter writer) {
            Validate.notNull(writer, "writer must not be null");
            writers.add(writer);
            return this;
        }

        /** The instance; it renders with these settings from any number of threads. */
        public Wenshu build() {
            return new Wenshu(this);
        }
    }

    /** The documents in one source file (several for a compilation). */
    public List<Document> parse(Path path) {
        Validate.notNull(path, "path must not be null");
        return parse(ingest.read(path));
    }

    /**
     * The documents in a source read from {@code in} (not closed); {@code name} stands for the file
     * in messages and decides the format where the content does not ({@code 总结.txt}, {@code 通知.docx}).
     */
    public List<Document> parse(InputStream in, String name) {
        Validate.notNull(in, "in must not be null");
        Validate.notBlank(name, "name must not be blank");
        return parse(ingest.read(Path.of(name), readAll(in, name)));
    }

    /** The documents in source text already read (the lines are cleaned first). */
    public List<Document> parse(SourceText text) {
        Validate.notNull(text, "text must not be null");
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
        return parseAll(paths, worker, null, path -> { });
    }

    /**
     * Parses every file, each on {@code worker} under its limits, and tells {@code read} of each file
     * when it is done (read or failed), for progress; one bad file does not stop the others.
     */
    public Batch parseAll(List<Path> paths, DocumentWorker worker, Consumer<Path> read) {
        return parseAll(paths, worker, null, read);
    }

    /**
     * Standard input as a source, as the command line names it with {@code -} ({@link #STANDARD_INPUT}):
     * the stream and its format (a file extension of {@link Ingest#FORMATS}, or null to tell it from
     * the content). Its documents and messages name it {@code -}.
     */
    public record StandardInput(InputStream in, String format) {
        public StandardInput {
            Validate.notNull(in, "in must not be null");
            Validate.isTrue(format == null || Ingest.FORMATS.contains(format), "unknown format: %s", format);
        }
    }

    /** The path that stands for standard input in {@link #parseAll(List, DocumentWorker, StandardInput, Consumer)}. */
    public static final Path STANDARD_INPUT = Path.of("-");

    /**
     * As {@link #parseAll(List, DocumentWorker, Consumer)}; a path {@code -} is read from
     * {@code standardInput} when one is given (null: none; the stream is read to its end).
     */
    public Batch parseAll(List<Path> paths, DocumentWorker worker, StandardInput standardInput, Consumer<Path> read) {
        Validate.noNullElements(paths, "paths must not hold null");
        Validate.notNull(read, "read must not be null");
        List<Document> documents = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        // several files: each one's duplicate-check grams are made as soon as it is parsed, on its thread
        Function<List<Document>, DuplicateDetector.Parsed> then = DuplicateDetector.Parsed.forFiles(paths.size());
        DuplicateDetector.MadeAhead grams = new DuplicateDetector.MadeAhead();
        // the files are read side by side, one per core; their documents are taken in input order
        try (AheadPool ahead = AheadPool.forThisMachine()) {
            List<AheadPool.Pending<DuplicateDetector.Parsed>> reading = new ArrayList<>();
            for (Path path : paths) {
                if (standardInput != null && path.equals(STANDARD_INPUT)) {
                    reading.add(ahead.submit(Long.MAX_VALUE, () -> worker.run(path.toString(),
                            () -> then.apply(parse(ingest.readAs(path, standardInput.format(), readAll(standardInput.in(), path.toString())))))));
                } else {
                    reading.add(parseAhead(path, worker, ahead, then));
                }
            }
            for (int i = 0; i < paths.size(); i++) {
                try {
                    documents.addAll(grams.take(reading.get(i).get()));
                } catch (WenshuException e) {
                    failures.add(new Failure(paths.get(i), e));
                }
                read.accept(paths.get(i));
            }
        }
        return new Batch(new DuplicateDetector().mark(documents, grams), failures);
    }

    /**
     * {@code then} made of the documents in {@code path}, parsed on {@code ahead} as soon as a core
     * is free, under {@code worker}'s limits (a hostile file is one line naming it, not a crash);
     * {@code then} runs on the same thread and under the same limits, as soon as they are parsed.
     */
    public <T> AheadPool.Pending<T> parseAhead(Path path, DocumentWorker worker, AheadPool ahead, Function<List<Document>, T> then) {
        return ahead.submit(parseHeap(path), () -> worker.run(path.toString(), () -> then.apply(parse(path))));
    }

    /**
     * The heap reading and parsing {@code path} holds, generously: 16 bytes a byte of the file (the
     * 21 reports in one 1.1 MB file parse in a 16 MB heap); standard input, of unknown size, is read alone.
     */
    private static long parseHeap(Path path) {
        try {
            return Math.max(1, java.nio.file.Files.size(path)) * 16;
        } catch (IOException | RuntimeException e) {
            return 1; // the read itself says what is wrong with the file
        }
    }

    /** At most one byte more than a source may have, so that too large a stream is refused by its size. */
    private static byte[] readAll(InputStream in, String name) {
        try {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Ingest.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new WenshuException(name + "：无法读取（" + e.getMessage() + "）", e).translatable(name, "unreadable", e.getMessage());
        }
    }

    /** Reads and checks a job file (YAML), as {@code wenshu build} does; relative paths are the file's. */
    public JobFile readJob(Path path) {
        Validate.notNull(path, "path must not be null");
        return new JobFileReader(kinds.names(), kinds.planKinds(), outputFormats().names()).read(path);
    }

    /**
     * The report a job asks for (read with {@link #readJob} or made in code as a {@link JobFile}).
     * A source that cannot be read is a {@link WenshuException} naming it, as {@code build} refuses
     * to write a report with a source missing.
     */
    public Report assemble(JobFile job) {
        Validate.notNull(job, "job must not be null");
        Assembler.Assembly assembly = new Assembler(this::parse, kinds).assemble(job);
        if (!assembly.failures().isEmpty()) {
            Assembler.Failure first = assembly.failures().get(0);
            WenshuException error = new WenshuException(first.error().getMessage()
                    + (assembly.failures().size() > 1 ? "（另有 " + (assembly.failures().size() - 1) + " 份材料无法读取）" : ""),
                    first.error());
            throw assembly.failures().size() > 1 ? error.translatable(null, "moreUnreadable", Quote.of(first.path().toString()),
                    first.error().reason(), assembly.failures().size() - 1) : error.keyedAs(first.error(), first.error().subject().orElse(null));
        }
        return assembly.report();
    }

    /** What rendering noticed: the PDF's page count (0 when no PDF was laid out) and diagnostics such as missing glyphs. */
    public record Rendered(int pages, List<Diagnostic> diagnostics) {
        public Rendered {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The output formats this instance writes: PDF, DOCX, HTML and any added with
     * {@link Builder#output}, each with its name, file extension and media type.
     */
    public OutputFormats outputFormats() {
        OutputFormats formats = OutputFormats.standard();
        for (OutputWriter writer : extraWriters) {
            formats = formats.with(writer);
        }
        return formats;
    }

    /**
     * Renders {@code report} as {@code format} (a name of {@link #outputFormats()}: {@code pdf},
     * {@code docx}, {@code html}) to {@code out} (not closed) with the template the builder named,
     * else the one of the report's kind.
     *
     * @throws IllegalArgumentException for a format there is not
     * @throws IllegalStateException on an instance from {@link #standard()}, which does not render
     */
    public Rendered render(Report report, String format, OutputStream out) {
        Validate.notNull(report, "report must not be null");
        Validate.notNull(format, "format must not be null");
        Validate.notNull(out, "out must not be null");
        Validate.validState(rendering != null, "Wenshu.standard() does not render; use Wenshu.builder().build()");
        OutputFormats formats = outputFormats();
        OutputWriter writer = formats.find(format).orElseThrow(() -> new IllegalArgumentException(
                "no output format " + format + " (there are: " + String.join(", ", formats.names()) + ")"));
        String name = template != null ? template
                : kinds.find(report.kind()).map(ReportKind::template).orElse(report.kind());
        Instant stamp = created != null ? created : Instant.ofEpochSecond(Instant.now().getEpochSecond());
        RenderedDocument rendered = rendering.renderer(name).render(report, List.of(writer), stamp);
        try {
            out.write(rendered.outputs().get(writer.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(rendered.pdfPages(), rendered.diagnostics());
    }

    /**
     * Renders {@code report} as {@code format} to {@code out}.
     *
     * @deprecated name the format instead: {@link #render(Report, String, OutputStream)}
     */
    @Deprecated(since = "0.1.0")
    public Rendered render(Report report, OutputFormat format, OutputStream out) {
        Validate.notNull(format, "format must not be null");
        return render(report, format.extension(), out);
    }
}
