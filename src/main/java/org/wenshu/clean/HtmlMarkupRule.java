package org.wenshu.clean;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.wenshu.ingest.HtmlBlocks;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Quote;
import org.wenshu.model.Wording;
import org.wenshu.model.SourceLine;

/**
 * HTML tags and entities left inside a text line (pasted from a web editor): the line is parsed as
 * an HTML fragment and each block in it becomes a line of its own, with the same line number.
 */
final class HtmlMarkupRule implements LineRule {
    /**
     * Only the presentational tags web editors leave behind count as markup: "<script>" or
     * "<标签>" written in a sentence is text and stays.
     */
    private static final Pattern MARKUP = Pattern.compile(
            "(?i)</?(div|span|p|br|font|b|strong|i|em|u|a|img|section|article|table|tbody|thead|tr|td|th|ul|ol|li|"
                    + "h[1-6]|center|blockquote|sup|sub|hr)(\\s[^<>]*)?/?>"
                    + "|&(nbsp|amp|lt|gt|quot|apos|ldquo|rdquo|mdash|middot|#\\d+|#x[0-9a-fA-F]+);");

    private static final Pattern OTHER_TAG = Pattern.compile(
            "(?i)</?(?!(div|span|p|br|font|b|strong|i|em|u|a|img|section|article|table|tbody|thead|tr|td|th|ul|ol|li|"
                    + "h[1-6]|center|blockquote|sup|sub|hr)[\\s/>])[a-zA-Z][^<>]*>");

    /** How many distinct tags a removal message names before it counts the rest. */
    private static final int NAMED = 6;

    @Override
    public String name() {
        return "html-markup";
    }

    @Override
    public List<SourceLine> rewrite(SourceLine line, Consumer<Diagnostic> report) {
        // every match starts with '<' or '&': most lines have neither, and are not scanned by the pattern
        if ((line.text().indexOf('<') < 0 && line.text().indexOf('&') < 0) || !MARKUP.matcher(line.text()).find()) {
            return List.of(line);
        }
        // tags outside the list above are text: escape them so jsoup keeps them as written
        String html = OTHER_TAG.matcher(line.text()).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group().replace("<", "&lt;")));
        List<SourceLine> blocks = HtmlBlocks.of(Jsoup.parseBodyFragment(html).body(), line.number());
        report.accept(Diagnostic.info("furniture-removed", line.number(), "removed", name(),
                Wording.of("markupSplit", blocks.size(), removed(line.text()))));
        return blocks;
    }

    /**
     * The markup the rule removes, named so the user can see what went: the distinct tags and
     * entities, as {@code （<font>、<span>、&nbsp;）}, the first {@value #NAMED} of them and a count of the rest.
     */
    private static Wording removed(String text) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = MARKUP.matcher(text);
        while (m.find()) {
            names.add(m.group(1) != null ? "<" + m.group(1).toLowerCase(java.util.Locale.ROOT) + ">"
                    : "&" + m.group(3) + ";");
        }
        List<Quote> shown = names.stream().limit(NAMED).map(Quote::of).toList();
        return names.size() > NAMED ? Wording.of("markupNamesMore", shown, names.size()) : Wording.of("markupNames", shown);
    }
}
