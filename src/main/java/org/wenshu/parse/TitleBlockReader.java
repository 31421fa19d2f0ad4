package org.wenshu.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Quote;
import org.wenshu.model.Metadata;
import org.wenshu.model.SourceLine;

/**
 * Reads the title block at the top of a document: kicker (引题, a line ending in ——), main title
 * (possibly broken over two lines), subtitle (——2026年1月25日在…会议上) and the metadata lines
 * around them. It stops at the first heading or line of running text.
 */
final class TitleBlockReader {
    private static final int MAX_TITLE = 90;
    private static final Pattern PERSON = Pattern.compile("^[\\p{IsHan}]{2,4}$|^[\\p{IsHan}] [\\p{IsHan}]{1,2}$");
    private static final int MAX_SCAN = 20;
    private static final Pattern SUBTITLE = Pattern.compile("^(——|――|--|—)\\s*(.+)$");
    private static final String DATE = "(\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月\\s*"
            + "[\\d一二三四五六七八九十]{1,3}\\s*日";
    /**
     * The occasion a speech or report was given on: "2026年1月14日在…会议上", with or without a
     * leading dash, or in brackets. It is a subtitle, never part of the title.
     */
    private static final Pattern OCCASION = Pattern.compile(
            "^[（(]?\\s*(?:——|――|--|—)?\\s*(" + DATE + "\\s*在.{2,80}上(?:的[\\p{IsHan}]{2,4})?)\\s*[）)]?$");
    /** A date with a time of day: "2026年02月10日 07时41分", "2026年2月10日 07:41". */
    private static final Pattern DATE_TIME = Pattern.compile(
            "^" + DATE + "\\s*(\\d{1,2}\\s*[时:：]\\s*\\d{1,2}\\s*分?(\\s*\\d{1,2}\\s*秒)?)?$");
    /**
     * The genre word a complete official title ends with (方案, 通知, 报告 …), before an optional
     * bracketed qualifier ((2024-2026年), （试行）). A title line without one is visibly unfinished when
     * the next title-like line supplies it.
     */
    private static final Pattern GENRE_END = Pattern.compile(
            ".*(方案|意见|计划|规划|通知|决定|报告|总结|办法|规定|细则|纲要|要点|通报|通告|公告|决议|批复|请示|讲话|发言"
                    + "|条例|章程|指引|指南|清单|标准|规则|守则|公报|纪要|汇报|措施|函)"
                    + "(\\s*[（(][^（）()]{1,20}[）)])?$");
    /** A bracketed qualifier on a line of its own under a title: （2024—2026年）, （试行）. */
    private static final Pattern QUALIFIER = Pattern.compile("^[（(][^（）()]{1,20}[）)]$");
    private static final Pattern COLUMN_TAG = Pattern.compile("^(.+?)\\s*[（(]([^（）()]*\\s[^（）()]*)[）)]$");

