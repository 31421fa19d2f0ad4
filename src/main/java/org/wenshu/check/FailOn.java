package org.wenshu.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Severity;

/**
 * Which diagnostics make {@code wenshu check} fail: named codes, groups of codes, or (the default)
 * every warning. Codes are the stable kebab-case words of the diagnostics; a group names several.
 */
public record FailOn(Set<String> codes, boolean allWarnings) {
    /** Every diagnostic of severity warning or error. */
    public static final String WARNINGS = "warnings";

    /** Names that stand for several codes: text the cleaning removed from the source. */
    private static final Map<String, Set<String>> GROUPS = Map.of(
            "removed-text", Set.of("furniture-removed", "control-character"));

    /** The codes and groups most worth gating on (shell completion); any kebab-case code is accepted. */
    public static final List<String> SUGGESTED = List.of(WARNINGS, "placeholder", "masked-word", "numbering-gap",
            "numbering-order", "duplicate-source", "removed-text", "missing-title", "encoding-repaired");

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public FailOn {
        codes = Set.copyOf(codes);
    }

    /** The default: fail on every warning (and on files that cannot be read). */
    public static FailOn warnings() {
        return new FailOn(Set.of(), true);
    }

    /**
     * The selection the user named: codes, group names and {@code warnings}.
     *
     * @throws IllegalArgumentException for a name that is not a kebab-case code
     */
    public static FailOn of(List<String> names) {
        Set<String> codes = new LinkedHashSet<>();
        boolean warnings = false;
        for (String raw : names) {
            String name = raw.strip();
            if (name.equals(WARNINGS)) {
                warnings = true;
            } else if (GROUPS.containsKey(name)) {
                codes.addAll(GROUPS.get(name));
            } else if (CODE.matcher(name).matches()) {
                codes.add(name);
            } else {
                throw new IllegalArgumentException(name);
            }
        }
        return new FailOn(codes, warnings);
    }

    /** This selection and {@code code} as well. */
    public FailOn with(String code) {
        Set<String> more = new LinkedHashSet<>(codes);
        more.add(code);
        return new FailOn(more, allWarnings);
    }

    public boolean fails(Diagnostic diagnostic) {
        if (diagnostic.code().equals(Finding.READ_ERROR)) {
            return true;
        }
        return codes.contains(diagnostic.code())
                || allWarnings && diagnostic.severity() != Severity.INFO;
    }
}
