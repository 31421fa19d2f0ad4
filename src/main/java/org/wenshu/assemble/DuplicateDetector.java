package org.wenshu.assemble;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;

/**
 * Finds documents that are the same article: their text, with punctuation width, spacing and
 * punctuation itself ignored, shares most of its character 8-grams.
 */
public final class DuplicateDetector {
    private static final int GRAM = 8;
    private static final double THRESHOLD = 0.8;
    /** Enough text to tell two articles apart; bounds memory for huge inputs. */
    private static final int MAX_LETTERS = 60_000;

    /**
     * The documents with a {@code duplicate-source} diagnostic on each later copy; a copy that has
     * no title takes its twin's title.
     */
    public List<Document> mark(List<Document> documents) {
        List<Document> result = new ArrayList<>(documents);
        for (Twin twin : twins(documents)) {
            Document original = result.get(twin.original());
            Document copy = result.get(twin.copy());
            String percent = twin.percent();
            copy = copy.withDiagnostic(Diagnostic.warning("duplicate-source",
                    "与 " + named(original) + " 是同一篇文章（文字相同 " + percent + "）", 0));
            if (copy.title().isEmpty() && !original.title().isEmpty()) {
                copy = copy.withTitle(original.title()).withDiagnostic(Diagnostic.info("title-from-duplicate",
                        "本文没有标题，采用同一篇文章 " + original.source() + " 的标题", 0));
            }
            result.set(twin.copy(), copy);
            result.set(twin.original(), original.withDiagnostic(Diagnostic.warning("duplicate-source",
                    "与 " + named(copy) + " 是同一篇文章（文字相同 " + percent + "）", 0)));
        }
        return result;
    }

    /** A later document ({@code copy}) that is the same article as an earlier one, by index. */
    public record Twin(int original, int copy, double similarity) {
        public String percent() {
            return Math.round(similarity * 100) + "%";
        }
    }

    /** Each later copy paired with the first earlier document it repeats, in order of the copies. */
    public List<Twin> twins(List<Document> documents) {
        List<Set<Long>> grams = documents.stream().map(DuplicateDetector::grams).toList();
        List<Twin> twins = new ArrayList<>();
        for (int j = 1; j < documents.size(); j++) {
            for (int i = 0; i < j; i++) {
                double similarity = jaccard(grams.get(i), grams.get(j));
                if (similarity >= THRESHOLD) {
                    twins.add(new Twin(i, j, similarity));
                    break;
                }
            }
        }
        return twins;
    }

    static String named(Document document) {
        return document.source() + (document.title().isEmpty() ? "" : "《" + document.title() + "》");
    }

    private static Set<Long> grams(Document document) {
        StringBuilder text = new StringBuilder();
        document.preamble().forEach(p -> text.append(p.text(), 0, Math.min(p.text().length(), MAX_LETTERS)));
        document.sections().forEach(s -> append(s, text));
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder letters = new StringBuilder(normalized.length());
        normalized.codePoints().filter(Character::isLetterOrDigit).limit(MAX_LETTERS).forEach(letters::appendCodePoint);
        Set<Long> grams = new HashSet<>();
        for (int i = 0; i + GRAM <= letters.length(); i++) {
            grams.add(hash(letters, i));
        }
        return grams;
    }

    private static void append(Section section, StringBuilder text) {
        text.append(section.heading());
        for (Paragraph paragraph : section.paragraphs()) {
            text.append(paragraph.text());
        }
        section.sections().forEach(s -> append(s, text));
    }

    private static long hash(CharSequence text, int from) {
        long h = 1125899906842597L;
        for (int i = from; i < from + GRAM; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int common = 0;
        for (Long gram : small) {
            if (large.contains(gram)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
