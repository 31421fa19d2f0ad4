package org.wenshu.clean;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.wenshu.ingest.HtmlBlocks;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

/**
 * HTML tags and entities left inside a text line (pasted from a web editor): the line is parsed as
 * an HTML fragment and each block in it becomes a line of its own, with the same line number.
 */
final class HtmlMarkupRule implements LineRule {
    private static final Pattern MARKUP = Pattern.compile(
            "</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>|&(nbsp|amp|lt|gt|quot|apos|ldquo|rdquo|mdash|middot|#\\d+|#x[0-9a-fA-F]+);");

    @Override
    public String name() {
        return "html-markup";
    }

    @Override
    public List<SourceLine> rewrite(SourceLine line, Consumer<Diagnostic> report) {
        if (!MARKUP.matcher(line.text()).find()) {
            return List.of(line);
        }
        List<SourceLine> blocks = HtmlBlocks.of(Jsoup.parseBodyFragment(line.text()).body(), line.number());
        report.accept(Diagnostic.info("furniture-removed",
                "已删除（" + name() + "）：文字中残留的 HTML 标记，拆为 " + blocks.size() + " 段", line.number()));
        return blocks;
    }
}
