package org.wenshu.clean;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

/**
 * Photo captions left by a page's pictures: "…作政府工作报告。本报记者 戴冰摄", and the credit-less
 * kind a speech page puts under its photo, a short line of its own: "张工作政府工作报告。".
 */
final class PhotoCaptionRule implements LineRule {
    private static final Pattern CAPTION = Pattern.compile(
            "^.{0,80}(本报(全媒体)?记者|新华社记者|记者|通讯员)\\s?[\\p{IsHan} ·]{2,8}\\s?摄$");

    private static final Pattern SPEECH_CAPTION = Pattern.compile("^[^，。；：]{2,40}作(政府)?工作报告。$");

    @Override
    public String name() {
        return "photo-caption";
    }

    @Override
    public List<SourceLine> rewrite(SourceLine line, Consumer<Diagnostic> report) {
        if (line.text().length() <= 100 && (CAPTION.matcher(line.text()).matches()
                || SPEECH_CAPTION.matcher(line.text()).matches())) {
            report.accept(removed(line.text(), line.number()));
            return List.of();
        }
        return List.of(line);
    }
}
