package org.wenshu.assemble;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The report kinds a job file can ask for, by name. */
public final class ReportKinds {
    private final Map<String, ReportKind> byName = new LinkedHashMap<>();

    public ReportKinds(List<ReportKind> kinds) {
        for (ReportKind kind : kinds) {
            byName.put(kind.name(), kind);
        }
    }

    /** Every kind wenshu offers. */
    public static ReportKinds standard() {
        return new ReportKinds(List.of(
                new DocumentKind(),
                new CompilationKind(),
                new OutlineKind(),
                new SummaryKind(),
                new BriefingKind(),
                new OfficialKind()));
    }

    public Optional<ReportKind> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The kinds that read a part of the job of their own ({@code summary:}). */
    public Set<String> planKinds() {
        Set<String> names = new java.util.LinkedHashSet<>();
        byName.values().stream().filter(ReportKind::takesPlan).forEach(kind -> names.add(kind.name()));
        return names;
    }

    public Set<String> names() {
        return byName.keySet();
    }
}
