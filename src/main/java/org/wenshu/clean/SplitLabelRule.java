package org.wenshu.clean;

import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

/** A metadata label alone on its line (来源：, 发表时间：) is joined with the value on the next line. */
final class SplitLabelRule extends JoinRule {
    private static final Pattern LABEL = Pattern.compile(
            "^(来源|发布时间|发表时间|发布日期|时间|日期|作者|编辑|责任编辑|责编|供稿|信息来源)[:：]$");

    @Override
    public String name() {
        return "split-label";
    }

    @Override
    boolean joins(String line, String next) {
        return LABEL.matcher(line).matches() && next.length() <= 40;
    }

    @Override
    Diagnostic report(SourceLine line) {
        return null; // nothing is removed: label and value are one field split by the page
    }
}
