package org.wenshu.cli;

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
import org.wenshu.model.Metadata;
import org.wenshu.model.Paragraph;
import org.wenshu.model.WenshuException;
import org.wenshu.render.OutputFormats;
import org.wenshu.render.OutputWriter;
import org.wenshu.render.RenderSetup;
import org.wenshu.render.RenderedDocument;
import org.wenshu.render.ReportRenderer;
import org.wenshu.render.fonts.FontCache;

class RenderAheadTest {

    private static Document text(int characters) {
        return new Document("t.txt", "", null, null, Metadata.EMPTY,
                List.of(Paragraph.plain("字".repeat(characters), 1)), List.of(), List.of());
    }

    /** The heap that lets {@code characters} be laid out at once. */
    private static long heapFor(long characters) {
        return characters * RenderAhead.HEAP_BYTES_PER_CHARACTER * 2;
    }

    @Test
    void laterDocumentsRunBesideAnEarlierOneAndResultsComeBackInInputOrder() {
        CountDownLatch secondDone = new CountDownLatch(1);
        try (RenderAhead ahead = new RenderAhead(2, heapFor(1_000))) {
            RenderAhead.Pending<String> first = ahead.submit(text(10), () -> {
                try {
                    // finishes only once the second has: they must run at once
                    return secondDone.await(20, TimeUnit.SECONDS) ? "first" : "first, alone";
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            RenderAhead.Pending<String> second = ahead.submit(text(10), () -> {
                secondDone.countDown();
                return "second";
            });
            assertThat(List.of(first.get(), second.get())).containsExactly("first", "second");
        }
    }

    @Test
    void documentsTooLongToShareTheHeapAreLaidOutOneAtATime() {
        for (int length : new int[] {400, 600}) {
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            try (RenderAhead ahead = new RenderAhead(2, heapFor(1_000))) {
                List<RenderAhead.Pending<Integer>> pending = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    pending.add(ahead.submit(text(length), () -> {
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
                pending.forEach(RenderAhead.Pending::get);
            }
            // two texts of 400 fit in 1,000 characters and run together; two of 600 do not
            assertThat(most.get()).as("documents of %d characters at once", length).isEqualTo(length == 400 ? 2 : 1);
        }
    }

    @Test
    void aDocumentLongerThanTheWholeBudgetIsStillLaidOut() {
        try (RenderAhead ahead = new RenderAhead(2, heapFor(100))) {
            assertThat(ahead.submit(text(5_000), () -> "done").get()).isEqualTo("done");
        }
    }

    @Test
    void whatTheWorkThrowsIsRethrownAsItIs() {
        WenshuException failure = new WenshuException("坏文件");
        try (RenderAhead ahead = new RenderAhead(2, heapFor(1_000))) {
            RenderAhead.Pending<String> pending = ahead.submit(text(10), () -> {
                throw failure;
            });
            assertThatThrownBy(pending::get).isSameAs(failure);
        }
    }

    @Test
    void theDocumentsTextIsWhatItWeighs() throws java.io.IOException {
        Document document = Wenshu.standard().parse(Path.of("examples/工作措施安排.txt")).get(0);
        long characters = RenderAhead.characters(document);
        assertThat(characters).isGreaterThan(500);
        // every character of the model is counted once: never more than the source has
        assertThat(characters).isLessThanOrEqualTo(java.nio.file.Files.readString(Path.of("examples/工作措施安排.txt")).length());
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
        List<RenderAhead.Pending<RenderedDocument>> together = new ArrayList<>();
        try (RenderAhead ahead = new RenderAhead(2, heapFor(10_000_000))) {
            documents.forEach(document -> together.add(ahead.submit(document, () -> shared.render(document, writers))));
            for (int i = 0; i < documents.size(); i++) {
                RenderedDocument rendered = together.get(i).get();
                for (String format : List.of("pdf", "docx")) {
                    assertThat(rendered.outputs().get(format)).as("%s of document %d", format, i)
                            .isEqualTo(alone.get(i).outputs().get(format));
                }
            }
        }
    }
}
