package org.wenshu.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;
import org.wenshu.model.SourceLine;

/**
 * Builds the heading tree of a document body. Each line is classified (numbered heading, run-in
 * heading, unnumbered heading, attachment or notes part, list item, paragraph); levels follow the
 * document's own order of marker kinds: a kind met for the first time opens a level below the
 * current one, a kind met before closes everything below its level.
 */
final class OutlineBuilder {
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*([0-9一二三四五六七八九十]{0,3})\\s*[:：]?$");
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("^附件\\s*[:：]\\s*\\S");
    private static final Pattern NOTES = Pattern.compile("^(注释|注|名词解释|名词注释|附注|注解|名词解释及说明)[:：]?$");
    private static final Pattern GLOSSARY_TITLE = Pattern.compile(".*(注释|名词|解释|释义|词汇|术语).*");
    private static final Pattern NOTE_REF = Pattern.compile("^([［\\[〔](\\d{1,3})[］\\]〕])\\s*");
    /** In a glossary "20.2026年10件民生实事：" is item 20 all the same, if 19 came before it. */
    private static final Pattern LOOSE_ITEM = Pattern.compile("^((\\d{1,3})[.．、])\\s*");
    private static final Pattern NOT_HEADING_WORDS = Pattern.compile(".*(以下|如下|各位代表|同志们).*");
    private static final Pattern DATE_LINE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");
    /** A heading-only line with a marker is at most this long. */
    private static final int MAX_HEADING = 60;
    /** 一、 （一） 第一章 headings without a full stop may run longer. */
    private static final int MAX_CHINESE_HEADING = 100;
    /** A run-in heading ends at a full stop no further in than this. */
    private static final int MAX_RUN_IN = 60;
    private static final int MAX_UNNUMBERED = 35;
    private static final int MAX_SENTENCE_HEADING = 20;
    private static final int MAX_PARALLEL_HEADING = 32;

    /** A body paragraph, list item, heading or part start, as classified. */
    private sealed interface Item permits Para, Head, Part {}

    private record Para(Paragraph paragraph) implements Item {}

    /** {@code styledLevel} is the level the source format states (Word heading style), 0 if none. */
    private record Head(MarkerKind kind, String marker, int ordinal, String heading, int line,
                        Paragraph runIn, int styledLevel) implements Item {
        Head(MarkerKind kind, String marker, int ordinal, String heading, int line, Paragraph runIn) {
            this(kind, marker, ordinal, heading, line, runIn, 0);
        }
    }

    private record Part(Section.Kind kind, String marker, String heading, int line) implements Item {}

    /** A section under construction. */
    private static final class Builder {
        final String marker;
        final String heading;
        final int line;
        final Section.Kind kind;
        final MarkerKind markerKind;
        final int ordinal;
        final List<Paragraph> paragraphs = new ArrayList<>();
        final List<Builder> children = new ArrayList<>();

        Builder(String marker, String heading, int line, Section.Kind kind, MarkerKind markerKind, int ordinal) {
            this.marker = marker;
            this.heading = heading;
            this.line = line;
            this.kind = kind;
            this.markerKind = markerKind;
            this.ordinal = ordinal;
        }

        Section build() {
            return new Section(marker, heading, line, kind, paragraphs,
                    children.stream().map(Builder::build).toList());
        }
    }

    /** The preamble paragraphs and top-level sections of a body. */
    record Outline(List<Paragraph> preamble, List<Section> sections) {}

