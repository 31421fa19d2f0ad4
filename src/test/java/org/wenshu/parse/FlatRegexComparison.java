package org.wenshu.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.wenshu.Wenshu;
import org.wenshu.ingest.Ingest;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.Document;
import org.wenshu.model.Section;
import org.wenshu.model.SourceLine;

/**
 * A review tool, not a check: parses every document the tests hold two ways, with wenshu and with
 * a flat regex (第一章=0, 一、=1, （一）=2, 1. 1、=3, （1）=4, ①=5, each heading's parent the last
 * heading of a smaller level), and lists where the two disagree: a heading only one of them sees,
 * or a heading both see under different parents. Neither side is the truth; each disagreement is
 * for a reader to judge against the source. Run with
 * {@code mvn -q test -Dtest=FlatRegexComparison -Dwenshu.compare=true}; the listing goes to
 * {@code target/flat-regex-comparison.txt}, the counts to the console.
 */
@EnabledIfSystemProperty(named = "wenshu.compare", matches = "true")
class FlatRegexComparison {
    private static final List<Pattern> LEVELS = List.of(
            Pattern.compile("^第[一二三四五六七八九十百零〇两\\d]{1,4}(章|部分|篇|编)"),
            Pattern.compile("^[一二三四五六七八九十]{1,3}[、．.]"),
            Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)]"),
            Pattern.compile("^\\d{1,2}(?:[.．](?![\\d.．])|、)"),
            Pattern.compile("^[（(]\\d{1,2}[）)]"),
            Pattern.compile("^[\\u2460-\\u2473]"));

    /** A heading one side sees: its source line, level (regex) or depth (wenshu), and parent's line (0 at top). */
    record Heading(int line, int level, int parent, String text) {}

    record Counts(int regexOnly, int wenshuOnly, int parentDiffers, int both) {
        Counts plus(Counts o) {
            return new Counts(regexOnly + o.regexOnly, wenshuOnly + o.wenshuOnly, parentDiffers + o.parentDiffers,
                    both + o.both);
        }
    }

    @Test
    void listDisagreements() throws IOException, Exception {
        Path resources = CorpusGoldenTest.resource("corpus").getParent();
        Map<String, List<Path>> groups = new TreeMap<>();
        groups.put("1 corpus", files(resources.resolve("corpus"), ".txt", false));
        groups.put("2 shanghai-plans", files(resources.resolve("corpus/shanghai-plans"), ".txt", false));
        groups.put("3 word-real", files(resources.resolve("word-real"), ".doc", true));
        groups.put("4 fixtures", files(resources.resolve("render"), ".txt", false));
        Wenshu wenshu = Wenshu.standard();
        Ingest ingest = Ingest.standard();
        StringBuilder out = new StringBuilder();
        StringBuilder summary = new StringBuilder();
        Counts total = new Counts(0, 0, 0, 0);
        for (Map.Entry<String, List<Path>> group : groups.entrySet()) {
            Counts sum = new Counts(0, 0, 0, 0);
            for (Path file : group.getValue()) {
                List<Document> documents;
                SourceText source;
                try {
                    source = ingest.read(file);
                    documents = wenshu.parse(file);
                } catch (RuntimeException e) {
                    continue; // a file without text
                }
                Counts counts = compare(file, source.lines(), documents, out);
                sum = sum.plus(counts);
            }
            summary.append(String.format("%-18s regex-only %4d  wenshu-only %4d  parent differs %4d  (both %d)%n",
                    group.getKey(), sum.regexOnly, sum.wenshuOnly, sum.parentDiffers, sum.both));
            total = total.plus(sum);
        }
        summary.append(String.format("%-18s regex-only %4d  wenshu-only %4d  parent differs %4d  (both %d)%n",
                "total", total.regexOnly, total.wenshuOnly, total.parentDiffers, total.both));
        out.append('\n').append(summary);
        Path report = Paths.get("target/flat-regex-comparison.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out, StandardCharsets.UTF_8);
        System.out.print(summary);
    }

    /** {@code -Dwenshu.dump=word-real/rm114.doc}: the numbered lines of one resource as read, for review. */
    @Test
    void dumpLines() throws Exception {
        String name = System.getProperty("wenshu.dump");
        if (name == null) {
            return;
        }
        Path file = CorpusGoldenTest.resource("corpus").getParent().resolve(name);
        StringBuilder out = new StringBuilder();
        for (SourceLine line : Ingest.standard().read(file).lines()) {
            out.append(line.number()).append(line.headingLevel() == null ? "" : " h" + line.headingLevel())
                    .append(line.isTable() ? " [table]" : "").append('\t').append(line.text()).append('\n');
        }
        Files.writeString(Paths.get("target/dump.txt"), out, StandardCharsets.UTF_8);
    }

    private static List<Path> files(Path folder, String suffix, boolean orX) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(suffix) || orX && p.toString().endsWith(suffix + "x"))
                    .sorted().toList();
        }
    }

    private static Counts compare(Path file, List<SourceLine> lines, List<Document> documents, StringBuilder out) {
        Map<Integer, Heading> regex = regexOutline(lines);
        Map<Integer, Heading> parsed = new TreeMap<>();
        Map<Integer, String> texts = new TreeMap<>();
        for (SourceLine line : lines) {
            texts.putIfAbsent(line.number(), line.text());
        }
        for (Document document : documents) {
            for (Section section : document.sections()) {
                walk(section, 0, 0, parsed);
            }
        }
        List<String> found = new ArrayList<>();
        int regexOnly = 0;
        int wenshuOnly = 0;
        int parentDiffers = 0;
        int both = 0;
        java.util.Set<Integer> all = new java.util.TreeSet<>(regex.keySet());
        all.addAll(parsed.keySet());
        for (int line : all) {
            Heading r = regex.get(line);
            Heading w = parsed.get(line);
            String text = shorten(texts.getOrDefault(line, w == null ? "" : w.text()));
            if (w == null) {
                regexOnly++;
                found.add("  L" + line + " regex-only   " + text);
            } else if (r == null) {
                wenshuOnly++;
                found.add("  L" + line + " wenshu-only  " + text + "   [wenshu parent L" + w.parent() + "]");
            } else {
                both++;
                if (r.parent() != w.parent()) {
                    parentDiffers++;
                    found.add("  L" + line + " parent       " + text + "   [regex L" + r.parent() + " "
                            + shorten(texts.getOrDefault(r.parent(), "")) + " | wenshu L" + w.parent() + " "
                            + shorten(texts.getOrDefault(w.parent(), "")) + "]");
                }
            }
        }
        if (!found.isEmpty()) {
            out.append(file.getParent().getFileName()).append('/').append(file.getFileName()).append('\n');
            found.forEach(f -> out.append(f).append('\n'));
        }
        return new Counts(regexOnly, wenshuOnly, parentDiffers, both);
    }

    private static String shorten(String text) {
        return text.length() > 36 ? text.substring(0, 36) + "…" : text;
    }

    /** Headings as the flat regex sees them, by source line. */
    static Map<Integer, Heading> regexOutline(List<SourceLine> lines) {
        Map<Integer, Heading> headings = new TreeMap<>();
        List<Heading> stack = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = line.text().replaceAll("^[\\s\\u00A0\\u3000]+", "").strip();
            int level = -1;
            for (int l = 0; l < LEVELS.size() && level < 0; l++) {
                Matcher m = LEVELS.get(l).matcher(text);
                if (m.find()) {
                    level = l;
                }
            }
            if (level < 0 || headings.containsKey(line.number())) {
                continue;
            }
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level() >= level) {
                stack.remove(stack.size() - 1);
            }
            Heading heading = new Heading(line.number(), level, stack.isEmpty() ? 0 : stack.get(stack.size() - 1).line(),
                    text);
            headings.put(line.number(), heading);
            stack.add(heading);
        }
        return headings;
    }

    /** Wenshu's headings; an attachment or notes part is no heading and its children stand at the top. */
    private static void walk(Section section, int depth, int parent, Map<Integer, Heading> parsed) {
        boolean heading = section.kind() == Section.Kind.HEADING;
        if (heading) {
            parsed.putIfAbsent(section.line(), new Heading(section.line(), depth, parent, section.displayHeading()));
        }
        for (Section child : section.sections()) {
            walk(child, heading ? depth + 1 : depth, heading ? section.line() : parent, parsed);
        }
    }
}
