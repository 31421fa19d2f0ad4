package org.wenshu.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Wording;
import org.wenshu.model.Quote;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;

/**
 * Puts masked words back by the job's rules ({@code D员} → {@code 党员}) in titles, headings,
 * paragraphs and table cells. Each line where a word was put back gets a {@code masked-word-restored}
 * note saying what and how often (line 0 for the title block), and a {@code masked-word} warning is
 * dropped when none of the masked words it quotes is left in the document.
 */
final class MaskedWordRestorer {

    private final List<MaskedWordRule> rules;

    MaskedWordRestorer(List<MaskedWordRule> rules) {
        this.rules = List.copyOf(rules);
    }

    Document restore(Document document) {
        if (rules.isEmpty()) {
            return document;
        }
        Changes changes = new Changes();
        String title = changes.apply(document.title(), 0);
        String kicker = document.kicker() == null ? null : changes.apply(document.kicker(), 0);
        String subtitle = document.subtitle() == null ? null : changes.apply(document.subtitle(), 0);
        List<Paragraph> preamble = paragraphs(document.preamble(), changes);
        List<Section> sections = sections(document.sections(), changes);
        if (changes.byLine.isEmpty()) {
            return document;
        }
        String restored = allText(title, kicker, subtitle, preamble, sections);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic diagnostic : document.diagnostics()) {
            if (!(diagnostic.code().equals("masked-word") && isFixed(diagnostic, restored))) {
                diagnostics.add(diagnostic);
            }
        }
        changes.byLine.forEach((line, counts) -> {
            List<Wording> said = new ArrayList<>();
            counts.forEach((rule, count) -> said.add(count > 1
                    ? Wording.of("restoredWordTimes", Quote.of(rule.masked()), Quote.of(rule.word()), count)
                    : Wording.of("restoredWord", Quote.of(rule.masked()), Quote.of(rule.word()))));
            diagnostics.add(Diagnostic.info("masked-word-restored", line, "maskedWordRestored", said));
        });
        return new Document(document.source(), title, kicker, subtitle, document.meta(), preamble, sections, diagnostics);
    }

    /** A warning quotes its finds (D员); it is settled when none of them is left. */
    private static boolean isFixed(Diagnostic diagnostic, String restored) {
        boolean any = false;
        for (String found : diagnostic.wording().quoted()) {
            if (found.length() >= 2) {
                any = true;
                if (restored.contains(found)) {
                    return false;
                }
            }
        }
        return any;
    }

    private static String allText(String title, String kicker, String subtitle, List<Paragraph> preamble,
                                  List<Section> sections) {
        StringBuilder text = new StringBuilder().append(title).append('\n').append(kicker).append('\n')
                .append(subtitle).append('\n');
        appendParagraphs(preamble, text);
        appendSections(sections, text);
        return text.toString();
    }

    private static void appendSections(List<Section> sections, StringBuilder text) {
        for (Section section : sections) {
            text.append(section.heading()).append('\n');
            appendParagraphs(section.paragraphs(), text);
            appendSections(section.sections(), text);
        }
    }

    private static void appendParagraphs(List<Paragraph> paragraphs, StringBuilder text) {
        for (Paragraph paragraph : paragraphs) {
            text.append(paragraph.text()).append('\n');
            if (paragraph.isTable()) {
                paragraph.table().forEach(row -> row.forEach(cell -> text.append(cell).append('\n')));
            }
        }
    }

    private List<Section> sections(List<Section> sections, Changes changes) {
        List<Section> out = new ArrayList<>();
        for (Section section : sections) {
            out.add(new Section(section.marker(), changes.apply(section.heading(), section.line()), section.line(),
                    section.kind(), paragraphs(section.paragraphs(), changes), sections(section.sections(), changes)));
        }
        return out;
    }

    private List<Paragraph> paragraphs(List<Paragraph> paragraphs, Changes changes) {
        List<Paragraph> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            List<List<String>> table = null;
            if (p.isTable()) {
                table = new ArrayList<>();
                for (List<String> row : p.table()) {
                    List<String> cells = new ArrayList<>();
                    for (String cell : row) {
                        cells.add(changes.apply(cell, p.line()));
                    }
                    table.add(cells);
                }
            }
            // the lead is the start of the text: restore it without counting its words twice
            String lead = p.lead() == null ? null : replaceAll(p.lead());
            out.add(new Paragraph(changes.apply(p.text(), p.line()), lead, p.marker(), table, p.spans(), p.widths(), p.line()));
        }
        return out;
    }

    private String replaceAll(String text) {
        String result = text;
        for (MaskedWordRule rule : rules) {
            result = result.replace(rule.masked(), rule.word());
        }
        return result;
    }

    /** The replacements made, per source line and rule. */
    private final class Changes {
        final Map<Integer, Map<MaskedWordRule, Integer>> byLine = new java.util.TreeMap<>();

        String apply(String text, int line) {
            String result = text;
            for (MaskedWordRule rule : rules) {
                int count = occurrences(result, rule.masked());
                if (count > 0) {
                    result = result.replace(rule.masked(), rule.word());
                    byLine.computeIfAbsent(line, l -> new LinkedHashMap<>()).merge(rule, count, Integer::sum);
                }
            }
            return result;
        }
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            count++;
        }
        return count;
    }
}
