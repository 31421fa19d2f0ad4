package org.wenshu.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wenshu.model.Paragraph;
import org.wenshu.model.SourceLine;

/**
 * Siblings are decided together. A run is the lines of one marker kind with consecutive ordinals
 * under one parent (（一）（二）（三）, 1、2、3、); whether its lines are headings or list items, and
 * where a run-in heading is cut (at the full stop or at the colon), is decided once for the run by
 * its majority, not line by line. A tie goes to headings when the lines have bodies between them,
 * to list items when they stand one after another.
 */
final class NumberedRunRule implements RunRule {
    /**
     * Where a run-in heading is cut: the whole line, its first full stop, its colon; CLAUSE (its first
     * clause, ending in a semicolon) only for an item of a run of headings that no other cut makes one.
     */
    private enum Cut { WHOLE, STOP, COLON, CLAUSE }

    private final HeadingLimits limits;

    NumberedRunRule(HeadingLimits limits) {
        this.limits = limits;
    }

    @Override
    public String name() {
        return "numbered-runs";
    }

    /** One numbered line of a run: its index in the items, and what its source line says. */
    /** {@code segment} counts the parents a run that runs on has passed under (0 for the first). */
    private record Member(int index, Marker marker, int line, int segment) {}

    @Override
    public List<OutlineItem> decide(List<OutlineItem> items, List<SourceLine> origins) {
        List<List<Member>> runs = new ArrayList<>();
        Map<MarkerKind, List<Member>> open = new EnumMap<>(MarkerKind.class);
        // the last run of each kind, kept when an outer line closes it: numbering that runs on
        // under the next parent (（六） under 一、, （七） under 二、; 1.–39. through a plan) is one list
        Map<MarkerKind, List<Member>> closed = new EnumMap<>(MarkerKind.class);
        for (int i = 0; i < items.size(); i++) {
            OutlineItem item = items.get(i);
            if (item instanceof OutlineItem.Part) {
                open.clear();
                closed.clear();
                continue;
            }
            int line = numberedLine(item);
            if (line < 0) {
                continue;
            }
            Optional<Marker> found = Marker.find(origins.get(i).text());
            if (found.isEmpty() || found.get().kind() == MarkerKind.UNNUMBERED) {
                continue;
            }
            Marker marker = found.get();
            // a line of an outer kind (by the usual order 一、 （一） 1. （1） ①) gives the inner runs a
            // new parent: siblings are decided under one parent, even where numbering runs on
            open.forEach((kind, inner) -> {
                if (kind.compareTo(marker.kind()) > 0) {
                    closed.put(kind, inner);
                }
            });
            open.keySet().removeIf(kind -> kind.compareTo(marker.kind()) > 0);
            List<Member> run = open.get(marker.kind());
            if (run == null && marker.ordinal() > 1) {
                run = closed.get(marker.kind());
            }
            if (run != null && marker.ordinal() == run.get(run.size() - 1).marker().ordinal() + 1) {
                Member previous = run.get(run.size() - 1);
                run.add(new Member(i, marker, line, previous.segment() + (open.get(marker.kind()) == run ? 0 : 1)));
                open.put(marker.kind(), run);
            } else {
                run = new ArrayList<>(List.of(new Member(i, marker, line, 0)));
                runs.add(run);
                open.put(marker.kind(), run);
            }
        }
        List<OutlineItem> out = new ArrayList<>(items);
        // inner kinds first: whether an outer run holds sub-headings depends on what its inner runs are
        runs.sort((a, b) -> b.get(0).marker().kind().compareTo(a.get(0).marker().kind()));
        for (List<Member> run : runs) {
            if (run.size() >= 2) {
                decideRun(run, out);
            }
        }
        return out;
    }

    /** The source line of a numbered heading or numbered paragraph this pass may judge, or -1. */
    private static int numberedLine(OutlineItem item) {
        if (item instanceof OutlineItem.Head head && head.styledLevel() == 0 && head.kind() != MarkerKind.UNNUMBERED
                && head.rule().equals(NumberedLineRule.NAME)) {
            return head.line();
        }
        if (item instanceof OutlineItem.Para para && para.rule().equals(NumberedLineRule.NAME)) {
            return para.paragraph().line();
        }
        return -1;
    }

