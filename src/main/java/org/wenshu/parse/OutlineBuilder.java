package org.wenshu.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Quote;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;
import org.wenshu.model.SourceLine;

/**
 * Builds the heading tree of a document body. {@link HeadingRule}s propose, line by line, what each
 * line is (numbered heading, run-in heading, unnumbered heading, attachment or notes part, list
 * item, paragraph); {@link RunRule}s then decide over runs of siblings. Levels follow the
 * document's own order of marker kinds: a kind met for the first time opens a level below the
 * current one, a kind met before closes everything below its level.
 */
final class OutlineBuilder {
    /** The line rules, first match wins; a line no rule claims is a paragraph. */
    private static final List<HeadingRule> RULES = List.of(
            new TableLineRule(),
            new StyledLineRule(),
            new AttachmentPartRule(),
            new NotesPartRule(),
            new GlossaryItemRule(),
            new AttachmentListRule(),
            new TabularRunRule(),
            new NumberedLineRule(),
            new EnumerationLineRule(),
            new UnitNoteRule(),
            new UnnumberedHeadingRule(),
            new ParallelSentenceRule(),
            new ShortSentenceRule());

    private final HeadingLimits limits;
    /** The run rules, in order. */
    private final List<RunRule> runRules;

    OutlineBuilder() {
        this(HeadingLimits.STANDARD);
    }

    OutlineBuilder(HeadingLimits limits) {
        this.limits = limits;
        this.runRules = List.of(
                new NumberedRunRule(limits),
                new ParallelSiblingsRun(),
                new SentencePairRun());
    }

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
        /** The index of the item this section was built from, or -1. */
        int item = -1;

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

    Outline build(List<SourceLine> body, Consumer<Diagnostic> report) {
        List<SourceLine> lines = GluedPartLabel.split(body, report);
        List<SourceLine> origins = new ArrayList<>();
        List<OutlineItem> items = classify(lines, origins);
        // styled levels count from the highest one used: a document whose headings start at
        // Markdown "##" or Word "Heading 2" has them as its first level
        int topStyled = lines.stream().map(SourceLine::headingLevel).filter(l -> l != null && l > 0)
                .min(Integer::compare).orElse(1);
        List<Paragraph> preamble = new ArrayList<>();
        List<Builder> roots = new ArrayList<>();
        List<Builder> stack = new ArrayList<>();
        boolean[] continued = continuedRuns(items);
        for (int index = 0; index < items.size(); index++) {
            OutlineItem item = items.get(index);
            if (item instanceof OutlineItem.Head head && splitsRun(head, stack, continued)) {
                // an unnumbered line between 二、 and 三、 that would close 二、 is not a heading
                String text = origins.get(index).text();
                item = new OutlineItem.Para(new Paragraph(text, LeadFinder.find(text), null, head.line()));
            }
            if (item instanceof OutlineItem.Part part) {
                Builder builder = new Builder(part.marker(), part.heading(), part.line(), part.kind(), null, -1);
                roots.add(builder);
                stack.clear();
                stack.add(builder);
            } else if (item instanceof OutlineItem.Head head) {
                int partDepth = !stack.isEmpty() && stack.get(0).kind != Section.Kind.HEADING ? 1 : 0;
                int sibling = nextSibling(stack, head);
                int depth = sibling >= 0 ? sibling
                        : head.styledLevel() > 0
                        ? Math.min(head.styledLevel() - topStyled + partDepth, stack.size())
                        : outerDepth(stack, head);
                while (stack.size() > depth) {
                    stack.remove(stack.size() - 1);
                }
                Builder builder = new Builder(head.marker(), head.heading(), head.line(), Section.Kind.HEADING,
                        head.kind(), head.ordinal());
                builder.item = index;
                (stack.isEmpty() ? roots : stack.get(stack.size() - 1).children).add(builder);
                stack.add(builder);
                if (head.runIn() != null) {
                    builder.paragraphs.add(head.runIn());
                }
            } else {
                Paragraph paragraph = ((OutlineItem.Para) item).paragraph();
                (stack.isEmpty() ? preamble : stack.get(stack.size() - 1).paragraphs).add(paragraph);
            }
        }
        checkNumbering(roots, new java.util.EnumMap<>(MarkerKind.class), report);
        return new Outline(preamble, roots.stream().map(Builder::build).toList());
    }

