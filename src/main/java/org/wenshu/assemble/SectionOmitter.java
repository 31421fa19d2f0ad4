package org.wenshu.assemble;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Quote;
import org.wenshu.model.Section;

/**
 * Leaves out the sections a job's {@code omit:} names, source by source. A section path is a list
 * of steps separated by {@code /}, from the top level down; a step names a section by its marker
 * as written ({@code 二、}, {@code （一）}), its marker without the separator ({@code 二}, {@code 一}),
 * its heading text, or both ({@code 二、调研先行全面掌握情况}). A source split into several documents
 * (a compilation's articles) is searched in each, unless the path starts with one article's title
 * ({@code 分类指导，推动主题教育走深走实/二、}). Every section left out is said as a note
 * ({@code section-omitted}) on the document, so no text leaves the report silently; a path that
 * matches nothing, or a source that is not one of the job's, is an error at its line.
 */
final class SectionOmitter {
    /** The separators a marker may end with, left off when a step names the bare number. */
    private static final String SEPARATORS = "、.．)）:：";

    private final JobFile job;

    SectionOmitter(JobFile job) {
        this.job = job;
    }

    /** Checks that every source {@code omit:} names is one of {@code files} (the sources the job chose). */
    void checkSources(List<Path> files) {
        for (JobFile.Omit omit : job.omits()) {
            if (files.stream().noneMatch(file -> names(omit, file))) {
                throw checker().mistake(omit.source().line(), "omitNoSource", Quote.of(omit.source().pattern()),
                        files.stream().map(f -> Quote.of(relative(f))).toList());
            }
        }
    }

    /** The documents read from {@code file} without the sections {@code omit:} names for it. */
    List<Document> omit(Path file, List<Document> documents) {
        List<Document> result = new ArrayList<>(documents);
        for (JobFile.Omit omit : job.omits()) {
            if (!names(omit, file)) {
                continue;
            }
            for (JobFile.SourceSpec path : omit.sections()) {
                List<String> steps = List.of(path.pattern().strip().split("\\s*/\\s*"));
                // a path may start with an article's title: then it takes the section from that article alone
                boolean byArticle = steps.size() > 1 && result.size() > 1
                        && result.stream().anyMatch(d -> d.title().strip().equals(steps.get(0)));
                int found = 0;
                for (int i = 0; i < result.size(); i++) {
                    Document document = result.get(i);
                    if (byArticle && !document.title().strip().equals(steps.get(0))) {
                        continue;
                    }
                    List<Diagnostic> notes = new ArrayList<>();
                    List<Section> kept = without(document.sections(), byArticle ? steps.subList(1, steps.size()) : steps, notes);
                    if (!notes.isEmpty()) {
                        found += notes.size();
                        List<Diagnostic> diagnostics = new ArrayList<>(document.diagnostics());
                        diagnostics.addAll(notes);
                        diagnostics.sort(java.util.Comparator.comparingInt(Diagnostic::line));
                        result.set(i, new Document(document.source(), document.title(), document.kicker(),
                                document.subtitle(), document.meta(), document.preamble(), kept, diagnostics));
                    }
                }
                if (found == 0) {
                    throw checker().mistake(path.line(), "omitNoSection", Quote.of(omit.source().pattern()),
                            Quote.of(path.pattern()), topLevel(documents));
                }
            }
        }
        return result;
    }

    /** {@code sections} without those {@code steps} lead to; a note for each one left out. */
    private static List<Section> without(List<Section> sections, List<String> steps, List<Diagnostic> notes) {
        List<Section> kept = new ArrayList<>();
        for (Section section : sections) {
            if (!matches(section, steps.get(0))) {
                kept.add(section);
            } else if (steps.size() == 1) {
                notes.add(Diagnostic.info("section-omitted", section.line(), "sectionOmitted",
                        Quote.of(section.displayHeading()), paragraphs(section)));
            } else {
                kept.add(new Section(section.marker(), section.heading(), section.line(), section.kind(),
                        section.paragraphs(), without(section.sections(), steps.subList(1, steps.size()), notes)));
            }
        }
        return kept;
    }

    static boolean matches(Section section, String step) {
        String wanted = step.strip();
        if (wanted.isEmpty()) {
            return false;
        }
        String marker = section.marker().strip();
        return wanted.equals(marker) || wanted.equals(bare(marker)) || wanted.equals(section.heading().strip())
                || wanted.equals(section.displayHeading().strip()) || wanted.equals(marker + section.heading().strip());
    }

    /** {@code 二、} → {@code 二}, {@code （一）} → {@code 一}, {@code 1.} → {@code 1}. */
    private static String bare(String marker) {
        String bare = marker;
        while (!bare.isEmpty() && SEPARATORS.indexOf(bare.charAt(bare.length() - 1)) >= 0) {
            bare = bare.substring(0, bare.length() - 1);
        }
        if (bare.startsWith("（") || bare.startsWith("(")) {
            bare = bare.substring(1);
        }
        return bare;
    }

    /** The paragraphs under {@code section}, its subsections' included (their headings not counted). */
    private static int paragraphs(Section section) {
        int count = section.paragraphs().size();
        for (Section child : section.sections()) {
            count += paragraphs(child);
        }
        return count;
    }

    /** The top-level headings of {@code documents}, for the error that says what there is. */
    private static List<Quote> topLevel(List<Document> documents) {
        List<Quote> headings = new ArrayList<>();
        for (Document document : documents) {
            for (Section section : document.sections()) {
                if (headings.size() == 12) {
                    headings.add(Quote.of("…"));
                    return headings;
                }
                headings.add(Quote.of(section.displayHeading()));
            }
        }
        return headings;
    }

    private boolean names(JobFile.Omit omit, Path file) {
        Path named = job.folder().resolve(omit.source().pattern()).normalize();
        return named.equals(file.normalize()) || relative(file).equals(omit.source().pattern().replace('\\', '/'));
    }

    private String relative(Path file) {
        Path folder = job.folder();
        Path shown = folder.toString().isEmpty() ? file : folder.relativize(file.normalize());
        return shown.toString().replace('\\', '/');
    }

    private JobFileReader.Checker checker() {
        return new JobFileReader.Checker(job.path().toString());
    }
}
