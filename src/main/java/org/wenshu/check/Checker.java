package org.wenshu.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wenshu.Wenshu;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Severity;

/**
 * Reads and parses sources without rendering them (no fonts, no layout) and turns their
 * diagnostics into findings. A finding is kept when it fails the check or is a warning; notes of
 * severity info that were not asked for are left out, as they are routine (removed page numbers).
 */
public final class Checker {
    private final Wenshu wenshu;
    private final FailOn failOn;

    public Checker(Wenshu wenshu, FailOn failOn) {
        this.wenshu = wenshu;
        this.failOn = failOn;
    }

    /** Checks source files; a file that cannot be read is a failing finding of its own. */
    public CheckResult checkFiles(List<Path> paths) {
        Wenshu.Batch batch = wenshu.parseAll(paths);
        List<Finding> findings = new ArrayList<>();
        for (Document document : batch.documents()) {
            findings.addAll(findings(document.source(), document.diagnostics()));
        }
        for (Wenshu.Failure failure : batch.failures()) {
            findings.add(new Finding(failure.path().toString(),
                    new Diagnostic(Severity.ERROR, Finding.READ_ERROR, failure.error().getMessage(), 0), true));
        }
        return new CheckResult(paths.stream().map(Path::toString).toList(), sorted(findings));
    }

    List<Finding> findings(String file, List<Diagnostic> diagnostics) {
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            boolean failing = failOn.fails(diagnostic);
            if (failing || diagnostic.severity() != Severity.INFO) {
                findings.add(new Finding(file, diagnostic, failing));
            }
        }
        return findings;
    }

    /** Findings of one file stay together, in line order; files keep the order they were given in. */
    private static List<Finding> sorted(List<Finding> findings) {
        List<String> order = findings.stream().map(Finding::file).distinct().toList();
        List<Finding> result = new ArrayList<>(findings);
        result.sort(java.util.Comparator.<Finding>comparingInt(f -> order.indexOf(f.file()))
                .thenComparingInt(Finding::line));
        return result;
    }
}
