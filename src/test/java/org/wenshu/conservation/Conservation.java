package org.wenshu.conservation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;
import org.wenshu.model.SourceLine;

/**
 * The conservation invariant: every character of a source, as its reader delivered it, ends in
 * exactly one place — the model's text (title, kicker, subtitle, meta, headings with their markers,
 * paragraphs with leads and list markers, table cells) or a diagnostic that names what was removed,
 * why and on which line.
 *
 * <p>How it compares. Only letters, digits and ideographs are counted: whitespace is layout, and
 * punctuation is typography the model may normalise (a heading's closing full stop, the dashes before
 * a subtitle, the brackets around a meta line). The source is cut into <em>clusters</em>: a cluster
 * starts at each source line where a piece of model text or a removal is anchored and takes the
 * lines after it that have no anchor of their own (a line joined to the one before it, a glossary
 * definition under its term). Within a cluster the multiset of characters must agree:
 * <ul>
 *   <li>a character in the model but not in its cluster was invented or copied from elsewhere (a
 *       paragraph replaced by a copy of another sharing its line number);</li>
 *   <li>a character in the cluster but not in the model is lost, unless the title block or the meta
 *       took it (pieces with no line of their own, matched against what is left over), or it belongs
 *       to a meta label or date form ({@code 来源：}, {@code 年月日}) the model keeps as a key or in ISO
 *       form.</li>
 * </ul>
 * A removal must also be plausible: web-page furniture is never a sentence (a line with 。！？；, a
 * numbered heading or a long line), whichever rule removed it.
 */
public final class Conservation {
    /** Removal messages say "已删除（rule）：what"; "…" at the end means the line was abbreviated. */
    private static final Pattern REMOVED = Pattern.compile("^已删除（([a-z-]+)）：(.*)$", Pattern.DOTALL);
    private static final String HTML_RULE = "html-markup";
    /** What the control-character cleaning rule removes before the markup rule runs. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]");
    /** "正文标题“政府工作报告”较简略，采用网页标题“…”": the short title is named, the headline kept. */
    private static final Pattern SHORT_TITLE = Pattern.compile("^正文标题“([^”]*)”");
    /** The rules that remove web-page furniture; they must never take sentences. */
    private static final Set<String> FURNITURE_RULES = Set.of("page-furniture");
    /** Meta labels and date forms: the model keeps them as keys and ISO dates, not as text. */
    private static final String META_SYNTAX = "来源信息发布表时间日期作者文责任编辑供稿稿源年月日时分秒版号期件印主办";
    private static final Pattern SENTENCE = Pattern.compile(".*[。！？；!?;].*|.{60,}");
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^(第[一二三四五六七八九十百]+[章节部分条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]).*");

    private Conservation() {}

