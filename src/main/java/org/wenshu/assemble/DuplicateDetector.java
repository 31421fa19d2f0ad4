package org.wenshu.assemble;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Quote;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;

/**
 * Finds documents that are the same article: their text, with punctuation width, spacing and
 * punctuation itself ignored, shares most of its character 8-grams (Jaccard similarity of the
 * gram sets at least 0.8).
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
            copy = copy.withDiagnostic(Diagnostic.warning("duplicate-source", 0,
                    "duplicateOf", named(original), percent));
            if (copy.title().isEmpty() && !original.title().isEmpty()) {
                copy = copy.withTitle(original.title()).withDiagnostic(Diagnostic.info("title-from-duplicate", 0,
                        "titleFromDuplicate", Quote.of(original.source())));
            }
            result.set(twin.copy(), copy);
            result.set(twin.original(), original.withDiagnostic(Diagnostic.warning("duplicate-source", 0,
                    "duplicateOf", named(copy), percent)));
        }
        return result;
    }

    /** A later document ({@code copy}) that is the same article as an earlier one, by index. */
    public record Twin(int original, int copy, double similarity) {
        public String percent() {
            return Math.round(similarity * 100) + "%";
        }
    }

    /**
     * Each later copy paired with the first earlier document it repeats, in order of the copies.
     *
     * <p>Linear in the number of documents for real inputs, not pairwise: prefix filtering (as in
     * set-similarity joins) finds the candidates. With every document's grams ordered rarest first,
     * two documents whose Jaccard similarity reaches the threshold must share a gram among the first
     * {@code n - ceil(threshold * n) + 1} of either; an index from those grams to documents gives
     * the candidates, and only they are compared. The result is the same as comparing every pair.
     */
    public List<Twin> twins(List<Document> documents) {
        if (documents.size() < 2) {
            return List.of(); // one document has no twin: not worth its grams (a third of parsing a long report)
        }
        List<long[]> grams = documents.stream().map(DuplicateDetector::grams).toList();
        GramFrequency frequency = new GramFrequency(grams);
        Map<Long, List<Integer>> index = new HashMap<>();
        List<Twin> twins = new ArrayList<>();
        for (int j = 0; j < grams.size(); j++) {
            long[] own = grams.get(j);
            if (own.length == 0) {
                continue; // nothing to compare: never anyone's twin
            }
            long[] prefix = frequency.rarest(own, own.length - ceil(THRESHOLD * own.length) + 1);
            TreeSet<Integer> candidates = new TreeSet<>();
            for (long gram : prefix) {
                List<Integer> holders = index.get(gram);
                if (holders != null) {
                    candidates.addAll(holders);
                }
            }
            for (int i : candidates) {
                double similarity = jaccard(grams.get(i), own);
                if (similarity >= THRESHOLD) {
                    twins.add(new Twin(i, j, similarity));
                    break;
                }
            }
            for (long gram : prefix) {
                index.computeIfAbsent(gram, g -> new ArrayList<>(2)).add(j);
            }
        }
        return twins;
    }

    private static int ceil(double value) {
        return (int) Math.ceil(value - 1e-9);
    }

    /**
     * In how many documents each gram occurs, so that prefixes hold rare grams (short index lists):
     * an open-addressing table from gram to count, filled from each document's distinct grams (a
     * long compilation has a million grams; sorting them all and searching the sorted array for
     * each was a tenth of building the 21-report compilation).
     */
    private static final class GramFrequency {
        private final long[] keys;
        /** The count of the gram in the same slot of {@link #keys}; 0 marks an empty slot. */
        private final int[] counts;
        private final int shift;

        GramFrequency(List<long[]> documents) {
            long total = documents.stream().mapToLong(g -> g.length).sum();
            int bits = 1;
            while (3 * (1L << bits) < 4 * total) {
                bits++; // at most three quarters full
            }
            keys = new long[1 << bits];
            counts = new int[1 << bits];
            shift = 64 - bits;
            for (long[] own : documents) {
                for (long gram : own) {
                    int slot = slot(gram);
                    keys[slot] = gram;
                    counts[slot]++;
                }
            }
        }

        /** The slot of {@code gram}: where it is, or the empty slot where it belongs. */
        private int slot(long gram) {
            int mask = keys.length - 1;
            int slot = (int) ((gram * 0x9E3779B97F4A7C15L) >>> shift);
            while (counts[slot] != 0 && keys[slot] != gram) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        /**
         * The {@code length} rarest of {@code own} (ties by value), in that order. {@code own} is
         * sorted by value, so a stable counting sort by the number of documents (a small number)
         * gives that order without sorting pairs (a long compilation has a million grams).
         */
        long[] rarest(long[] own, int length) {
            int[] count = new int[own.length];
            int most = 0;
            for (int i = 0; i < own.length; i++) {
                count[i] = counts[slot(own[i])];
                most = Math.max(most, count[i]);
            }
            int[] next = new int[most + 2];
            for (int c : count) {
                next[c + 1]++;
            }
            for (int c = 1; c < next.length; c++) {
                next[c] += next[c - 1];
            }
            long[] ordered = new long[own.length];
            for (int i = 0; i < own.length; i++) {
                ordered[next[count[i]]++] = own[i];
            }
            return Arrays.copyOf(ordered, Math.min(length, own.length));
        }
    }

    static Quote named(Document document) {
        return Quote.of(document.source() + (document.title().isEmpty() ? "" : "《" + document.title() + "》"));
    }

    /** The document's distinct gram hashes, sorted. */
    private static long[] grams(Document document) {
        StringBuilder text = new StringBuilder();
        document.preamble().forEach(p -> text.append(p.text(), 0, Math.min(p.text().length(), MAX_LETTERS)));
        document.sections().forEach(s -> append(s, text));
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        // the first MAX_LETTERS letters and digits, as UTF-16 units in an array (hashed eight times each)
        char[] letters = new char[Math.min(normalized.length(), 2 * MAX_LETTERS)];
        int length = 0;
        int kept = 0;
        for (int i = 0; i < normalized.length() && kept < MAX_LETTERS; ) {
            int c = normalized.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                length += Character.toChars(c, letters, length);
                kept++;
            }
        }
        long[] grams = new long[Math.max(0, length - GRAM + 1)];
        for (int i = 0; i < grams.length; i++) {
            grams[i] = hash(letters, i);
        }
        Arrays.sort(grams);
        int distinct = 0;
        for (int i = 0; i < grams.length; i++) {
            if (distinct == 0 || grams[distinct - 1] != grams[i]) {
                grams[distinct++] = grams[i];
            }
        }
        return Arrays.copyOf(grams, distinct);
    }

    private static void append(Section section, StringBuilder text) {
        text.append(section.heading());
        for (Paragraph paragraph : section.paragraphs()) {
            text.append(paragraph.text());
        }
        section.sections().forEach(s -> append(s, text));
    }

    private static long hash(char[] text, int from) {
        long h = 1125899906842597L;
        for (int i = from; i < from + GRAM; i++) {
            h = 31 * h + text[i];
        }
        return h;
    }

    /** Jaccard similarity of two sorted sets of distinct grams. */
    private static double jaccard(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
