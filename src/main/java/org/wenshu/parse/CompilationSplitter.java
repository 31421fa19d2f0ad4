package org.wenshu.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.model.SourceLine;

/**
 * Splits a compilation file (…材料汇编（12篇）) into its articles: after the compilation's own
 * title, each article starts with a title line after two or more blank lines.
 */
final class CompilationSplitter {
    private static final Pattern COLLECTION_TITLE = Pattern.compile(".*(汇编|选编|合集|文集|专辑|[（(]\\d+篇[）)]).*");
    private static final Pattern DECLARED_COUNT = Pattern.compile("[（(](\\d+)篇[）)]");

    /** A compilation: its title, the line it stands on, the articles' lines and the declared count. */
    record Compilation(String title, int line, List<List<SourceLine>> articles, int declaredCount) {}

    Optional<Compilation> split(List<SourceLine> lines) {
        List<List<SourceLine>> blocks = blocks(lines);
        if (blocks.size() < 3) {
            return Optional.empty();
        }
        List<SourceLine> head = nonEmpty(blocks.get(0));
        if (head.isEmpty() || head.size() > 2) {
            return Optional.empty();
        }
        String title = head.stream().map(SourceLine::text).reduce("", String::concat);
        if (!TextShape.isTitleLike(title, 80) || !COLLECTION_TITLE.matcher(title).matches()) {
            return Optional.empty();
        }
        List<List<SourceLine>> articles = new ArrayList<>();
        for (List<SourceLine> block : blocks.subList(1, blocks.size())) {
            List<SourceLine> content = nonEmpty(block);
            if (content.isEmpty()) {
                continue;
            }
            boolean startsArticle = content.size() >= 2 && TextShape.isTitleLike(content.get(0).text(), 60)
                    && Marker.find(content.get(0).text()).isEmpty();
            if (startsArticle || articles.isEmpty()) {
                articles.add(new ArrayList<>(block));
            } else {
                articles.get(articles.size() - 1).addAll(block);
            }
        }
        if (articles.size() < 2) {
            return Optional.empty();
        }
        Matcher count = DECLARED_COUNT.matcher(title);
        int declared = count.find() ? Integer.parseInt(count.group(1)) : -1;
        return Optional.of(new Compilation(title, head.get(0).number(), articles, declared));
    }

    /** Runs of lines separated by two or more blank lines; single blank lines stay inside a block. */
    private static List<List<SourceLine>> blocks(List<SourceLine> lines) {
        List<List<SourceLine>> blocks = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        int blanks = 0;
        for (SourceLine line : lines) {
            if (line.text().isEmpty()) {
                blanks++;
                continue;
            }
            if (blanks >= 2 && !nonEmpty(current).isEmpty()) {
                blocks.add(current);
                current = new ArrayList<>();
            }
            blanks = 0;
            current.add(line);
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private static List<SourceLine> nonEmpty(List<SourceLine> lines) {
        return lines.stream().filter(l -> !l.text().isEmpty()).toList();
    }
}
