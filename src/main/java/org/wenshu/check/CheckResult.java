package org.wenshu.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code wenshu check} found: the checked files in the order given, and their findings in
 * source order. The check fails when any finding is failing.
 */
public record CheckResult(List<String> files, List<Finding> findings) {
    public CheckResult {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }

    public boolean failed() {
        return findings.stream().anyMatch(Finding::failing);
    }

    public long failingCount() {
        return findings.stream().filter(Finding::failing).count();
    }

    /**
     * This result with every finding's message said in the language of {@code bundle} (from
     * {@link org.wenshu.model.Wording#bundle}), as the formats print it; codes are unchanged.
     */
    public CheckResult in(java.util.ResourceBundle bundle) {
        return new CheckResult(files, findings.stream().map(f -> new Finding(f.file(), new org.wenshu.model.Diagnostic(
                f.diagnostic().severity(), f.code(), f.diagnostic().message(bundle), f.line()), f.failing())).toList());
    }

    /** The findings of each file, every checked file present (a clean one with none). */
    public Map<String, List<Finding>> byFile() {
        Map<String, List<Finding>> grouped = new LinkedHashMap<>();
        files.forEach(file -> grouped.put(file, new ArrayList<>()));
        findings.forEach(f -> grouped.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        grouped.replaceAll((file, list) -> List.copyOf(list));
        return grouped;
    }
}
