package org.wenshu.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Quote;

/**
 * Checks a line of text for what a person preparing a report must fix by hand: unfilled
 * placeholders (xx, XX, ×××, x县, ＿＿) and masked words (D员 for 党员).
 */
final class TextChecks {
    /**
     * A placeholder and, when one follows, the unit it stands before (x县, xx年, xxx名): the unit is
     * part of what is quoted; any other character after it (“xx重点”) is not.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?<![A-Za-z])(?:[xX]{2,}(?:[县市区镇乡村省州旗局委办年月日号名个人家项次件场户所元万亿多余条批支座期天位]|(?![A-Za-z]))"
            + "|[xX][县市区镇乡村省州旗局委办年月日+＋]|(?:[×]{2,}|[＿_]{3,})(?![A-Za-z])|[○〇]{2,}[县市区镇乡村省年])");
    private static final Pattern MASKED = Pattern.compile(
            "(?<![A-Za-z0-9])D(?=[员课组支的日建委风政性内章务费纪规旗徽史代群工校龄])");
    private static final int MAX_EXAMPLES = 3;
    /** The characters a placeholder is made of: where none occurs, the pattern cannot match. */
    private static final String PLACEHOLDER_CHARS = "xX×＿_○〇";

    private TextChecks() {}

    static void check(String text, int line, Consumer<Diagnostic> report) {
        // the regexes test a look-behind at every position: skip them where they cannot match
        Set<String> placeholders = !containsAny(text, PLACEHOLDER_CHARS) ? Set.of() : matches(PLACEHOLDER, text, 0);
        if (!placeholders.isEmpty()) {
            report.accept(Diagnostic.warning("placeholder", line,
                    "placeholder", Quote.all(List.copyOf(placeholders))));
        }
        Set<String> masked = text.indexOf('D') < 0 ? Set.of() : matches(MASKED, text, 1);
        if (!masked.isEmpty()) {
            report.accept(Diagnostic.warning("masked-word", line,
                    "maskedWord", Quote.all(List.copyOf(masked)), Quote.of("党")));
        }
    }

    /**
     * Whether any of {@code chars} occurs in {@code text}: one {@link String#indexOf(int)} each (a
     * vectorised scan) is several times faster on a long paragraph than one loop testing every
     * character against the set, and every paragraph of every document is checked.
     */
    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Up to three distinct matches, each with {@code context} characters after it. */
    private static Set<String> matches(Pattern pattern, String text, int context) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find() && found.size() < MAX_EXAMPLES) {
            int end = Math.min(text.length(), matcher.end() + context);
            found.add(text.substring(matcher.start(), end));
        }
        return found;
    }
}
