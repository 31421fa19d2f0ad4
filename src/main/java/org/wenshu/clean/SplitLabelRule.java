package org.wenshu.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

/** A metadata label alone on its line (来源：, 发表时间：) is joined with the value on the next line. */
final class SplitLabelRule implements CleaningRule {
    private static final Pattern LABEL = Pattern.compile(
            "^(来源|发布时间|发表时间|发布日期|时间|日期|作者|编辑|责任编辑|责编|供稿|信息来源)[:：]$");

    @Override
    public String name() {
        return "split-label";
    }

    @Override
    public List<SourceLine> apply(List<SourceLine> lines, Consumer<Diagnostic> report) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (LABEL.matcher(line.text()).matches() && i + 1 < lines.size()
                    && !lines.get(i + 1).text().isEmpty() && lines.get(i + 1).text().length() <= 40) {
                out.add(line.withText(line.text() + lines.get(i + 1).text()));
                i++;
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
