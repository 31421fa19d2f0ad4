package org.wenshu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;
import org.wenshu.model.LimitExceededException;
import org.wenshu.model.Metadata;
import org.wenshu.model.Paragraph;
import org.wenshu.model.WenshuException;
import org.wenshu.render.OutputFormats;
import org.wenshu.render.OutputWriter;
import org.wenshu.render.RenderSetup;
import org.wenshu.render.RenderedDocument;
import org.wenshu.render.ReportRenderer;
import org.wenshu.render.fonts.FontCache;

class AheadPoolTest {

    private static Document text(int characters) {
        return new Document("t.txt", "", null, null, Metadata.EMPTY,
                List.of(Paragraph.plain("字".repeat(characters), 1)), List.of(), List.of());
    }

    /** A JVM heap of which {@code kib} KiB may be held at once (half of it). */
    private static long heapFor(long kib) {
        return kib * 1024 * 2;
    }

    private static long kib(long count) {
        return count * 1024;
    }

    @Test
    void laterWorkRunsBesideEarlierWorkAndResultsComeBackInInputOrder() {
        CountDownLatch secondDone = new CountDownLatch(1);
        try (AheadPool ahead = new AheadPool(2, heapFor(1_000))) {
            AheadPool.Pending<String> first = ahead.submit(kib(10), () -> {
                try {
                    // finishes only once the second has: they must run at once
                    return secondDone.await(20, TimeUnit.SECONDS) ? "first" : "first, alone";
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            AheadPool.Pending<String> second = ahead.submit(kib(10), () -> {
                secondDone.countDown();
                return "second";
            });
            assertThat(List.of(first.get(), second.get())).containsExactly("first", "second");
        }
    }

    @Test
    void workTooLargeToShareTheHeapRunsOneAtATime() {
        for (int length : new int[] {400, 600}) {
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            try (AheadPool ahead = new AheadPool(2, heapFor(1_000))) {
                List<AheadPool.Pending<Integer>> pending = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    pending.add(ahead.submit(kib(length), () -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        try {
                            Thread.sleep(150);
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        running.decrementAndGet();
                        return 0;
                    }));
                }
                pending.forEach(AheadPool.Pending::get);
            }
            // two pieces of 400 KiB fit in 1,000 and run together; two of 600 do not
            assertThat(most.get()).as("pieces of %d KiB at once", length).isEqualTo(length == 400 ? 2 : 1);
        }
    }

    @Test
    void workLargerThanTheWholeBudgetStillRuns() {
        try (AheadPool ahead = new AheadPool(2, heapFor(100))) {
            assertThat(ahead.submit(kib(5_000), () -> "done").get()).isEqualTo("done");
        }
    }

    @Test
    void whatTheWorkThrowsIsRethrownAsItIs() {
        WenshuException failure = new WenshuException("坏文件");
        try (AheadPool ahead = new AheadPool(2, heapFor(1_000))) {
            AheadPool.Pending<String> pending = ahead.submit(kib(10), () -> {
                throw failure;
            });
            assertThatThrownBy(pending::get).isSameAs(failure);
        }
    }

    @Test
    void aDocumentsTextLengthCountsEveryCharacterOnce() throws java.io.IOException {
        assertThat(text(300).textLength()).isEqualTo(300);
        Document nested = new Document("t.txt", "标题", null, null, Metadata.EMPTY, List.of(), List.of(
                new org.wenshu.model.Section("一、", "总体", 1, org.wenshu.model.Section.Kind.HEADING,
                        List.of(Paragraph.plain("正文五个字", 2)), List.of(
                        new org.wenshu.model.Section("（一）", "分项", 3, org.wenshu.model.Section.Kind.HEADING,
                                List.of(Paragraph.plain("三个字", 4)), List.of())))), List.of());
        assertThat(nested.textLength()).isEqualTo("标题总体正文五个字分项三个字".length());
        Path source = Path.of("examples/工作措施安排.txt");
        Document document = Wenshu.standard().parse(source).get(0);
        // the model holds the text without markers and blank lines: some, never more than the source
        assertThat(document.textLength()).isGreaterThan(500)
                .isLessThanOrEqualTo(java.nio.file.Files.readString(source).length());
    }

    @Test
    void filesReadSideBySideKeepTheirOrderAndABadOneIsAFailureInItsPlace() {
        List<Path> read = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Path> files = List.of(Path.of("examples/工作措施安排.txt"), Path.of("examples/nosuch.txt"),
                Path.of("examples/网页转存文章.txt"), Path.of("examples/CIM底座建设三年行动计划通知.txt"));
        Wenshu.Batch batch = Wenshu.standard().parseAll(files, DocumentWorker.standard(), read::add);
        // (the notice holds two documents: the notice and its attachment)
        assertThat(batch.documents().stream().map(Document::source).distinct().toList()).containsExactly(files.get(0).toString(), files.get(2).toString(), files.get(3).toString());
        assertThat(batch.failures()).extracting(Wenshu.Failure::path).containsExactly(files.get(1));
        assertThat(read).containsExactlyElementsOf(files);
    }

    /** Documents laid out at once share the fonts: their PDF and DOCX must be those of one after another. */
    @Test
    void documentsLaidOutTogetherGiveTheBytesOfOneAfterAnother() {
        List<Document> documents = new ArrayList<>();
        for (String source : List.of("examples/工作措施安排.txt", "src/test/resources/corpus/002_f62ea30a084066f1.txt",
                "examples/网页转存文章.txt")) {
            documents.addAll(Wenshu.standard().parse(Path.of(source)));
        }
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        List<OutputWriter> writers = OutputFormats.standard().choose(List.of("pdf", "docx"));
        List<RenderedDocument> alone = new ArrayList<>();
        ReportRenderer first = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(), created, new FontCache()).renderer();
        documents.forEach(document -> alone.add(first.render(document, writers)));

        ReportRenderer shared = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(), created, new FontCache()).renderer();
        List<AheadPool.Pending<RenderedDocument>> together = new ArrayList<>();
        try (AheadPool ahead = new AheadPool(2, heapFor(10_000_000))) {
            documents.forEach(document -> together.add(ahead.submit(ReportRenderer.layoutHeap(document), () -> shared.render(document, writers))));
            for (int i = 0; i < documents.size(); i++) {
                RenderedDocument rendered = together.get(i).get();
                for (String format : List.of("pdf", "docx")) {
                    assertThat(rendered.outputs().get(format)).as("%s of document %d", format, i)
                            .isEqualTo(alone.get(i).outputs().get(format));
                }
            }
        }
    }

