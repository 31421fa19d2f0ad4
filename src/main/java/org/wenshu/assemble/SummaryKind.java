package org.wenshu.assemble;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Wording;
import org.wenshu.model.Quote;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Report;
import org.wenshu.model.Section;
import org.wenshu.model.WenshuException;

/**
 * {@code summary} (综合总结): many units' material merged into one document under the job's own
 * outline. Routing rules send each source's sections and paragraphs under a heading; what no rule
 * takes goes to the job's {@code unmatched} heading or is left out with a diagnostic listing it.
 * Under each heading the contributions follow in source order, each attributed to its unit, and the
 * whole is numbered afresh (一、 （一） 1.) so no level has a gap.
 */
final class SummaryKind implements ReportKind {
    @Override
    public String name() {
        return "summary";
    }

    @Override
    public String template() {
        return "summary";
    }

    @Override
    public boolean takesPlan() {
        return true;
    }

    @Override
    public Report assemble(List<Document> documents, Metadata cover) {
        throw new WenshuException("kind: summary 需要 summary: 部分（报告的提纲和归类规则）").translatable(null, "summaryNoPlan");
    }

    @Override
    public Report assemble(List<Document> documents, Metadata cover, JobFile job) {
        SummaryPlan plan = SummaryPlan.read(job.plan(), job.path().toString());
        if (cover.get("title").isEmpty()) {
            throw new WenshuException(job.path() + "：综合总结需要标题：请在 metadata 下写 title: …").translatable(job.path(), "summaryNoTitle");
        }
        return new Merge(plan, documents).report(name(), cover);
    }

    /** A left-out listing names at most this many line ranges, then 等 (the count is exact). */
    private static final int MAX_RANGES = 12;

    /** One unit's material routed under one heading, in source order. */
    private record Contribution(String unit, Document source, List<Paragraph> paragraphs) {}

    /** The routing of all sources, then the merged document. */
    private static final class Merge {
        private final SummaryPlan plan;
        private final List<Document> documents;
        private final Map<SummaryPlan.Heading, List<Contribution>> routed = new IdentityHashMap<>();
        private final List<Contribution> unmatched = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        Merge(SummaryPlan plan, List<Document> documents) {
            this.plan = plan;
            this.documents = documents;
        }

        Report report(String kind, Metadata cover) {
            for (Document document : documents) {
                route(document);
            }
            List<Section> sections = new ArrayList<>();
            int index = 0;
            for (SummaryPlan.Heading heading : plan.outline()) {
                index++;
                sections.add(section(heading, Numbering.marker(1, index), 1));
            }
            if (!plan.unmatched().isEmpty() && !unmatched.isEmpty()) {
                index++;
                sections.add(withContributions(Numbering.marker(1, index), plan.unmatched(), 0, unmatched,
                        List.of(), 1));
            } else {
                reportLeftOut();
            }
            if (!plan.closingText().isEmpty()) {
                index++;
                sections.add(new Section(Numbering.marker(1, index), plan.closingHeading(), 0, Section.Kind.HEADING,
                        List.of(Paragraph.plain(plan.closingText(), 0)), List.of()));
            }
            List<Paragraph> preamble = plan.opening().isEmpty() ? List.of() : List.of(Paragraph.plain(plan.opening(), 0));
            String title = cover.get("title").orElseThrow();
            Metadata meta = cover;
            if (cover.get("publisher").isPresent()) {
                meta = meta.withDefault("signature", cover.get("publisher").get());
            }
            if (cover.get("date").isPresent()) {
                String[] ymd = cover.get("date").get().split("-");
                meta = meta.withDefault("signed", ymd[0] + "年" + Integer.parseInt(ymd[1]) + "月" + Integer.parseInt(ymd[2]) + "日");
            }
            Document merged = new Document("summary", title, null, null, meta, preamble, sections, List.of());
            List<Contribution> kept = new ArrayList<>();
            routed.values().forEach(kept::addAll);
            if (!plan.unmatched().isEmpty()) {
                kept.addAll(unmatched);
            }
            kept.sort(java.util.Comparator.comparingInt(c -> documents.indexOf(c.source())));
            List<SentenceRepeats.Piece> pieces = kept.stream()
                    .map(c -> new SentenceRepeats.Piece(c.unit(), c.source(), c.paragraphs())).toList();
            diagnostics.addAll(new SentenceRepeats().find(pieces));
            return new Report(kind, cover, List.of(merged), diagnostics,
                    new FigureFinder().statistics(documents, this::unitOf, pieces));
        }

