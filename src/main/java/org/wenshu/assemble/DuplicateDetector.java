package org.wenshu.assemble;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
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
    /** A gram's hash is {@code SEED}, then {@code 31 * h + unit} for each of its units. */
    private static final long SEED = 1125899906842597L;
    /** The seed as it ends up in a gram's hash: multiplied by 31 once per unit. */
    private static final long SEED_TERM = SEED * power31(GRAM);
    /** The weight of a gram's first unit in its hash. */
    private static final long FIRST_WEIGHT = power31(GRAM - 1);

    /**
     * The documents with a {@code duplicate-source} diagnostic on each later copy; a copy that has
     * no title takes its twin's title.
     */
    public List<Document> mark(List<Document> documents) {
        return mark(documents, DuplicateDetector::grams);
    }

    /** As {@link #mark(List)}, with each document's grams from {@code grams} (perhaps made ahead). */
    public List<Document> mark(List<Document> documents, Function<Document, Grams> grams) {
        List<Document> result = new ArrayList<>(documents);
        for (Twin twin : twins(documents, grams)) {
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
     * What the check compares of one document: its distinct gram hashes, sorted. Made on its own,
     * on any thread, so that a caller may make each document's grams as soon as it is parsed,
     * beside the parsing of the others ({@code build} does); the check itself then only counts.
     */
    public static final class Grams {
        private final long[] sorted;

        private Grams(long[] sorted) {
            this.sorted = sorted;
        }

        /** How many distinct grams the document has. */
        public int size() {
            return sorted.length;
        }
    }

    /** A source's documents and, when made with them, their grams (in the same order; else none). */
    public record Parsed(List<Document> documents, List<Grams> grams) {
        /*
         * Both made when the class is initialised, not where they are chosen: the class-data training
         * run (several files) then links both, and the archive holds the one-file kind too
         * (docs/benchmarks.md, round 10).
         */
        private static final Function<List<Document>, Parsed> WITH_GRAMS = Parsed::withGrams;
        private static final Function<List<Document>, Parsed> ALONE = Parsed::alone;

        public Parsed {
            documents = List.copyOf(documents);
            grams = List.copyOf(grams);
        }

        /** {@code documents} with their grams, made now (on the thread that parsed them). */
        public static Parsed withGrams(List<Document> documents) {
            return new Parsed(documents, documents.stream().map(DuplicateDetector::grams).toList());
        }

        /** {@code documents} alone: their grams are made if the check asks. */
        public static Parsed alone(List<Document> documents) {
            return new Parsed(documents, List.of());
        }

        /**
         * What each of {@code files} parsed files becomes: with several, its grams made on the thread
         * that parsed it; one file alone may hold one document, which has no twin and needs none.
         */
        public static Function<List<Document>, Parsed> forFiles(int files) {
            return files > 1 ? WITH_GRAMS : ALONE;
        }
    }

    /**
     * The grams made ahead with the documents, found by document (by identity: a document changed
     * since, such as one with a section left out, gets its grams made when asked). Filled and asked
     * on one thread: the one that takes the parsed sources in order.
     */
    public static final class MadeAhead implements Function<Document, Grams> {
        private final Map<Document, Grams> grams = new java.util.IdentityHashMap<>();

        /** The documents of {@code parsed}, their grams kept for the check. */
        public List<Document> take(Parsed parsed) {
            for (int i = 0; i < parsed.grams().size(); i++) {
                grams.put(parsed.documents().get(i), parsed.grams().get(i));
            }
            return parsed.documents();
        }

        @Override
        public Grams apply(Document document) {
            Grams made = grams.get(document);
            return made != null ? made : grams(document);
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
        return twins(documents, DuplicateDetector::grams);
    }

    /** As {@link #twins(List)}, with each document's grams from {@code grams} (perhaps made ahead). */
    public List<Twin> twins(List<Document> documents, Function<Document, Grams> grams) {
        if (documents.size() < 2) {
            return List.of(); // one document has no twin: not worth its grams (a third of parsing a long report)
        }
        return twinsOf(documents.stream().map(grams).map(g -> g.sorted).toList());
    }

    private static List<Twin> twinsOf(List<long[]> grams) {
        GramFrequency frequency = new GramFrequency(grams);
        // from a gram's slot in the frequency table to the documents whose prefix holds it
        Map<Integer, List<Integer>> index = new HashMap<>();
        List<Twin> twins = new ArrayList<>();
        for (int j = 0; j < grams.size(); j++) {
            long[] own = grams.get(j);
            if (own.length == 0) {
                continue; // nothing to compare: never anyone's twin
            }
            // only the prefix's grams that some other document has can find or make a candidate
            int[] shared = frequency.sharedInPrefix(j, own.length - ceil(THRESHOLD * own.length) + 1);
            TreeSet<Integer> candidates = new TreeSet<>();
            for (int slot : shared) {
                List<Integer> holders = index.get(slot);
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
            for (int slot : shared) {
                index.computeIfAbsent(slot, g -> new ArrayList<>(2)).add(j);
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
     * each was a tenth of building the 21-report compilation). Each document's grams keep their
     * slot, so the table is searched once per gram.
     */
    private static final class GramFrequency {
        private final long[] keys;
        /** The count of the gram in the same slot of {@link #keys}; 0 marks an empty slot. */
        private final int[] counts;
        /** Each document's grams' slots, in the order of its grams (by value). */
        private final int[][] slots;
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
            slots = new int[documents.size()][];
            for (int d = 0; d < documents.size(); d++) {
                long[] own = documents.get(d);
                int[] at = new int[own.length];
                for (int i = 0; i < own.length; i++) {
                    int slot = slot(own[i]);
                    keys[slot] = own[i];
                    counts[slot]++;
                    at[i] = slot;
                }
                slots[d] = at;
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
         * The slots of the grams among the {@code length} rarest of document {@code d}'s (rarest
         * first, ties by value, in that order) that another document has too. A gram of one
         * document alone can neither find a candidate nor be found; they come first in that order,
         * so a document with {@code length} of them or more has none (every distinct article: no
         * sort at all). The others are ordered by a stable counting sort by the number of
         * documents (a small number) over the grams sorted by value.
         */
        int[] sharedInPrefix(int d, int length) {
            int[] own = slots[d];
            int alone = 0;
            int most = 0;
            for (int slot : own) {
                int count = counts[slot];
                if (count == 1) {
                    alone++;
                }
                most = Math.max(most, count);
            }
            int wanted = Math.min(length, own.length) - alone;
            if (wanted <= 0) {
                return new int[0];
            }
            int[] next = new int[most + 2];
            for (int slot : own) {
                next[counts[slot] + 1]++;
            }
            for (int c = 1; c < next.length; c++) {
                next[c] += next[c - 1];
            }
            int[] ordered = new int[own.length];
            for (int slot : own) {
                ordered[next[counts[slot]]++] = slot;
            }
            return Arrays.copyOfRange(ordered, alone, alone + wanted);
        }
    }

    static Quote named(Document document) {
        return Quote.of(document.source() + (document.title().isEmpty() ? "" : "《" + document.title() + "》"));
    }

    /** The document's grams: its distinct gram hashes, sorted. */
    public static Grams grams(Document document) {
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
        // each gram's hash rolled on from the one before (the same value as hashing its 8 units afresh)
        long h = 0;
        for (int i = 0; i < grams.length; i++) {
            h = i == 0 ? hash(letters, 0) : (h - SEED_TERM - letters[i - 1] * FIRST_WEIGHT) * 31 + SEED_TERM + letters[i + GRAM - 1];
            grams[i] = h;
        }
        Arrays.sort(grams);
        int distinct = 0;
        for (int i = 0; i < grams.length; i++) {
            if (distinct == 0 || grams[distinct - 1] != grams[i]) {
                grams[distinct++] = grams[i];
            }
        }
        return new Grams(Arrays.copyOf(grams, distinct));
    }

    private static void append(Section section, StringBuilder text) {
        text.append(section.heading());
        for (Paragraph paragraph : section.paragraphs()) {
            text.append(paragraph.text());
        }
        section.sections().forEach(s -> append(s, text));
    }

    /** {@code 31^k}, wrapping as {@code long} arithmetic does. */
    private static long power31(int k) {
        long p = 1;
        for (int i = 0; i < k; i++) {
            p *= 31;
        }
        return p;
    }

    static long hash(char[] text, int from) {
        long h = SEED;
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
