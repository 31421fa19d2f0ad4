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

    /** The findings of each file, every checked file present (a clean one with none). */
    public Map<String, List<Finding>> byFile() {
        Map<String, List<Finding>> grouped = new LinkedHashMap<>();
        files.forEach(file -> grouped.put(file, new ArrayList<>()));
        findings.forEach(f -> grouped.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        grouped.replaceAll((file, list) -> List.copyOf(list));
        return grouped;
    }
}