    Outline build(List<SourceLine> lines, Consumer<Diagnostic> report) {
        List<Item> items = classify(lines);
        // styled levels count from the highest one used: a document whose headings start at
        // Markdown "##" or Word "Heading 2" has them as its first level
        int topStyled = lines.stream().map(SourceLine::headingLevel).filter(l -> l != null && l > 0)
                .min(Integer::compare).orElse(1);
        List<Paragraph> preamble = new ArrayList<>();
        List<Builder> roots = new ArrayList<>();
        List<Builder> stack = new ArrayList<>();
        for (Item item : items) {
            if (item instanceof Part part) {
                Builder builder = new Builder(part.marker(), part.heading(), part.line(), part.kind(), null, -1);
                roots.add(builder);
                stack.clear();
                stack.add(builder);
            } else if (item instanceof Head head) {
                int partDepth = !stack.isEmpty() && stack.get(0).kind != Section.Kind.HEADING ? 1 : 0;
                int depth = head.styledLevel() > 0
                        ? Math.min(head.styledLevel() - topStyled + partDepth, stack.size())
                        : depthOf(stack, head.kind());
                while (stack.size() > depth) {
                    stack.remove(stack.size() - 1);
                }
                Builder builder = new Builder(head.marker(), head.heading(), head.line(), Section.Kind.HEADING,
                        head.kind(), head.ordinal());
                (stack.isEmpty() ? roots : stack.get(stack.size() - 1).children).add(builder);
                stack.add(builder);
                if (head.runIn() != null) {
                    builder.paragraphs.add(head.runIn());
                }
            } else {
                Paragraph paragraph = ((Para) item).paragraph();
                (stack.isEmpty() ? preamble : stack.get(stack.size() - 1).paragraphs).add(paragraph);
            }
        }
        checkNumbering(roots, report);
        return new Outline(preamble, roots.stream().map(Builder::build).toList());
    }

    /** Where a heading of {@code kind} goes: the level of the same kind already open, else one deeper. */
    private static int depthOf(List<Builder> stack, MarkerKind kind) {
        for (int i = 0; i < stack.size(); i++) {
            if (stack.get(i).markerKind == kind) {
                return i;
            }
        }
        return stack.size();
    }

