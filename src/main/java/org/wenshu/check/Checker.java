package org.wenshu.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.wenshu.DocumentWorker;
import org.wenshu.Wenshu;
import org.wenshu.assemble.Assembler;
import org.wenshu.assemble.JobFile;
import org.wenshu.assemble.JobFileReader;
import org.wenshu.assemble.ReportKinds;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Report;
import org.wenshu.model.Severity;
import org.wenshu.model.WenshuException;

/**
 * Reads and parses sources, or assembles a job file's report, without rendering (no fonts, no
 * layout) and turns their diagnostics into findings. A finding is kept when it fails the check or
 * is a warning; notes of severity info that were not asked for are left out, as they are routine
 * (removed page numbers).
 */
public final class Checker {
    private final Wenshu wenshu;
    private final FailOn failOn;
    /** The output formats a job may name; null: the instance's. */
    private final List<String> outputFormats;
    private final Consumer<Path> read;

    public Checker(Wenshu wenshu, FailOn failOn) {
        this(wenshu, failOn, null);
    }

    /** A checker that accepts jobs naming {@code outputFormats} (the command line's registry). */
    public Checker(Wenshu wenshu, FailOn failOn, List<String> outputFormats) {
        this(wenshu, failOn, outputFormats, path -> { });
    }

    /** ... and tells {@code read} of every source file once it is read (or failed), for progress. */
    public Checker(Wenshu wenshu, FailOn failOn, List<String> outputFormats, Consumer<Path> read) {
        this.read = read;
        this.wenshu = wenshu;
        this.failOn = failOn;
        this.outputFormats = outputFormats == null ? null : List.copyOf(outputFormats);
    }

    /** Whether {@code path} names a job file (YAML) rather than a source. */
    public static boolean isJobFile(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Checks job files (assembled as {@code build} would) and source files (parsed as {@code parse} would). */
    public CheckResult check(List<Path> paths) {
        return check(paths, null);
    }

    /** As {@link #check(List)}; a path {@code -} is read from {@code standardInput} when one is given. */
    public CheckResult check(List<Path> paths, Wenshu.StandardInput standardInput) {
        List<Path> sources = paths.stream().filter(p -> !isJobFile(p)).toList();
        List<String> files = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        if (!sources.isEmpty()) {
            CheckResult result = checkFiles(sources, standardInput);
            files.addAll(result.files());
            findings.addAll(result.findings());
        }
        for (Path job : paths.stream().filter(Checker::isJobFile).toList()) {
            CheckResult result = checkJob(job);
            files.addAll(result.files());
            findings.addAll(result.findings());
        }
        return new CheckResult(files.stream().distinct().toList(), findings);
    }

    /** Checks source files; a file that cannot be read is a failing finding of its own. */
    public CheckResult checkFiles(List<Path> paths) {
        return checkFiles(paths, null);
    }

    /** As {@link #checkFiles(List)}; a path {@code -} is read from {@code standardInput} when one is given. */
    public CheckResult checkFiles(List<Path> paths, Wenshu.StandardInput standardInput) {
        Wenshu.Batch batch = wenshu.parseAll(paths, DocumentWorker.standard(), standardInput, read);
        List<Finding> findings = new ArrayList<>();
        for (Document document : batch.documents()) {
            findings.addAll(findings(failOn, document.source(), document.diagnostics()));
        }
        for (Wenshu.Failure failure : batch.failures()) {
            findings.add(readError(failure.path().toString(), failure.error()));
        }
        return new CheckResult(paths.stream().map(Path::toString).toList(), sorted(findings));
    }

    /**
     * Assembles the report of a job file and checks its parts and what assembling noticed (duplicates
     * left out). Masked words the job restores are no longer findings. A job whose
     * {@code placeholders} option is {@code fail} fails on placeholders whatever {@code --fail-on}
     * says; they are all listed rather than only the first. A job file that cannot be read or
     * assembled is one failing finding on it.
     */
    public CheckResult checkJob(Path job) {
        ReportKinds kinds = ReportKinds.standard();
        List<String> formats = outputFormats != null ? outputFormats : wenshu.outputFormats().names();
        List<Finding> findings = new ArrayList<>();
        Set<String> files = new LinkedHashSet<>();
        files.add(job.toString());
        try {
            JobFile read = new JobFileReader(kinds.names(), kinds.planKinds(), formats).read(job);
            FailOn selection = failOn;
            JobFile lenient = read;
            if (read.options().placeholders() == JobFile.PlaceholderPolicy.FAIL) {
                selection = failOn.with("placeholder");
                JobFile.Options options = read.options();
                lenient = read.withOptions(new JobFile.Options(options.dedupe(), options.restore(),
                        JobFile.PlaceholderPolicy.WARN, options.tocDepth()));
            }
            Assembler.Assembly assembly = new Assembler(path -> {
                try {
                    return wenshu.parse(path);
                } finally {
                    this.read.accept(path);
                }
            }, kinds).assemble(lenient);
            Report report = assembly.report();
            for (Document part : report.parts()) {
                files.add(part.source());
                findings.addAll(findings(selection, part.source(), part.diagnostics()));
            }
            findings.addAll(findings(selection, job.toString(), report.diagnostics()));
            for (Assembler.Failure failure : assembly.failures()) {
                files.add(failure.path().toString());
                findings.add(readError(failure.path().toString(), failure.error()));
            }
        } catch (WenshuException e) {
            findings.add(readError(job.toString(), e));
        }
        return new CheckResult(List.copyOf(files), sorted(findings));
    }

    private static Finding readError(String file, WenshuException error) {
        return new Finding(file, new Diagnostic(Severity.ERROR, Finding.READ_ERROR, error.reason(), 0), true);
    }

    private static List<Finding> findings(FailOn selection, String file, List<Diagnostic> diagnostics) {
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            boolean failing = selection.fails(diagnostic);
            if (failing || diagnostic.severity() != Severity.INFO) {
                findings.add(new Finding(file, diagnostic, failing));
            }
        }
        return findings;
    }

    /** Findings of one file stay together, in line order; files keep the order they first came in. */
    private static List<Finding> sorted(List<Finding> findings) {
        List<String> order = findings.stream().map(Finding::file).distinct().toList();
        List<Finding> result = new ArrayList<>(findings);
        result.sort(Comparator.<Finding>comparingInt(f -> order.indexOf(f.file())).thenComparingInt(Finding::line));
        return result;
    }
}
