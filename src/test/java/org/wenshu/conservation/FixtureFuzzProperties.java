package org.wenshu.conservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.wenshu.DocumentWorker;
import org.wenshu.Wenshu;
import org.wenshu.ingest.Ingest;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.Document;
import org.wenshu.model.LimitExceededException;
import org.wenshu.model.WenshuException;

/**
 * Mutated .docx, .doc, .pdf and .html fixtures (issue 17, item 7): each is either read, with every
 * character accounted for, or refused with one line naming the file; nothing else escapes.
 *
 * <p>{@code mvn test} runs {@value #TRIES} tries (about a second); the long run with totals by outcome
 * is {@code scripts/fuzz MINUTES} ({@link LongFuzz}).
 */
class FixtureFuzzProperties {
    private static final List<Path> FIXTURES = fixtures();
    private static final Wenshu WENSHU = Wenshu.standard();
    private static final DocumentWorker WORKER = new DocumentWorker(DocumentWorker.DEFAULT_STACK_BYTES, Duration.ofSeconds(60));

    /** Bytes that mean something in one of the formats. */
    private static final String SPECIAL = "\0\n<>&[](){}%\u00ff";

    /** Small, so that {@code mvn test} stays fast; {@link LongFuzz} is the long run. */
    static final int TRIES = 40;

    /** What happened to one mutated input: read whole, refused as malformed, or refused at a limit. */
    enum Outcome { READ, REFUSED, LIMIT }

    @Property(tries = TRIES)
    void aMutatedFixtureIsReadWholeOrRefusedInOneLine(@ForAll("mutated") Mutated input) throws IOException {
        Path file = Files.createTempDirectory("wenshu-fuzz").resolve(input.name());
        try {
            Files.write(file, input.bytes());
            Outcome outcome = outcome(file);
            net.jqwik.api.statistics.Statistics.label("outcome").collect(outcome);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        }
    }

    /** Reads {@code file} as the command line does; fails the property on anything but the three outcomes. */
    static Outcome outcome(Path file) {
        return classify(file).outcome();
    }

    /** An outcome, with the limit's name when the input was refused at one (else empty). */
    record Result(Outcome outcome, String limit) {}

    static Result classify(Path file) {
        try {
            List<String> lost = WORKER.run(file.toString(), () -> {
                SourceText source = Ingest.standard().read(file);
                List<Document> documents = WENSHU.parse(source);
                return Conservation.check(source, documents);
            });
            assertThat(lost).as("every character accounted for").isEmpty();
            return new Result(Outcome.READ, "");
        } catch (WenshuException e) {
            assertThat(e.getMessage()).startsWith(file + "：").doesNotContain("\n");
            return e instanceof LimitExceededException limit
                    ? new Result(Outcome.LIMIT, limit.limit()) : new Result(Outcome.REFUSED, "");
        }
    }

    /** How many fixtures there are to mutate. */
    static int fixtureCount() {
        return FIXTURES.size();
    }

    @Provide
    Arbitrary<Mutated> mutated() {
        return Combinators.combine(Arbitraries.integers().between(0, FIXTURES.size() - 1),
                Arbitraries.longs(), Arbitraries.integers().between(1, 8)).as(Mutated::new);
    }

    /** A fixture (by index) with {@code count} seeded mutations of its bytes or, for a .docx, of its XML. */
    record Mutated(int fixture, long seed, int count) {
        String name() {
            return "m" + FIXTURES.get(fixture).getFileName();
        }

        byte[] bytes() {
            try {
                byte[] original = Files.readAllBytes(FIXTURES.get(fixture));
                Random random = new Random(seed);
                return name().endsWith(".docx") && random.nextBoolean()
                        ? mutateZip(original, random, count) : mutate(original, random, count);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return FIXTURES.get(fixture).getFileName() + " seed=" + seed + " count=" + count;
        }
    }

    /** Byte mutations: flip, overwrite with a random or special byte, cut, repeat a slice, truncate. */
    static byte[] mutate(byte[] data, Random random, int count) {
        byte[] out = data.clone();
        for (int m = 0; m < count && out.length > 1; m++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(6)) {
                case 0 -> out[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> out[at] = (byte) SPECIAL.charAt(random.nextInt(SPECIAL.length()));
                case 2 -> {
                    int length = Math.min(out.length - at, 1 + random.nextInt(256));
                    byte[] shorter = new byte[out.length - length];
                    System.arraycopy(out, 0, shorter, 0, at);
                    System.arraycopy(out, at + length, shorter, at, out.length - at - length);
                    out = shorter;
                }
                case 3 -> {
                    int length = Math.min(out.length - at, 1 + random.nextInt(4096));
                    byte[] longer = new byte[out.length + length];
                    System.arraycopy(out, 0, longer, 0, at + length);
                    System.arraycopy(out, at, longer, at + length, out.length - at);
                    out = longer;
                }
                case 4 -> out = java.util.Arrays.copyOf(out, Math.max(1, at));
                default -> out[at] = (byte) random.nextInt(256);
            }
        }
        return out;
    }

    /** The .docx with its XML parts mutated as text (tags cut, repeated, nested), re-zipped validly. */
    static byte[] mutateZip(byte[] docx, Random random, int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] part = in.readAllBytes();
                if (entry.getName().endsWith(".xml") && random.nextInt(3) > 0) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    for (int m = 0; m < count && xml.length() > 2; m++) {
                        int at = random.nextInt(xml.length());
                        int end = Math.min(xml.length(), at + 1 + random.nextInt(400));
                        xml = switch (random.nextInt(4)) {
                            case 0 -> xml.substring(0, at) + xml.substring(end);
                            case 1 -> xml.substring(0, end) + xml.substring(at, end) + xml.substring(end);
                            case 2 -> xml.substring(0, at) + "<w:tbl><w:tr><w:tc>".repeat(1 + random.nextInt(80))
                                    + xml.substring(at);
                            default -> xml.substring(0, at) + "&#" + random.nextInt(0x110000) + ";" + xml.substring(at);
                        };
                    }
                    part = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(part);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static List<Path> fixtures() {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/formats"))) {
            List<Path> all = new ArrayList<>(files.filter(p -> p.toString().matches(".*\\.(docx|doc|pdf|html)$")).sorted().toList());
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
