package org.wenshu.check;

import java.util.List;
import java.util.Map;

/**
 * JUnit XML, which GitLab (artifacts:reports:junit) and Jenkins (junit step) show as test
 * results: a test suite per checked file, a test case per finding (failed when the finding fails
 * the check, an error when the file could not be read), and one passing case for a clean file.
 */
final class JunitFindings implements FindingsFormat {
    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String write(CheckResult result) {
        Map<String, List<Finding>> byFile = result.byFile();
        int tests = 0;
        long failures = 0;
        long errors = 0;
        StringBuilder suites = new StringBuilder();
        for (Map.Entry<String, List<Finding>> entry : byFile.entrySet()) {
            String file = entry.getKey();
            List<Finding> findings = entry.getValue();
            long fileErrors = findings.stream().filter(f -> f.code().equals(Finding.READ_ERROR)).count();
            long fileFailures = findings.stream().filter(Finding::failing).count() - fileErrors;
            int fileTests = Math.max(1, findings.size());
            tests += fileTests;
            failures += fileFailures;
            errors += fileErrors;
            suites.append("  <testsuite name=\"").append(attribute(file)).append("\" tests=\"").append(fileTests)
                    .append("\" failures=\"").append(fileFailures).append("\" errors=\"").append(fileErrors)
                    .append("\">\n");
            if (findings.isEmpty()) {
                suites.append("    <testcase classname=\"").append(attribute(file)).append("\" name=\"")
                        .append(attribute(file)).append("\"/>\n");
            }
            for (Finding finding : findings) {
                suites.append("    <testcase classname=\"").append(attribute(file)).append("\" name=\"")
                        .append(attribute(finding.location() + " " + finding.code())).append('"');
                if (!finding.failing()) {
                    suites.append(">\n      <system-out>").append(text(finding.message()))
                            .append("</system-out>\n    </testcase>\n");
                    continue;
                }
                String element = finding.code().equals(Finding.READ_ERROR) ? "error" : "failure";
                suites.append(">\n      <").append(element).append(" type=\"").append(attribute(finding.code()))
                        .append("\" message=\"").append(attribute(finding.message())).append("\">")
                        .append(text(finding.location() + ": " + finding.code() + ": " + finding.message()))
                        .append("</").append(element).append(">\n    </testcase>\n");
            }
            suites.append("  </testsuite>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"wenshu check\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"" + errors + "\">\n" + suites + "</testsuites>\n";
    }

    /** Text content: XML escapes, and the characters XML 1.0 does not allow left out. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    static String attribute(String value) {
        return text(value).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }
}
