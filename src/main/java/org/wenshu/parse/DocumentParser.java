package org.wenshu.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;
import org.wenshu.model.SourceLine;

/** Turns the cleaned lines of one source into documents: one, or one per article of a compilation. */
public final class DocumentParser {
    private static final int MAX_TAIL_META = 4;

    private final TitleBlockReader titleBlockReader = new TitleBlockReader();
    private final OutlineBuilder outlineBuilder = new OutlineBuilder();
    private final CompilationSplitter compilationSplitter = new CompilationSplitter();
    private final ClosingBlockReader closingBlockReader = new ClosingBlockReader();
    private final NoticeSplitter noticeSplitter = new NoticeSplitter();

    public List<Document> parse(SourceText source) {
        String name = source.path().toString();
        Optional<CompilationSplitter.Compilation> compilation = compilationSplitter.split(source.lines());
        if (compilation.isEmpty()) {
            List<SourceLine> lines = nonEmpty(source.lines());
            Optional<NoticeSplitter.Split> split = noticeSplitter.split(lines);
            if (split.isPresent()) {
                return parseNotice(name, split.get(), source.diagnostics());
            }
            return List.of(parseOne(name, lines, source.diagnostics(), Map.of()));
        }
        CompilationSplitter.Compilation found = compilation.get();
        List<Document> documents = new ArrayList<>();
        List<List<SourceLine>> articles = found.articles();
        for (int a = 0; a < articles.size(); a++) {
            List<SourceLine> lines = nonEmpty(articles.get(a));
            int first = lines.get(0).number();
            boolean isFirst = a == 0;
            int next = a + 1 < articles.size() ? nonEmpty(articles.get(a + 1)).get(0).number() : Integer.MAX_VALUE;
            // each diagnostic goes to the article its line falls in, up to the next one's first
            // line: what cleaning removed between articles, before the first or after the last
            // is reported with one of them, never dropped
            List<Diagnostic> own = new ArrayList<>(source.diagnostics().stream()
                    .filter(d -> (isFirst || d.line() >= first) && d.line() < next)
                    .toList());
            if (isFirst && found.declaredCount() > 0 && found.declaredCount() != articles.size()) {
                own.add(Diagnostic.warning("article-count", found.line(),
                        "articleCount", found.declaredCount(), articles.size()));
            }
            documents.add(parseOne(name, lines, own, Map.of("collection", found.title())));
        }
        return documents;
    }

    /**
     * A notice and the document it issues, as two documents. The issued document carries the
     * notice's title and 成文日期 in its meta: it has no date of its own, and takes effect with the
     * notice.
     */
    private List<Document> parseNotice(String name, NoticeSplitter.Split split, List<Diagnostic> inherited) {
        int lastNoticeLine = split.notice().get(split.notice().size() - 1).number();
        List<Diagnostic> noticeDiagnostics = inherited.stream().filter(d -> d.line() <= lastNoticeLine).toList();
        List<Diagnostic> issuedDiagnostics = new ArrayList<>(
                inherited.stream().filter(d -> d.line() > lastNoticeLine).toList());
        Document notice = parseOne(name, split.notice(), noticeDiagnostics, Map.of());
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("notice", notice.title());
        notice.meta().get("date").ifPresent(date -> extra.put("date", date));
        if (split.label() != null) {
            extra.put("attachment", split.label());
        }
        int first = split.issued().get(0).number();
        issuedDiagnostics.add(Diagnostic.info("notice-split", first, "noticeSplit"));
        Document issued = parseOne(name, split.issued(), issuedDiagnostics, extra);
        return List.of(notice, issued);
    }

    private Document parseOne(String source, List<SourceLine> lines, List<Diagnostic> inherited,
                              Map<String, String> extraMeta) {
        List<Diagnostic> diagnostics = new ArrayList<>(inherited);
        TitleBlock block = titleBlockReader.read(lines);
        diagnostics.addAll(block.diagnostics());
        Map<String, String> meta = new LinkedHashMap<>(block.meta().fields());
        List<SourceLine> body = new ArrayList<>(lines.subList(block.bodyStart(), lines.size()));
        closingBlockReader.read(body).forEach((key, value) -> {
            if (key.equals("date")) {
                meta.putIfAbsent(key, value);
            } else {
                meta.put(key, value);
            }
        });
        for (int n = 0; n < MAX_TAIL_META && !body.isEmpty(); n++) {
            SourceLine last = body.get(body.size() - 1);
            Map<String, String> fields = MetaLines.read(last.text());
            if (fields.isEmpty() || fields.containsKey("speaker")) {
                break;
            }
            MetaLines.merge(meta, fields, last.number(), diagnostics::add);
            body.remove(body.size() - 1);
        }
        extraMeta.forEach(meta::putIfAbsent); // what the document says of itself comes first
        if (block.title().isEmpty()) {
            diagnostics.add(Diagnostic.info("missing-title", 0, "missingTitle"));
        }
        OutlineBuilder.Outline outline = outlineBuilder.build(body, diagnostics::add);
        checkText(block, outline, diagnostics);
        // not Comparator.comparingInt: it makes a serializable lambda, which Java 17's class-data
        // archive cannot hold, so every cold parse would spin its class again (docs/benchmarks.md, round 10)
        diagnostics.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Document(source, block.title(), block.kicker(), block.subtitle(), new Metadata(meta),
                outline.preamble(), outline.sections(), diagnostics);
    }

    private static void checkText(TitleBlock block, OutlineBuilder.Outline outline, List<Diagnostic> diagnostics) {
        if (!block.title().isEmpty()) {
            TextChecks.check(block.title(), block.titleLine(), diagnostics::add);
        }
        outline.preamble().forEach(p -> TextChecks.check(p.text(), p.line(), diagnostics::add));
        outline.sections().forEach(s -> checkSection(s, diagnostics));
    }

    private static void checkSection(Section section, List<Diagnostic> diagnostics) {
        TextChecks.check(section.heading(), section.line(), diagnostics::add);
        for (Paragraph paragraph : section.paragraphs()) {
            TextChecks.check(paragraph.text(), paragraph.line(), diagnostics::add);
        }
        section.sections().forEach(s -> checkSection(s, diagnostics));
    }

    private static List<SourceLine> nonEmpty(List<SourceLine> lines) {
        return lines.stream().filter(l -> !l.text().isEmpty()).toList();
    }
}