    /** What the check found wrong, one line each; empty when the invariant holds. */
    public static List<String> check(SourceText source, List<Document> documents) {
        List<String> problems = new ArrayList<>();
        List<Diagnostic> diagnostics = documents.stream().flatMap(d -> d.diagnostics().stream()).toList();
        Set<Integer> markupLines = new java.util.HashSet<>();
        for (Diagnostic d : diagnostics) {
            Matcher m = REMOVED.matcher(d.message());
            if (m.matches() && m.group(1).equals(HTML_RULE)) {
                markupLines.add(d.line());
            }
        }

        // the source: line number -> counted characters (lines sharing a number are concatenated)
        TreeMap<Integer, StringBuilder> sourceText = new TreeMap<>();
        for (SourceLine line : source.lines()) {
            String text = line.isTable() ? cells(line.table()) : line.text();
            if (markupLines.contains(line.number())) {
                // as the cleaner does: control characters go first (reported by their own rule, and
                // never counted), so "<\u000ffont>" is a tag by the time the markup rule reads it
                text = Jsoup.parseBodyFragment(CONTROL.matcher(text).replaceAll("")).text();
            }
            sourceText.computeIfAbsent(line.number(), n -> new StringBuilder()).append(counted(text));
        }

        // the model: pieces anchored at a line, and the pool of pieces without a line
        TreeMap<Integer, List<Piece>> anchored = new TreeMap<>();
        List<Piece> pool = new ArrayList<>();
        Set<String> collections = new java.util.HashSet<>();
        for (Document document : documents) {
            unanchored(pool, "标题", document.title());
            unanchored(pool, "引题", document.kicker());
            unanchored(pool, "副题", document.subtitle());
            document.meta().fields().forEach((key, value) -> {
                if (key.equals("notice")) {
                    // a reference to the notice that issued this document: its title, not new text
                    if (documents.stream().noneMatch(d -> d.title().equals(value))) {
                        problems.add("meta.notice 不是任何文档的标题：" + value);
                    }
                } else if (!key.equals("collection") || collections.add(value)) {
                    pool.add(new Piece(0, "meta." + key, counted(value), true, false));
                }
            });
            for (Paragraph paragraph : document.preamble()) {
                anchor(anchored, paragraph(paragraph));
            }
            for (Section section : document.sections()) {
                section(anchored, section);
            }
            for (Diagnostic d : document.diagnostics()) {
                Matcher headline = SHORT_TITLE.matcher(d.message());
                if (d.code().equals("title-from-headline") && headline.lookingAt()) {
                    pool.add(new Piece(0, "较简略的标题", counted(headline.group(1)), false, false));
                }
                Matcher m = REMOVED.matcher(d.message());
                if (!m.matches() || m.group(1).equals(HTML_RULE)) {
                    continue;
                }
                if (d.code().equals("meta-repeated")) {
                    // a repeated meta field: its value is in ISO form like the meta it repeats
                    pool.add(new Piece(0, "重复的元数据", counted(m.group(2)), true, false));
                    continue;
                }
                String what = m.group(2);
                boolean abbreviated = what.endsWith("…");
                if (abbreviated) {
                    what = what.substring(0, what.length() - 1);
                }
                String removed = counted(what);
                String line = sourceText.containsKey(d.line()) ? sourceText.get(d.line()).toString() : "";
                if (abbreviated && line.startsWith(removed)) {
                    removed = line; // an abbreviated removal names its line by its opening: it is the whole line
                }
                anchor(anchored, new Piece(d.line(), "已删除（" + m.group(1) + "）", removed, false, abbreviated));
                if (FURNITURE_RULES.contains(m.group(1))) {
                    String full = abbreviated ? lineText(source, d.line()) : what;
                    if (SENTENCE.matcher(full).matches() || NUMBERED_HEADING.matcher(full).matches()) {
                        problems.add("L" + d.line() + ": 正文被当作网页杂项删除（" + m.group(1) + "）：" + clip(full));
                    }
                }
            }
        }

        // clusters: each anchored line with the following unanchored lines
        List<Cluster> clusters = new ArrayList<>();
        Cluster cluster = new Cluster(0, List.of());
        for (Map.Entry<Integer, StringBuilder> entry : sourceText.entrySet()) {
            int line = entry.getKey();
            if (anchored.containsKey(line)) {
                clusters.add(cluster);
                cluster = new Cluster(line, anchored.get(line));
            }
            cluster.source.addAll(entry.getValue());
        }
        clusters.add(cluster);
        for (int k = 0; k < clusters.size(); k++) {
            Cluster c = clusters.get(k);
            Bag model = new Bag();
            c.pieces.forEach(p -> model.addAll(p.text));
            c.surplus = model.minus(c.source);
            c.deficit = c.source.minus(model);
        }
        Map<Integer, Bag> deficits = new LinkedHashMap<>();
        for (int k = 0; k < clusters.size(); k++) {
            Cluster c = clusters.get(k);
            if (k + 1 < clusters.size()) {
                // a piece may run into the next line even where that line has pieces of its own (a
                // glossary term whose definition is the next HTML block): the next cluster's
                // deficit pays for this one's surplus
                Cluster next = clusters.get(k + 1);
                Bag paid = c.surplus.minus(c.surplus.minus(next.deficit));
                c.surplus = c.surplus.minus(paid);
                next.deficit = next.deficit.minus(paid);
            }
            if (!c.surplus.isEmpty()) {
                problems.add("L" + c.start + ": 模型中有源文件这一处没有的文字（重复或编造）：" + c.surplus + "；模型："
                        + describe(c.pieces));
            }
            if (!c.deficit.isEmpty()) {
                deficits.put(c.start, c.deficit);
            }
        }
        for (Integer line : anchored.keySet()) {
            if (!sourceText.containsKey(line)) {
                problems.add("L" + line + ": 模型中的文字在源文件中没有这一行：" + describe(anchored.get(line)));
            }
        }

        // the title block and meta take what is left over: titles before meta (meta may rewrite
        // digits), each from the first cluster holding all of it, else character by character
        List<Piece> ordered = new ArrayList<>(pool);
        ordered.sort(java.util.Comparator.comparing(Piece::meta));
        for (Piece piece : ordered) {
            Bag whole = new Bag();
            whole.addAll(piece.text);
            Bag home = deficits.values().stream().filter(d -> whole.minus(d).isEmpty()).findFirst().orElse(null);
            if (home != null) {
                piece.text.codePoints().forEach(home::remove);
                continue;
            }
            Bag left = new Bag();
            for (int cp : piece.text.codePoints().toArray()) {
                boolean found = false;
                for (Bag deficit : deficits.values()) {
                    if (deficit.remove(cp)) {
                        found = true;
                        break;
                    }
                }
                if (!found && !(piece.meta && Character.isDigit(cp))) {
                    left.add(cp);
                }
            }
            if (!left.isEmpty()) {
                problems.add(piece.what + "中有源文件里没有（或已用过）的文字：" + left + "（" + clip(piece.text) + "）");
            }
        }
        for (Map.Entry<Integer, Bag> entry : deficits.entrySet()) {
            Bag lost = entry.getValue();
            lost.removeIf(cp -> META_SYNTAX.indexOf(cp) >= 0);
            if (!lost.isEmpty()) {
                String where = entry.getKey() == 0 ? "标题区" : "L" + entry.getKey();
                problems.add(where + ": 文字丢失，既不在模型中也没有诊断说明：" + lost);
            }
        }
        return problems;
    }