    /** What {@link DocumentWorker} makes of an {@link OutOfMemoryError}. */
    private static LimitExceededException outOfHeap() {
        return new LimitExceededException("memory", "处理所需内存超出上限");
    }

    @Test
    void workThatRanOutOfMemoryBesideOtherWorkIsRunAgainAlone() {
        CountDownLatch otherRunning = new CountDownLatch(1);
        CountDownLatch firstFailed = new CountDownLatch(1);
        AtomicInteger tries = new AtomicInteger();
        AtomicInteger besideOnRetry = new AtomicInteger(-1);
        AtomicInteger running = new AtomicInteger();
        try (AheadPool ahead = new AheadPool(2, heapFor(1_000))) {
            AheadPool.Pending<String> first = ahead.submit(kib(10), () -> {
                running.incrementAndGet();
                try {
                    if (tries.incrementAndGet() == 1) {
                        await(otherRunning);
                        firstFailed.countDown();
                        throw outOfHeap();
                    }
                    besideOnRetry.set(running.get() - 1);
                    return "first";
                } finally {
                    running.decrementAndGet();
                }
            });
            AheadPool.Pending<String> second = ahead.submit(kib(10), () -> {
                running.incrementAndGet();
                otherRunning.countDown();
                await(firstFailed);
                sleep(100);
                running.decrementAndGet();
                return "second";
            });
            assertThat(List.of(first.get(), second.get())).containsExactly("first", "second");
        }
        assertThat(tries.get()).as("tried once more").isEqualTo(2);
        assertThat(besideOnRetry.get()).as("nothing else ran during the second try").isZero();
    }

    @Test
    void workThatRunsOutOfMemoryAloneOrFailsOtherwiseIsNotRunAgain() {
        AtomicInteger tries = new AtomicInteger();
        try (AheadPool ahead = new AheadPool(2, heapFor(1_000))) {
            AheadPool.Pending<String> alone = ahead.submit(kib(10), () -> {
                tries.incrementAndGet();
                throw outOfHeap();
            });
            assertThatThrownBy(alone::get).isInstanceOf(LimitExceededException.class);
            assertThat(tries.get()).isEqualTo(1);

            CountDownLatch otherRunning = new CountDownLatch(1);
            AtomicInteger otherTries = new AtomicInteger();
            AheadPool.Pending<String> broken = ahead.submit(kib(10), () -> {
                otherTries.incrementAndGet();
                await(otherRunning);
                throw new WenshuException("坏文件");
            });
            AheadPool.Pending<String> beside = ahead.submit(kib(10), () -> {
                otherRunning.countDown();
                sleep(100);
                return "beside";
            });
            assertThatThrownBy(broken::get).hasMessage("坏文件");
            assertThat(beside.get()).isEqualTo("beside");
            assertThat(otherTries.get()).as("an error other than memory is not retried").isEqualTo(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
