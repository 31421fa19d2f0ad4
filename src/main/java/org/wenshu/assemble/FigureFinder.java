package org.wenshu.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;
import org.wenshu.model.SourceStatistics;

/**
 * Counts each source (sections, characters) and finds the figures the material taken into the
 * report quotes: a number with its
 * measure word or unit (发现问题193个, 87人次, 1.2亿元, 76.5%), not an ordinal (第3次), a year or a date.
 */
final class FigureFinder {
    /** Measure words and units, longer ones first so 万人次 wins over 万. */
    private static final String UNITS = "万亿元|亿元|万元|千元|元|万人次|人次|万人|人|万户|户次|户|个百分点|百分点|个|项|次|场|家|条|件|名|篇|所|座|处"
            + "|亩|公顷|吨|万吨|平方公里|公里|千米|米|%|％|‰|倍|批|期|天|小时|台|套|辆|份|部|起|宗|笔|支|张|本|册|幅|轮|门|栋|间|万|亿";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![0-9.．第])([0-9]+(?:[.．][0-9]+)?(?:余|多)?(?:" + UNITS + "))");

    SourceStatistics statistics(List<Document> documents, Function<Document, String> unitOf,
                                List<SentenceRepeats.Piece> taken) {
        List<SourceStatistics.Source> sources = new ArrayList<>();
        List<SourceStatistics.Figure> figures = new ArrayList<>();
        for (Document document : documents) {
            String unit = unitOf.apply(document);
            List<Paragraph> paragraphs = new ArrayList<>(document.preamble());
            int[] sections = {0};
            int[] characters = {count(document.title())};
            collect(document.sections(), paragraphs, sections, characters);
            for (Paragraph paragraph : paragraphs) {
                characters[0] += count(paragraph.text());
            }
            sources.add(new SourceStatistics.Source(document.source(), unit, sections[0], characters[0]));
        }
        for (SentenceRepeats.Piece piece : taken) {
            for (Paragraph paragraph : piece.paragraphs()) {
                if (paragraph.isTable()) {
                    continue;
                }
                for (String sentence : paragraph.text().split("(?<=[。！？；!?;])")) {
                    Matcher matcher = FIGURE.matcher(sentence);
                    while (matcher.find()) {
                        figures.add(new SourceStatistics.Figure(matcher.group(1), sentence.strip(), piece.unit(),
                                piece.source().source(), paragraph.line()));
                    }
                }
            }
        }
        return new SourceStatistics(sources, figures);
    }

    private static void collect(List<Section> list, List<Paragraph> into, int[] sections, int[] characters) {
        for (Section section : list) {
            sections[0]++;
            characters[0] += count(section.heading());
            into.addAll(section.paragraphs());
            collect(section.sections(), into, sections, characters);
        }
    }

    private static int count(String text) {
        return text == null ? 0 : (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }
}