    private static void section(TreeMap<Integer, List<Piece>> anchored, Section section) {
        anchor(anchored, new Piece(section.line(), "标题", counted(section.marker() + section.heading()), false, false));
        for (Paragraph paragraph : section.paragraphs()) {
            anchor(anchored, paragraph(paragraph));
        }
        for (Section child : section.sections()) {
            section(anchored, child);
        }
    }

    private static Piece paragraph(Paragraph paragraph) {
        String text = paragraph.isTable() ? cells(paragraph.table()) : paragraph.text();
        String marker = paragraph.marker() == null ? "" : paragraph.marker();
        return new Piece(paragraph.line(), paragraph.isTable() ? "表格" : "段落", counted(marker + text), false, false);
    }

    private static void unanchored(List<Piece> pool, String what, String text) {
        if (text != null && !text.isEmpty()) {
            pool.add(new Piece(0, what, counted(text), false, false));
        }
    }

    private static void anchor(TreeMap<Integer, List<Piece>> anchored, Piece piece) {
        anchored.computeIfAbsent(piece.line, n -> new ArrayList<>()).add(piece);
    }

    private static String cells(List<List<String>> table) {
        StringBuilder sb = new StringBuilder();
        table.forEach(row -> row.forEach(sb::append));
        return sb.toString();
    }

    private static String lineText(SourceText source, int number) {
        StringBuilder sb = new StringBuilder();
        source.lines().stream().filter(l -> l.number() == number).forEach(l -> sb.append(l.text()));
        return sb.toString();
    }

    /** The characters that count: letters, digits and ideographs. */
    static String counted(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String describe(List<Piece> pieces) {
        return pieces.stream().map(p -> p.what + "“" + clip(p.text) + "”").toList().toString();
    }

    private static String clip(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }

    private record Piece(int line, String what, String text, boolean meta, boolean abbreviated) {}

    /** An anchored line with the unanchored lines after it (start 0: the lines before any anchor). */
    private static final class Cluster {
        final int start;
        final List<Piece> pieces;
        final Bag source = new Bag();
        Bag surplus;
        Bag deficit;

        Cluster(int start, List<Piece> pieces) {
            this.start = start;
            this.pieces = pieces;
        }
    }

    /** A multiset of code points. */
    private static final class Bag {
        private final Map<Integer, Integer> counts = new LinkedHashMap<>();

        void add(int cp) {
            counts.merge(cp, 1, Integer::sum);
        }

        void addAll(CharSequence text) {
            text.codePoints().forEach(this::add);
        }

        boolean remove(int cp) {
            Integer n = counts.get(cp);
            if (n == null) {
                return false;
            }
            if (n == 1) {
                counts.remove(cp);
            } else {
                counts.put(cp, n - 1);
            }
            return true;
        }

        void removeIf(java.util.function.IntPredicate test) {
            counts.keySet().removeIf(test::test);
        }

        Bag minus(Bag other) {
            Bag result = new Bag();
            counts.forEach((cp, n) -> {
                int left = n - other.counts.getOrDefault(cp, 0);
                if (left > 0) {
                    result.counts.put(cp, left);
                }
            });
            return result;
        }

        boolean isEmpty() {
            return counts.isEmpty();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("“");
            counts.entrySet().stream().limit(60).forEach(e -> {
                for (int i = 0; i < e.getValue(); i++) {
                    sb.appendCodePoint(e.getKey());
                }
            });
            return sb.append("”").toString();
        }
    }
}