    private void decideRun(List<Member> run, List<OutlineItem> out) {
        int heads = 0;
        boolean contiguous = true;
        Map<Cut, Integer> cuts = new EnumMap<>(Cut.class);
        for (int m = 0; m < run.size(); m++) {
            if (out.get(run.get(m).index()) instanceof OutlineItem.Head head) {
                heads++;
                cuts.merge(cutOf(head), 1, Integer::sum);
            }
            if (m > 0 && run.get(m).index() - run.get(m - 1).index() > 1) {
                contiguous = false;
            }
        }
        int paras = run.size() - heads;
        if (heads == 0 || paras == 0 && cuts.size() <= 1) {
            return;
        }
        boolean headings = heads > paras || heads == paras && !contiguous;
        Cut cut = cuts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Cut.WHOLE);
        // numbering that runs on under further parents is one list, voted on as one; each parent's
        // part of it is then checked on its own, as a run under one parent is
        Map<Integer, List<Member>> segments = new java.util.TreeMap<>();
        run.forEach(m -> segments.computeIfAbsent(m.segment(), k -> new ArrayList<>()).add(m));
        for (List<Member> segment : segments.values()) {
            decideSegment(segment, headings, cut, out);
        }
        long headed = run.stream().filter(m -> out.get(m.index()) instanceof OutlineItem.Head).count();
        if (segments.size() > 1 && headed > 0 && headed * 2 < run.size()) {
            // one list is one kind across its parents too: where most parents' parts came out
            // numbered paragraphs, the few parts that came out headings are numbered paragraphs as well
            for (List<Member> segment : segments.values()) {
                decideSegment(segment, false, cut, out);
            }
        }
    }

    private void decideSegment(List<Member> run, boolean headings, Cut cut, List<OutlineItem> out) {
        if (headings && !holdsHeadings(run, out)
                && run.stream().anyMatch(m -> out.get(m.index()) instanceof OutlineItem.Para && !canBeHeading(m))) {
            // one list is one kind: an item whose text no cut makes a heading (a long clause, no
            // early stop or colon) shows the items are numbered paragraphs, its siblings too, unless
            // headings of their own stand under them
            headings = false;
        }
        if (headings && !cutsAll(run, cut)) {
            // one cut for the run: where the majority's cut does not fit every line (a duty list
            // "(一)区发展改革委：负责…", some lines one sentence, some two), the lead every line has
            for (Cut other : List.of(Cut.COLON, Cut.STOP)) {
                if (other != cut && cutsAll(run, other)) {
                    cut = other;
                    break;
                }
            }
        }
        for (Member member : run) {
            OutlineItem item = out.get(member.index());
            if (!headings) {
                String rest = member.marker().rest();
                out.set(member.index(), new OutlineItem.Para(new Paragraph(rest, LeadFinder.find(rest),
                        member.marker().text(), member.line()), NumberedLineRule.NAME));
            } else if (item instanceof OutlineItem.Para || cutOf((OutlineItem.Head) item) != cut) {
                OutlineItem.Head head = headAt(member, cut);
                for (Cut other : Cut.values()) {
                    if (head == null && item instanceof OutlineItem.Para) {
                        head = headAt(member, other); // a heading all the same, cut as its text allows
                    }
                }
                if (head != null) {
                    out.set(member.index(), head);
                }
            }
        }
    }

    /**
     * Whether a heading of an inner kind (by the usual order 一、 （一） 1. （1） ①, or unnumbered)
     * stands between the run's first and last line: a sub-heading of one of its items. A heading
     * the format styles (Word's heading styles) says nothing about the run's own level.
     */
    private static boolean holdsHeadings(List<Member> run, List<OutlineItem> out) {
        int first = run.get(0).index();
        int last = run.get(run.size() - 1).index();
        java.util.Set<Integer> members = new java.util.HashSet<>();
        run.forEach(m -> members.add(m.index()));
        for (int i = first + 1; i < last; i++) {
            if (out.get(i) instanceof OutlineItem.Head head && !members.contains(i) && head.styledLevel() == 0
                    && (head.kind() == MarkerKind.UNNUMBERED || head.kind().compareTo(run.get(0).marker().kind()) > 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every line of the run can be cut {@code cut}; a colon cut only where the colon comes
     * before the line's first full stop (a label and its text, "区财政局：负责…。").
     */
    private boolean cutsAll(List<Member> run, Cut cut) {
        for (Member member : run) {
            if (headAt(member, cut) == null) {
                return false;
            }
            String rest = member.marker().rest();
            int stop = TextShape.indexOfAny(rest, "。！？", 0);
            if (cut == Cut.COLON && (stop >= 0 && stop < TextShape.indexOfAny(rest, "：", 0)
                    || TextShape.indexOfAny(rest, "：", 0) > limits.maxColonRunIn())) {
                return false;
            }
        }
        return true;
    }

    private boolean canBeHeading(Member member) {
        for (Cut any : List.of(Cut.WHOLE, Cut.STOP, Cut.COLON)) {
            if (headAt(member, any) != null) {
                return true;
            }
        }
        return false;
    }

    private static Cut cutOf(OutlineItem.Head head) {
        if (head.runIn() == null) {
            return Cut.WHOLE;
        }
        return head.heading().endsWith("：") ? Cut.COLON : Cut.STOP;
    }

    /**
     * The member's line as a heading cut the run's way, or null when its text does not allow that
     * cut. Siblings that cut at their full stop vouch for a longer lead than one line alone could.
     */
    private OutlineItem.Head headAt(Member member, Cut cut) {
        String rest = member.marker().rest();
        int stop = TextShape.indexOfAny(rest, "。！？", 0);
        int colon = TextShape.indexOfAny(rest, "：", 0);
        return switch (cut) {
            case STOP -> stop > 0 && stop <= limits.maxChineseHeading()
                    ? head(member, rest.substring(0, stop), rest.substring(stop + 1)) : null;
            case COLON -> colon > 0 && colon <= limits.maxRunIn()
                    ? head(member, rest.substring(0, colon + 1), rest.substring(colon + 1)) : null;
            case WHOLE -> rest.length() <= limits.maxChineseHeading() && (stop < 0 || stop == rest.length() - 1)
                    ? head(member, rest.replaceAll("[；;，,、。]+$", ""), "") : null;
            case CLAUSE -> {
                int semicolon = TextShape.indexOfAny(rest, "；", 0);
                yield semicolon > 0 && semicolon <= limits.maxRunIn() && (stop < 0 || semicolon < stop)
                        ? head(member, rest.substring(0, semicolon), rest.substring(semicolon + 1)) : null;
            }
        };
    }

    private static OutlineItem.Head head(Member member, String heading, String body) {
        String rest = body.strip();
        Paragraph runIn = rest.isEmpty() ? null : new Paragraph(rest, LeadFinder.find(rest), null, member.line());
        Marker marker = member.marker();
        return new OutlineItem.Head(marker.kind(), marker.text(), marker.ordinal(), heading.strip(), member.line(),
                runIn, 0, NumberedLineRule.NAME);
    }
}