    private List<Item> classify(List<SourceLine> lines) {
        List<Item> items = new ArrayList<>();
        boolean listMode = false;
        boolean attachmentNote = false;
        int lastItem = 0;
        List<Integer> sentenceHeadings = new ArrayList<>();
        List<Integer> parallelHeadings = new ArrayList<>();
        // a candidate demoted back to a paragraph gets its own line's text: lines split from one
        // source line (HTML blocks) share a number, so the number cannot find it again
        java.util.Map<Integer, String> originals = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line.text();
            String next = i + 1 < lines.size() ? lines.get(i + 1).text() : null;

            if (line.isTable()) {
                items.add(new Para(Paragraph.table(line.table(), text, line.number())));
                continue;
            }
            if (line.headingLevel() != null && line.headingLevel() == SourceLine.LIST_ITEM) {
                Optional<Marker> item = Marker.find(text);
                items.add(new Para(item.isPresent()
                        ? new Paragraph(item.get().rest(), LeadFinder.find(item.get().rest()), item.get().text(), line.number())
                        : new Paragraph(text, LeadFinder.find(text), null, line.number())));
                continue;
            }
            if (line.headingLevel() != null && line.headingLevel() > 0 && !listMode) {
                items.add(styledHeading(text, line));
                continue;
            }
            Matcher attachment = ATTACHMENT.matcher(text);
            if (attachment.matches()) {
                String heading = "";
                if (next != null && TextShape.isTitleLike(next, MAX_HEADING) && Marker.find(next).isEmpty()) {
                    heading = next;
                    i++;
                }
                listMode = GLOSSARY_TITLE.matcher(heading).matches();
                lastItem = 0;
                items.add(new Part(Section.Kind.ATTACHMENT, text.replaceAll("[:：]$", ""), heading, line.number()));
                continue;
            }
            if (NOTES.matcher(text).matches()) {
                listMode = true;
                lastItem = 0;
                items.add(new Part(Section.Kind.NOTES, "", text.replaceAll("[:：]$", ""), line.number()));
                continue;
            }
            if (listMode) {
                Paragraph item = listItem(text, next, line.number(), lastItem + 1);
                if (item != null) {
                    lastItem = itemNumber(item.marker());
                    if (item.text().length() > text.length() - item.marker().length()) {
                        i++; // the definition on the next line was joined to its term
                    }
                    items.add(new Para(item));
                    continue;
                }
            }
            if (ATTACHMENT_NOTE.matcher(text).lookingAt()) {
                attachmentNote = true; // 附件：1.… lists the attachments; the lines after it continue the list
                items.add(new Para(new Paragraph(text, null, null, line.number())));
                continue;
            }
            Optional<Marker> marker = Marker.find(text);
            if (attachmentNote && marker.isPresent() && marker.get().kind() == MarkerKind.ARABIC) {
                items.add(new Para(new Paragraph(marker.get().rest(), null, marker.get().text(), line.number())));
                continue;
            }
            attachmentNote = false;
            if (marker.isPresent() && !listMode) {
                Item heading = markedLine(marker.get(), line.number());
                items.add(heading);
                continue;
            }
            if (!listMode && isUnnumberedHeading(text, next)) {
                items.add(new Head(MarkerKind.UNNUMBERED, "", -1, text, line.number(), null));
                continue;
            }
            if (!listMode && isParallelCandidate(text, next)) {
                parallelHeadings.add(items.size());
                originals.put(items.size(), text);
                items.add(new Head(MarkerKind.UNNUMBERED, "", -1, TextShape.stripStop(text), line.number(), null));
                continue;
            }
            if (!listMode && isSentenceHeading(text, next)) {
                sentenceHeadings.add(items.size());
                originals.put(items.size(), text);
                items.add(new Head(MarkerKind.UNNUMBERED, "", -1, TextShape.stripStop(text), line.number(), null));
                continue;
            }
            items.add(new Para(new Paragraph(text, LeadFinder.find(text), null, line.number())));
        }
        demote(items, parallelHeadings, originals, OutlineBuilder::parallelSiblings);
        demote(items, sentenceHeadings, originals, group -> group.size() >= 2 ? group : List.of());
        return items;
    }

    /**
     * Short sentences alone on their lines are headings only in company: "产业结构持续优化。" where it
     * has a sibling of the same shape under the same parent, "这一年，我们…。" where three or more
     * siblings open alike (parallel structure). The rest are transition sentences, kept as
     * paragraphs. {@code keep} picks, from one parent's candidates, those that stay headings.
     */
    private static void demote(List<Item> items, List<Integer> candidates, java.util.Map<Integer, String> originals,
                               java.util.function.Function<List<Head>, List<Head>> keep) {
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int candidateIndex = 0;
        for (int i = 0; i < items.size() && candidateIndex < candidates.size(); i++) {
            Item item = items.get(i);
            if (i == candidates.get(candidateIndex)) {
                current.add(i);
                candidateIndex++;
            } else if (item instanceof Head || item instanceof Part) {
                groups.add(current);
                current = new ArrayList<>();
            }
        }
        groups.add(current);
        for (List<Integer> group : groups) {
            List<Head> heads = group.stream().map(index -> (Head) items.get(index)).toList();
            List<Head> kept = keep.apply(heads);
            for (int index : group) {
                Head head = (Head) items.get(index);
                if (!kept.contains(head)) {
                    String original = originals.get(index);
                    items.set(index, new Para(new Paragraph(original, LeadFinder.find(original), null, head.line())));
                }
            }
        }
    }

    /** The candidates that share their opening two characters with at least two others. */
    private static List<Head> parallelSiblings(List<Head> group) {
        java.util.Map<String, List<Head>> byOpening = new java.util.HashMap<>();
        for (Head head : group) {
            byOpening.computeIfAbsent(head.heading().substring(0, 2), k -> new ArrayList<>()).add(head);
        }
        return byOpening.values().stream().filter(g -> g.size() >= 3).flatMap(List::stream).toList();
    }

    /** A heading the source format marks as one (a Word heading style): its level is the format's. */
    private static Head styledHeading(String text, SourceLine line) {
        Optional<Marker> marker = Marker.find(text);
        if (marker.isPresent()) {
            Marker m = marker.get();
            return new Head(m.kind(), m.text(), m.ordinal(), TextShape.stripFullStop(m.rest()), line.number(), null,
                    line.headingLevel());
        }
        return new Head(MarkerKind.UNNUMBERED, "", -1, TextShape.stripStop(text), line.number(), null,
                line.headingLevel());
    }

    /** A line that opens with a marker: a heading, a run-in heading with its body, or a numbered paragraph. */
    private static Item markedLine(Marker marker, int line) {
        String rest = marker.rest();
        Paragraph item = new Paragraph(rest, LeadFinder.find(rest), marker.text(), line);
        if (isListItem(marker, rest)) {
            return new Para(item);
        }
        int maxHeading = marker.kind() == MarkerKind.CHINESE || marker.kind() == MarkerKind.CHINESE_PAREN
                || marker.kind() == MarkerKind.CHAPTER ? MAX_CHINESE_HEADING : MAX_HEADING;
        if (rest.length() <= maxHeading && TextShape.indexOfAny(stripEnd(rest), "。！？", 0) < 0) {
            return new Head(marker.kind(), marker.text(), marker.ordinal(), TextShape.stripFullStop(rest), line, null);
        }
        int stop = TextShape.indexOfAny(rest, "。！？", 0);
        if (stop > 0 && stop <= MAX_RUN_IN) {
            String body = rest.substring(stop + 1).strip();
            Paragraph runIn = body.isEmpty() ? null : new Paragraph(body, LeadFinder.find(body), null, line);
            return new Head(marker.kind(), marker.text(), marker.ordinal(), rest.substring(0, stop), line, runIn);
        }
        int colon = TextShape.indexOfAny(rest, "：", 0);
        if (colon > 0 && colon <= 30) {
            String body = rest.substring(colon + 1).strip();
            Paragraph runIn = body.isEmpty() ? null : new Paragraph(body, LeadFinder.find(body), null, line);
            return new Head(marker.kind(), marker.text(), marker.ordinal(), rest.substring(0, colon + 1), line, runIn);
        }
        return new Para(item);
    }

    /**
     * A numbered line that is an item of a list, not a heading: it ends like a clause ("1.负责统筹
     * 协调；"), or it enumerates inline ("（1）月份出口增长较快，（2）月份有所回落。").
     */
    private static boolean isListItem(Marker marker, String rest) {
        if (rest.endsWith("；") || rest.endsWith(";") || rest.endsWith("，") || rest.endsWith("、")) {
            return true;
        }
        int next = marker.ordinal() + 1;
        return switch (marker.kind()) {
            case ARABIC_PAREN -> rest.contains("（" + next + "）") || rest.contains("(" + next + ")");
            case CHINESE_PAREN -> next <= 10 && (rest.contains("（" + "一二三四五六七八九十".charAt(next - 1) + "）")
                    || rest.contains("(" + "一二三四五六七八九十".charAt(next - 1) + ")"));
            case CIRCLED -> next <= 20 && rest.indexOf((char) ('\u2460' + next - 1)) >= 0;
            default -> false;
        };
    }



    private static String stripEnd(String text) {
        return text.isEmpty() ? text : text.substring(0, text.length() - 1);
    }

    /** A glossary or notes item: "1.“四上”企业：…", "［1］一降三减：" with its definition below. */
    private static Paragraph listItem(String text, String next, int line, int expected) {
        Matcher ref = NOTE_REF.matcher(text);
        Matcher loose = LOOSE_ITEM.matcher(text);
        String marker;
        String rest;
        if (ref.lookingAt()) {
            marker = ref.group(1);
            rest = text.substring(ref.end());
        } else if (loose.lookingAt() && Integer.parseInt(loose.group(2)) == expected) {
            marker = loose.group(1);
            rest = text.substring(loose.end());
        } else {
            Optional<Marker> found = Marker.find(text);
            if (found.isEmpty() || found.get().kind() == MarkerKind.CHINESE
                    || found.get().kind() == MarkerKind.CHAPTER) {
                return null;
            }
            marker = found.get().text();
            rest = found.get().rest();
        }
        if ((rest.endsWith("：") || rest.endsWith(":")) && next != null && Marker.find(next).isEmpty()
                && !NOTE_REF.matcher(next).lookingAt()) {
            rest = rest + next;
        }
        int colon = TextShape.indexOfAny(rest, "：:", 0);
        String lead = colon > 0 && colon <= 40 ? rest.substring(0, colon + 1) : null;
        return new Paragraph(rest, lead, marker, line);
    }

    private static int itemNumber(String marker) {
        String digits = marker.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    /** A short line without closing punctuation between body paragraphs. */
    private static boolean isUnnumberedHeading(String text, String next) {
        if (!TextShape.isTitleLike(text, MAX_UNNUMBERED) || next == null || next.isEmpty()) {
            return false;
        }
        if (DATE_LINE.matcher(text).matches() || !MetaLines.read(text).isEmpty()
                || text.startsWith("——") || text.startsWith("《") && text.endsWith("》")) {
            return false;
        }
        // followed by a longer paragraph, or by a sentence at least as long (short briefing items)
        return next.length() > text.length() + 10 || TextShape.endsLikeSentence(next) && next.length() > 20
                || "。！？!?".indexOf(TextShape.last(next)) >= 0 && next.length() >= text.length();
    }

    /** A short sentence with a pause in it, alone on a line before a paragraph: "这一年，我们…。". */
    private static boolean isParallelCandidate(String text, String next) {
        if (next == null || text.length() > MAX_PARALLEL_HEADING || !text.endsWith("。") || next.length() < 40) {
            return false;
        }
        String body = text.substring(0, text.length() - 1);
        return body.length() >= 8 && TextShape.indexOfAny(body, "，、", 0) >= 0
                && TextShape.indexOfAny(body, "；：！？。;:", 0) < 0 && !NOT_HEADING_WORDS.matcher(body).matches();
    }

    /** A short sentence alone on a line, followed by a paragraph: "产业结构持续优化。". */
    private static boolean isSentenceHeading(String text, String next) {
        if (next == null || text.length() > MAX_SENTENCE_HEADING + 1 || !text.endsWith("。")) {
            return false;
        }
        String body = text.substring(0, text.length() - 1);
        return body.length() >= 4 && TextShape.indexOfAny(body, "，、；：！？。,;:", 0) < 0
                && !NOT_HEADING_WORDS.matcher(body).matches() && next.length() >= 40;
    }

    /** Siblings of one marker kind must count 1, 2, 3…: report gaps and disorder. */
    private static void checkNumbering(List<Builder> siblings, Consumer<Diagnostic> report) {
        Builder previous = null;
        for (Builder builder : siblings) {
            if (builder.markerKind != null && builder.ordinal > 0) {
                if (previous != null && previous.markerKind != builder.markerKind) {
                    previous = null;
                }
                int expected = previous == null ? 1 : previous.ordinal + 1;
                if (builder.ordinal > expected) {
                    report.accept(Diagnostic.warning("numbering-gap", previous == null
                            ? "编号不从头开始：第一个是“" + builder.marker + "”"
                            : "编号不连续：“" + previous.marker + "”之后是“" + builder.marker + "”", builder.line));
                } else if (builder.ordinal < expected) {
                    report.accept(Diagnostic.warning("numbering-order",
                            "编号顺序有误：“" + previous.marker + "”之后是“" + builder.marker + "”", builder.line));
                }
                previous = builder;
            }
            checkNumbering(builder.children, report);
        }
    }
}