        private void route(Document document) {
            String unit = unitOf(document);
            for (Paragraph paragraph : document.preamble()) {
                routeParagraph(paragraph, unit, document);
            }
            int position = 0;
            for (Section section : document.sections()) {
                if (section.kind() == Section.Kind.HEADING) {
                    position++;
                    routeSection(section, position, unit, document);
                } else {
                    take(null, unit, document, flatten(section));
                }
            }
        }

        private void routeSection(Section section, int position, String unit, Document document) {
            SummaryPlan.Heading target = find(h -> h.rule().takesHeading(section.heading(), position));
            if (target != null) {
                take(target, unit, document, flatten(section));
                return;
            }
            take(null, unit, document, List.of(headingAsParagraph(section, List.of())));
            for (Paragraph paragraph : section.paragraphs()) {
                routeParagraph(paragraph, unit, document);
            }
            for (Section child : section.sections()) {
                routeSection(child, 0, unit, document);
            }
        }

        private void routeParagraph(Paragraph paragraph, String unit, Document document) {
            take(find(h -> !paragraph.isTable() && h.rule().takesParagraph(paragraph.lead(), paragraph.text())),
                    unit, document, List.of(paragraph));
        }

        /** The most specific heading whose rule agrees: a （一） before its 一、, in outline order. */
        private SummaryPlan.Heading find(java.util.function.Predicate<SummaryPlan.Heading> takes) {
            for (SummaryPlan.Heading heading : plan.outline()) {
                for (SummaryPlan.Heading child : heading.children()) {
                    if (takes.test(child)) {
                        return child;
                    }
                }
                if (takes.test(heading)) {
                    return heading;
                }
            }
            return null;
        }

        /** Adds material to a heading (or to what no rule took), joining it to the same source's last piece there. */
        private void take(SummaryPlan.Heading heading, String unit, Document document, List<Paragraph> paragraphs) {
            List<Contribution> list = heading == null ? unmatched : routed.computeIfAbsent(heading, h -> new ArrayList<>());
            if (!list.isEmpty() && list.get(list.size() - 1).source() == document) {
                Contribution last = list.remove(list.size() - 1);
                List<Paragraph> joined = new ArrayList<>(last.paragraphs());
                joined.addAll(paragraphs);
                list.add(new Contribution(unit, document, joined));
            } else {
                list.add(new Contribution(unit, document, paragraphs));
            }
        }

        private Section section(SummaryPlan.Heading heading, String marker, int level) {
            List<Contribution> own = routed.getOrDefault(heading, List.of());
            List<SummaryPlan.Heading> children = heading.children();
            boolean empty = own.isEmpty() && children.stream().allMatch(c -> routed.getOrDefault(c, List.of()).isEmpty());
            if (empty) {
                diagnostics.add(Diagnostic.warning("summary-empty-heading", 0,
                        "summaryEmptyHeading", Quote.of(heading.heading()), heading.line()));
            }
            return withContributions(marker, heading.heading(), heading.line(), own, children, level);
        }

        private Section withContributions(String marker, String text, int line, List<Contribution> contributions,
                                          List<SummaryPlan.Heading> children, int level) {
            List<Paragraph> paragraphs = new ArrayList<>();
            List<Section> subsections = new ArrayList<>();
            if (plan.attribution() == SummaryPlan.Attribution.HEADING) {
                Map<String, List<Paragraph>> byUnit = new LinkedHashMap<>();
                for (Contribution contribution : contributions) {
                    byUnit.computeIfAbsent(contribution.unit(), u -> new ArrayList<>()).addAll(contribution.paragraphs());
                }
                for (Map.Entry<String, List<Paragraph>> unit : byUnit.entrySet()) {
                    subsections.add(new Section(Numbering.marker(level + 1, subsections.size() + 1), unit.getKey(), 0,
                            Section.Kind.HEADING, unit.getValue(), List.of()));
                }
            } else {
                for (Contribution contribution : contributions) {
                    paragraphs.addAll(attributed(contribution));
                }
            }
            for (SummaryPlan.Heading child : children) {
                subsections.add(section(child, Numbering.marker(level + 1, subsections.size() + 1), level + 1));
            }
            return new Section(marker, text, line, Section.Kind.HEADING, paragraphs, subsections);
        }

