package org.wenshu.check;

/** {@code FILE:LINE: code: message}, one finding a line, as compilers print them (editors jump to the line). */
final class TextFindings implements FindingsFormat {
    @Override
    public String name() {
        return "text";
    }

    @Override
    public String write(CheckResult result) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : result.findings()) {
            out.append(finding.location()).append(": ").append(finding.code()).append(": ")
                    .append(oneLine(finding.message())).append('\n');
        }
        return out.toString();
    }

    static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