    TitleBlock read(List<SourceLine> lines) {
        Map<String, String> meta = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        // the duplicate-title removals by the index of their line: undone if the body is found to begin before them
        Map<Diagnostic, Integer> duplicates = new java.util.IdentityHashMap<>();
        // metadata lines by index, merged once the body's start is known: lines from there on are body
        Map<Integer, Map<String, String>> metaLines = new LinkedHashMap<>();
        List<List<SourceLine>> groups = new ArrayList<>();
        List<SourceLine> group = null;
        String subtitle = null;
        int subtitleGroup = -1;
        int i = 0;
        for (; i < lines.size() && i < MAX_SCAN; i++) {
            SourceLine current = lines.get(i);
            String text = current.text();
            if (current.isTable() || current.headingLevel() != null && current.headingLevel() != 0) {
                break; // the format says this is a heading or a table: the body has begun
            }
            if (current.headingLevel() != null && current.headingLevel() == 0) {
                if (group == null) {
                    group = new ArrayList<>();
                    groups.add(group);
                }
                group.add(current); // the format's own title style
                continue;
            }
            Matcher occasion = OCCASION.matcher(text);
            if (occasion.matches() && subtitle == null && !groups.isEmpty()) {
                subtitle = occasion.group(1).strip();
                subtitleGroup = groups.size() - 1;
                group = null;
                continue;
            }
            String dated = DATE_TIME.matcher(text).matches() ? MetaLines.isoDate(text) : null;
            Map<String, String> fields = dated != null ? Map.of("date", dated) : MetaLines.read(text);
            if (fields.isEmpty()) {
                fields = headFields(lines, i, groups.isEmpty(), diagnostics);
                if (fields.size() == 1 && fields.containsValue(null)) {
                    fields = Map.of(fields.keySet().iterator().next(), lines.get(++i).text().strip());
                }
            }
            if (fields.isEmpty() && !groups.isEmpty() && PERSON.matcher(text).matches() && i + 1 < lines.size()
                    && !MetaLines.read(lines.get(i + 1).text()).isEmpty()) {
                fields = Map.of("speaker", text); // 张三 under a speech's title, before its date
            }
            if (!fields.isEmpty()) {
                metaLines.put(i, fields);
                group = null;
                continue;
            }
            Matcher sub = SUBTITLE.matcher(text);
            if (sub.matches() && text.length() <= 80 && subtitle == null && !groups.isEmpty()) {
                subtitle = sub.group(2).strip();
                subtitleGroup = groups.size() - 1;
                group = null;
                continue;
            }
            // a paragraph broken by manual line breaks (Shift+Enter) is judged whole: its pieces
            // share their paragraph number and may end anywhere, in 、 even
            int last = i;
            StringBuilder whole = new StringBuilder(text);
            while (last + 1 < lines.size() && lines.get(last + 1).number() == current.number()
                    && !lines.get(last + 1).isTable() && lines.get(last + 1).headingLevel() == null) {
                whole.append(lines.get(++last).text());
            }
            String shape = whole.toString();
            if (Marker.find(text).isPresent() || HeadLines.isFormLine(text) || !TextShape.isTitleLike(shape, MAX_TITLE)
                    && !shape.endsWith("——")) {
                break;
            }
            if (subtitle != null) {
                break; // a title-like line after the subtitle is the first heading
            }
            if (group != null && current.number() - group.get(group.size() - 1).number() > 1
                    && !completes(join(group), text)) {
                group = null; // a blank line parts two titles, unless the second finishes the first
            }
            if (group != null && isComplete(join(group)) && !QUALIFIER.matcher(text).matches()) {
                group = null; // a finished title is not continued by the next line
            }
            int repeated = group == null ? repeats(groups, lines, i) : 0;
            if (repeated > 0) {
                for (int k = i; k < i + repeated; k++) {
                    Diagnostic removed = Diagnostic.info("duplicate-title", lines.get(k).number(), "removed",
                            "duplicate-title", Quote.of(lines.get(k).text()));
                    diagnostics.add(removed);
                    duplicates.put(removed, k);
                }
                i += repeated - 1;
                continue;
            }
            if (group == null) {
                group = new ArrayList<>();
                groups.add(group);
            }
            group.addAll(lines.subList(i, last + 1));
            i = last;
        }
        if (groups.isEmpty()) {
            mergeMeta(metaLines, i, lines, meta, diagnostics);
            return new TitleBlock(null, "", 0, subtitle, new Metadata(meta), i, diagnostics);
        }
        int secondGroup = groups.size() > 1 ? lines.indexOf(groups.get(1).get(0)) : -1;
        boolean numberAfter = metaLines.entrySet().stream()
                .anyMatch(e -> e.getKey() > secondGroup && e.getValue().containsKey("number"));
        if (subtitle == null && groups.size() > 1 && groups.get(0).get(0).headingLevel() == null && !numberAfter) {
            // no subtitle ties a later line to the title: the first group is the title, and the
            // body (a briefing's first headline, say) begins with the second; a 文号 after it says
            // the head goes on (a form's 文种 label 批复 between title and number)
            i = lines.indexOf(groups.get(1).get(0));
            groups = groups.subList(0, 1);
            // a repeat of the title found after the body's start is body text again, not a removal
            int bodyStart = i;
            diagnostics.removeIf(d -> duplicates.containsKey(d) && duplicates.get(d) >= bodyStart);
        }
        mergeMeta(metaLines, i, lines, meta, diagnostics);
        int titleIndex = subtitleGroup >= 0 ? subtitleGroup : 0;
        // a page headline that ends with the article's short title ("2026年…政府工作报告" over
        // "政府工作报告") says the same thing more fully: it becomes the title
        String chosen = join(groups.get(titleIndex));
        int shortTitle = -1;
        for (int g = 0; g < titleIndex; g++) {
            String other = join(groups.get(g));
            if (other.length() > chosen.length() && other.endsWith(chosen)) {
                diagnostics.add(Diagnostic.info("title-from-headline", groups.get(g).get(0).number(),
                        "titleFromHeadline", Quote.of(chosen), Quote.of(other)));
                shortTitle = titleIndex;
                titleIndex = g;
                break;
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            String other = join(groups.get(g));
            int line = groups.get(g).get(0).number();
            if (g == titleIndex || g == shortTitle) {
                continue;
            }
            if (join(groups.get(titleIndex)).endsWith(other)) {
                // the title said again (a page repeats its headline): dropped, and said so
                diagnostics.add(Diagnostic.info("title-repeated", line, "removed", "title-repeated", Quote.of(other)));
            } else {
                MetaLines.merge(meta, Map.of("headline", other), line, diagnostics::add);
            }
        }
        List<SourceLine> titleLines = groups.get(titleIndex);
        String kicker = null;
        int first = 0;
        if (titleLines.size() > 1 && (titleLines.get(0).text().endsWith("——")
                || titleLines.get(0).text().endsWith("—"))) {
            kicker = titleLines.get(0).text().replaceAll("[—―-]+$", "").strip();
            first = 1;
        } else if (titleLines.size() > 2 && !isComplete(join(titleLines))) {
            kicker = titleLines.get(0).text();
            first = 1;
        }
        String title = join(titleLines.subList(first, titleLines.size()));
        if (titleLines.size() - first > 1) {
            diagnostics.add(Diagnostic.info("title-joined", titleLines.get(first).number(),
                    "titleJoined", titleLines.size() - first));
        }
        Optional<String[]> glued = HeadLines.splitNumber(title);
        if (glued.isPresent()) {
            title = glued.get()[0];
            meta.putIfAbsent("number", glued.get()[1]);
        }
        Matcher column = COLUMN_TAG.matcher(title);
        if (column.matches()) {
            meta.putIfAbsent("column", column.group(2).strip());
            title = column.group(1).strip();
        }
        return new TitleBlock(kicker, title, titleLines.get(first).number(), subtitle, new Metadata(meta), i, diagnostics);
    }

    /**
     * The head fields of line {@code i}; a bare label whose value stands on the next line maps to
     * null (the caller takes that line too); empty when the line is no head line.
     */
    private static Map<String, String> headFields(List<SourceLine> lines, int i, boolean aboveTitle,
                                                  List<Diagnostic> diagnostics) {
        Optional<HeadLines.Found> found = HeadLines.read(lines.get(i).text(), aboveTitle);
        if (found.isEmpty()) {
            return Map.of();
        }
        String label = found.get().label();
        if (!found.get().needsValue()) {
            if (!label.isEmpty()) {
                diagnostics.add(Diagnostic.info("head-label", lines.get(i).number(), "removed", "head-label", Quote.of(label)));
            }
            return found.get().fields();
        }
        String value = i + 1 < lines.size() && !lines.get(i + 1).isTable()
                ? HeadLines.labelValue(lines.get(i + 1).text()) : null;
        if (value == null) {
            return Map.of(); // a label without its value is left to be read as text
        }
        if (!label.isEmpty()) {
            diagnostics.add(Diagnostic.info("head-label", lines.get(i).number(), "removed", "head-label", Quote.of(label)));
        }
        Map<String, String> pending = new LinkedHashMap<>();
        pending.put(found.get().fields().keySet().iterator().next(), null);
        return pending;
    }

    /**
     * Ends with a genre word: nothing more is to come. An official title "…关于<matter>的<genre>"
     * is not complete before the 的 that closes its matter: "…关于做好突发事件信息报告" ends in a
     * genre word inside the matter, and "工作的通知" on the next line finishes it.
     */
    private static boolean isComplete(String title) {
        if (!GENRE_END.matcher(title).matches()) {
            return false;
        }
        int about = title.lastIndexOf("关于");
        return about < 0 || title.indexOf('的', about) >= 0 || title.indexOf('》', about) >= 0;
    }

    /**
     * A title visibly unfinished (no genre word yet, no kicker dash) that {@code next}, a short
     * title-like line, finishes with its genre word: one title broken over blank-separated lines.
     */
    private static boolean completes(String title, String next) {
        return !isComplete(title) && !title.endsWith("—") && isComplete(next) && Marker.find(next).isEmpty()
                && title.length() + next.length() <= MAX_TITLE;
    }

    /**
     * How many lines from {@code i} repeat a title group read before (a title block repeated after
     * the page's navigation), or 0.
     */
    private static int repeats(List<List<SourceLine>> groups, List<SourceLine> lines, int i) {
        for (List<SourceLine> group : groups) {
            String title = join(group);
            StringBuilder repeated = new StringBuilder();
            for (int k = i; k < lines.size() && repeated.length() < title.length(); k++) {
                repeated.append(lines.get(k).text());
                if (repeated.toString().equals(title)) {
                    return k - i + 1;
                }
                if (!title.startsWith(repeated.toString())) {
                    break;
                }
            }
        }
        return 0;
    }

    /** The metadata of the lines before {@code bodyStart}; those after it are body text, not meta. */
    private static void mergeMeta(Map<Integer, Map<String, String>> metaLines, int bodyStart, List<SourceLine> lines,
                                  Map<String, String> meta, List<Diagnostic> diagnostics) {
        metaLines.forEach((index, fields) -> {
            if (index < bodyStart) {
                MetaLines.merge(meta, fields, lines.get(index).number(), diagnostics::add);
            }
        });
    }

    private static String join(List<SourceLine> lines) {
        StringBuilder sb = new StringBuilder();
        for (SourceLine line : lines) {
            sb.append(line.text());
        }
        return sb.toString();
    }
}
