package org.wenshu.check;

/**
 * GitHub Actions workflow commands ({@code ::warning file=F,line=N,title=CODE::MESSAGE}), which
 * the pull request shows on the lines they name. Failing findings are warnings, or errors for
 * files that could not be read; the others are notices.
 */
final class GithubFindings implements FindingsFormat {
    @Override
    public String name() {
        return "github";
    }

    @Override
    public String write(CheckResult result) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : result.findings()) {
            String command = finding.code().equals(Finding.READ_ERROR) ? "error" : finding.failing() ? "warning" : "notice";
            out.append("::").append(command).append(" file=").append(property(finding.file()));
            if (finding.line() > 0) {
                out.append(",line=").append(finding.line());
            }
            out.append(",title=").append(property("wenshu " + finding.code()))
                    .append("::").append(data(finding.message())).append('\n');
        }
        return out.toString();
    }

    /** The escaping GitHub's runner undoes in a command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping of a command's properties, where {@code :} and {@code ,} are separators. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