    /**
     * For each item, whether it is a numbered heading whose run goes on: the next ordinal of its
     * kind follows before any part starts or any heading of an outer kind (by the usual order).
     */
    private static boolean[] continuedRuns(List<OutlineItem> items) {
        boolean[] continued = new boolean[items.size()];
        java.util.Map<MarkerKind, Integer> open = new java.util.EnumMap<>(MarkerKind.class);
        for (int i = 0; i < items.size(); i++) {
            OutlineItem item = items.get(i);
            if (item instanceof OutlineItem.Part) {
                open.clear();
            } else if (item instanceof OutlineItem.Head head && head.kind() != MarkerKind.UNNUMBERED) {
                open.keySet().removeIf(kind -> kind.compareTo(head.kind()) > 0);
                Integer previous = open.get(head.kind());
                if (previous != null && ((OutlineItem.Head) items.get(previous)).ordinal() + 1 == head.ordinal()) {
                    continued[previous] = true;
                }
                open.put(head.kind(), i);
            }
        }
        return continued;
    }

    /** An unnumbered heading that would close a numbered heading whose run goes on after it. */
    private static boolean splitsRun(OutlineItem.Head head, List<Builder> stack, boolean[] continued) {
        if (head.kind() != MarkerKind.UNNUMBERED || head.styledLevel() > 0) {
            return false;
        }
        for (int i = depthOf(stack, MarkerKind.UNNUMBERED); i < stack.size(); i++) {
            Builder open = stack.get(i);
            if (open.item >= 0 && open.markerKind != MarkerKind.UNNUMBERED && continued[open.item]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The depth of the open heading a numbered heading follows in its count (三、 after an open
     * 二、), or -1: consecutive ordinals of one kind are siblings even where a heading style says
     * otherwise (Word files styled by hand: 一、二、 unstyled, 三、 "Heading 1", 四、 "Heading 2").
     * The innermost open heading of the kind is the one counted on.
     */
    private static int nextSibling(List<Builder> stack, OutlineItem.Head head) {
        if (head.kind() == MarkerKind.UNNUMBERED || head.styledLevel() == 0) {
            return -1;
        }
        for (int i = stack.size() - 1; i >= 0; i--) {
            Builder open = stack.get(i);
            if (open.markerKind == head.kind()) {
                return open.ordinal + 1 == head.ordinal() ? i : -1;
            }
        }
        return -1;
    }

    /**
     * Where a numbered heading goes: as {@link #depthOf}, save that a kind met for the first time
     * with an ordinal past 1 (二、 after 1. 2. 3.) continues a count begun above, not a new level
     * below: where the usual order (第一章 一、 （一） 1. 1） （1） ①) puts it outside an open kind, it
     * closes that kind's level and takes its place. A new level starts at 1, so a writer's own order
     * (1. over （一）) is left alone.
     */
    private static int outerDepth(List<Builder> stack, OutlineItem.Head head) {
        int depth = depthOf(stack, head.kind());
        if (depth < stack.size() || head.ordinal() <= 1 || !usualOrder(head.kind())) {
            return depth;
        }
        for (int i = 0; i < stack.size(); i++) {
            MarkerKind open = stack.get(i).markerKind;
            if (open != null && usualOrder(open) && open.compareTo(head.kind()) > 0) {
                return i;
            }
        }
        return depth;
    }

    /** The kinds whose usual nesting is their order of declaration: not decimal numbering, not unnumbered. */
    private static boolean usualOrder(MarkerKind kind) {
        return kind != MarkerKind.UNNUMBERED && kind.decimalDepth() == 0;
    }

    /**
     * Where a heading of {@code kind} goes: the level of the same kind already open, else one deeper.
     * Decimal numbering nests by its depth: "1.2" closes an open "1.1.1" even where no "1.1" came
     * between them, and goes where the first open decimal heading at least as deep is.
     */
    private static int depthOf(List<Builder> stack, MarkerKind kind) {
        for (int i = 0; i < stack.size(); i++) {
            MarkerKind open = stack.get(i).markerKind;
            if (open == kind || kind.decimalDepth() > 0 && open != null && open.decimalDepth() >= kind.decimalDepth()) {
                return i;
            }
        }
        return stack.size();
    }

    /**
     * The items of a body, and into {@code origins} the line each item was proposed from: lines
     * split from one source line (HTML blocks) share its number, so a number cannot find an item's
     * text again.
     */
    private List<OutlineItem> classify(List<SourceLine> lines, List<SourceLine> origins) {
        List<OutlineItem> items = new ArrayList<>();
        HeadingRule.Scope scope = HeadingRule.Scope.BODY;
        TabularRunRule.CellShapes cellShapes = new TabularRunRule.CellShapes(lines);
        for (int i = 0; i < lines.size(); ) {
            HeadingRule.Proposal proposal = propose(new HeadingRule.Context(lines, i, scope, limits, cellShapes));
            items.add(proposal.item());
            origins.add(lines.get(i));
            scope = proposal.scope();
            i += proposal.lines();
        }
        for (RunRule rule : runRules) {
            items = rule.decide(items, origins);
        }
        return items;
    }

    private static HeadingRule.Proposal propose(HeadingRule.Context context) {
        for (HeadingRule rule : RULES) {
            Optional<HeadingRule.Proposal> proposal = rule.propose(context);
            if (proposal.isPresent()) {
                return proposal.get();
            }
        }
        String text = context.text();
        return context.one(new OutlineItem.Para(new Paragraph(text, LeadFinder.find(text), null,
                context.line().number()))).orElseThrow();
    }

    /**
     * Siblings of one marker kind must count 1, 2, 3…: report gaps and disorder. Numbering that
     * starts again at 1 opens a new group (a summary's results, then its plans); numbering that
     * runs on from the last heading of its kind under the previous parent is no gap.
     */
    private static void checkNumbering(List<Builder> siblings, java.util.Map<MarkerKind, Integer> last,
                                       Consumer<Diagnostic> report) {
        Builder previous = null;
        for (Builder builder : siblings) {
            if (builder.markerKind != null && builder.ordinal > 0) {
                if (previous != null && previous.markerKind != builder.markerKind) {
                    previous = null;
                }
                if (previous != null && builder.ordinal == 1 && previous.ordinal > 1) {
                    // 一、…四、, a lead-in (明年工作打算如下：), 一、…: a second group, not disorder
                    previous = null;
                }
                int expected = previous == null ? 1 : previous.ordinal + 1;
                // （七） first under 二、 after （六） under 一、: numbering that runs on through the document
                boolean runsOn = previous == null && builder.ordinal == last.getOrDefault(builder.markerKind, 0) + 1;
                last.put(builder.markerKind, builder.ordinal);
                if (builder.ordinal > expected && !runsOn) {
                    report.accept(previous == null
                            ? Diagnostic.warning("numbering-gap", builder.line, "numberingStart", Quote.of(builder.marker))
                            : Diagnostic.warning("numbering-gap", builder.line, "numberingGap", Quote.of(previous.marker),
                                    Quote.of(builder.marker)));
                } else if (builder.ordinal < expected) {
                    report.accept(Diagnostic.warning("numbering-order", builder.line,
                            "numberingOrder", Quote.of(previous.marker), Quote.of(builder.marker)));
                }
                previous = builder;
            }
            checkNumbering(builder.children, last, report);
        }
    }
}