        private List<Paragraph> attributed(Contribution contribution) {
            List<Paragraph> paragraphs = new ArrayList<>(contribution.paragraphs());
            String unit = contribution.unit();
            if (plan.attribution() == SummaryPlan.Attribution.LEAD) {
                Paragraph first = paragraphs.get(0);
                String label = unit + "：";
                String lead = first.lead() == null ? label : label + first.lead();
                paragraphs.set(0, first.withText(label + first.text(), lead, first.marker()));
                if (first.isTable()) {
                    paragraphs.set(0, Paragraph.plain(label, first.line()));
                    paragraphs.add(1, first);
                }
            } else {
                int lastIndex = paragraphs.size() - 1;
                Paragraph last = paragraphs.get(lastIndex);
                if (last.isTable()) {
                    paragraphs.add(Paragraph.plain("（" + unit + "）", last.line()));
                } else {
                    paragraphs.set(lastIndex, new Paragraph(last.text() + "（" + unit + "）", last.lead(), last.marker(),
                            null, last.line()));
                }
            }
            return paragraphs;
        }

        /** A section as paragraphs: its heading (and its sub-headings) become the lead of their first paragraph. */
        private static List<Paragraph> flatten(Section section) {
            List<Paragraph> paragraphs = new ArrayList<>();
            paragraphs.add(headingAsParagraph(section, section.paragraphs()));
            if (!section.paragraphs().isEmpty()) {
                paragraphs.addAll(section.paragraphs().subList(1, section.paragraphs().size()));
            }
            for (Section child : section.sections()) {
                paragraphs.addAll(flatten(child));
            }
            return paragraphs;
        }

        /** The heading as a lead sentence opening the first of {@code body} (or standing alone). */
        private static Paragraph headingAsParagraph(Section section, List<Paragraph> body) {
            String heading = section.kind() == Section.Kind.HEADING ? section.heading() : section.displayHeading();
            String lead = heading.isEmpty() || heading.matches(".*[。！？：:；]$") ? heading : heading + "。";
            if (body.isEmpty() || body.get(0).isTable() || body.get(0).isListItem()) {
                return new Paragraph(lead, lead, null, section.line());
            }
            Paragraph first = body.get(0);
            return new Paragraph(lead + first.text(), lead, null, first.line());
        }

        private void reportLeftOut() {
            Map<Document, List<Integer>> lines = new LinkedHashMap<>();
            for (Contribution contribution : unmatched) {
                List<Integer> list = lines.computeIfAbsent(contribution.source(), d -> new ArrayList<>());
                contribution.paragraphs().forEach(p -> list.add(p.line()));
            }
            for (Map.Entry<Document, List<Integer>> entry : lines.entrySet()) {
                Document source = entry.getKey();
                diagnostics.add(Diagnostic.warning("summary-left-out",
                        entry.getValue().isEmpty() ? 0 : entry.getValue().get(0), "summaryLeftOut",
                        Quote.of(source.source()), Quote.of(unitOf(source)), entry.getValue().size(), ranges(entry.getValue())));
            }
        }

        /** The unit a source speaks for: the job's pattern on its title, else on its file name, else the title. */
        String unitOf(Document document) {
            String title = document.title().isEmpty() ? document.source() : document.title();
            String file = java.nio.file.Path.of(document.source()).getFileName().toString().replaceFirst("\\.[^.]+$", "");
            for (String text : List.of(title, file)) {
                Matcher matcher = plan.unit().matcher(text);
                if (matcher.find()) {
                    String unit = matcher.groupCount() > 0 && matcher.group(1) != null ? matcher.group(1) : matcher.group();
                    if (!unit.isBlank()) {
                        return unit.strip();
                    }
                }
            }
            return title;
        }

        private static Wording ranges(List<Integer> lines) {
            List<Integer> sorted = lines.stream().filter(l -> l > 0).distinct().sorted().toList();
            List<String> out = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                if (out.size() == MAX_RANGES) {
                    return Wording.of("rangesMore", out);
                }
                int start = sorted.get(i);
                int end = start;
                while (i + 1 < sorted.size() && sorted.get(i + 1) == end + 1) {
                    end = sorted.get(++i);
                }
                out.add(start == end ? String.valueOf(start) : start + "–" + end);
            }
            return Wording.of("ranges", out);
        }
    }
}
