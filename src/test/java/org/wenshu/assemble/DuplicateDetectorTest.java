package org.wenshu.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Paragraph;

/**
 * Duplicate detection finds exactly the pairs a comparison of every pair finds, in time linear in
 * the number of articles (issue 17, item 3: 2,048 articles took 22.7 s pairwise).
 */
class DuplicateDetectorTest {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static final String WORDS = "工作会议要求各单位认真贯彻落实部署推进改革发展安全生产服务群众基层治理经济社会";

    /** An article of generated sentences sharing the office boilerplate that real compilations share. */
    private static String article(Random random, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            text.append("本单位");
            for (int c = 0; c < 12; c++) {
                text.append(WORDS.charAt(random.nextInt(WORDS.length())));
            }
            text.append(random.nextInt(1000)).append("项。");
        }
        return text.toString();
    }

    private static Document document(int i, String text) {
        return new Document("a" + i + ".txt", "标题" + i, null, null, Metadata.EMPTY,
                List.of(new Paragraph(text, "", null, 1)), List.of(), List.of());
    }

    /** Distinct articles, with exact and lightly edited copies of earlier ones mixed in. */
    private static List<Document> corpus(int size, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (i > 0 && random.nextInt(8) == 0) {
                String earlier = texts.get(random.nextInt(texts.size()));
                int cut = random.nextBoolean() ? 0 : random.nextInt(Math.max(1, earlier.length() / 4));
                // an edited copy: some text cut from the start, a sentence added; similar or not
                texts.add(earlier.substring(cut) + article(random, cut == 0 ? 0 : random.nextInt(3)));
            } else {
                texts.add(article(random, 4 + random.nextInt(8)));
            }
        }
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            documents.add(document(i, texts.get(i)));
        }
        return documents;
    }

    /** The reference: every pair, as the detector did before it had an index. */
    private static List<DuplicateDetector.Twin> pairwise(List<Document> documents) {
        List<Set<String>> grams = new ArrayList<>();
        for (Document document : documents) {
            String letters = document.preamble().get(0).text().codePoints().filter(Character::isLetterOrDigit)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            Set<String> set = new HashSet<>();
            for (int i = 0; i + 8 <= letters.length(); i++) {
                set.add(letters.substring(i, i + 8));
            }
            grams.add(set);
        }
        List<DuplicateDetector.Twin> twins = new ArrayList<>();
        for (int j = 1; j < documents.size(); j++) {
            for (int i = 0; i < j; i++) {
                Set<String> common = new HashSet<>(grams.get(i));
                common.retainAll(grams.get(j));
                double union = grams.get(i).size() + grams.get(j).size() - common.size();
                double similarity = union == 0 ? 0 : common.size() / union;
                if (similarity >= 0.8) {
                    twins.add(new DuplicateDetector.Twin(i, j, similarity));
                    break;
                }
            }
        }
        return twins;
    }

    @Test
    void theIndexFindsExactlyThePairsEveryPairComparisonFinds() {
        for (long seed = 1; seed <= 3; seed++) {
            List<Document> documents = corpus(240, seed);
            List<DuplicateDetector.Twin> expected = pairwise(documents);
            assertThat(expected).as("the corpus has duplicates").hasSizeGreaterThanOrEqualTo(10);
            // the similarity too: each gram's hash is rolled on from the one before, and a hash that
            // depended on anything but the gram's own eight units would change the shared counts
            assertThat(new DuplicateDetector().twins(documents)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void anArticleWithoutLettersIsNobodysTwin() {
        List<Document> documents = List.of(document(0, "。。。"), document(1, "。。。"), document(2, "短"));
        assertThat(new DuplicateDetector().twins(documents)).isEmpty();
    }

    @Test
    void timeGrowsLinearlyWithTheNumberOfArticles() {
        DuplicateDetector detector = new DuplicateDetector();
        List<Document> small = corpus(1_000, 7);
        List<Document> large = corpus(4_000, 7); // doubled twice
        detector.twins(small); // warm up
        double ratio = (double) fastest(() -> detector.twins(large)) / fastest(() -> detector.twins(small));
        // four times the articles: about four times the time; comparing every pair would take sixteen
        // (CPU time of this thread, so other processes on a busy machine do not count)
        assertThat(ratio).isLessThan(10.0);
    }

    private static long fastest(Runnable work) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = CPU.getCurrentThreadCpuTime();
            work.run();
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
