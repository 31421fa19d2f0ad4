package org.wenshu.assemble;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job file as read and checked: which report to build ({@code kind}, or a {@code template} of
 * the user's), its cover metadata, the sources in the order given and what to exclude, the options,
 * the output formats and the output file name. Paths are already resolved against the job file's
 * folder. {@code settings} are template settings, as {@code render --set} gives them; {@code plan} is
 * the kind's own part of the job, under a key named like the kind ({@code summary:}), or null.
 * {@code omits} are the sections left out of single sources ({@code omit:}).
 */
public record JobFile(Path path, String kind, String template, Map<String, String> metadata,
                      List<SourceSpec> sources, List<SourceSpec> excludes, Options options,
                      List<String> outputs, String outputName, Map<String, String> settings, JobValue plan,
                      List<Omit> omits) {

    public JobFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        sources = List.copyOf(sources);
        excludes = List.copyOf(excludes);
        outputs = List.copyOf(outputs);
        settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
        omits = List.copyOf(omits);
    }

    /** A job that leaves no section out. */
    public JobFile(Path path, String kind, String template, Map<String, String> metadata,
                   List<SourceSpec> sources, List<SourceSpec> excludes, Options options,
                   List<String> outputs, String outputName, Map<String, String> settings, JobValue plan) {
        this(path, kind, template, metadata, sources, excludes, options, outputs, outputName, settings, plan, List.of());
    }

    /** This job with other options. */
    public JobFile withOptions(Options other) {
        return new JobFile(path, kind, template, metadata, sources, excludes, other, outputs, outputName, settings, plan, omits);
    }

    /** A job without a part of its own for the kind (every kind but {@code summary}). */
    public JobFile(Path path, String kind, String template, Map<String, String> metadata,
                   List<SourceSpec> sources, List<SourceSpec> excludes, Options options,
                   List<String> outputs, String outputName, Map<String, String> settings) {
        this(path, kind, template, metadata, sources, excludes, options, outputs, outputName, settings, null);
    }

    /** The folder relative paths in the job file are resolved against. */
    public Path folder() {
        return path.getParent() == null ? Path.of("") : path.getParent();
    }

    /** A source or exclude entry as written, with its line in the job file. */
    public record SourceSpec(String pattern, int line) {}

    /**
     * {@code omit:} for one source: the source file as the job names it (relative to the job's
     * folder) and the sections to leave out of it, each a path of steps from the top ({@code 二、},
     * {@code 三、/（一）}, a heading's text), with the line it is on.
     */
    public record Omit(SourceSpec source, List<SourceSpec> sections) {
        public Omit {
            Objects.requireNonNull(source, "source");
            sections = List.copyOf(sections);
        }
    }

    /** What happens to unfilled placeholders (xx, ×××) in the sources. */
    public enum PlaceholderPolicy { WARN, FAIL }

    /**
     * {@code dedupe}: leave later copies of the same article out; {@code restore}: masked words to
     * put back ({@code D员} → {@code 党员}); {@code placeholders}: warn or fail; {@code tocDepth}:
     * the levels the table of contents lists (0: none, 1: document titles, 2: their 一、 headings too;
     * -1: as the kind's template decides).
     */
    public record Options(boolean dedupe, List<MaskedWordRule> restore, PlaceholderPolicy placeholders, int tocDepth) {
        public Options {
            restore = List.copyOf(restore);
            Objects.requireNonNull(placeholders, "placeholders");
        }
    }
}
