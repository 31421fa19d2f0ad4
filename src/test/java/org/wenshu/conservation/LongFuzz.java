package org.wenshu.conservation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The fixture fuzz ({@link FixtureFuzzProperties}) as a long run with totals:
 * {@code scripts/fuzz MINUTES [SEED]}. Prints the inputs and time, then a count for each outcome:
 * read whole, refused in one line as malformed, refused at a limit (by limit: time, stack, memory,
 * decoded size, …), and each kind of failure (a character lost, a message that is not one line
 * naming the file, an exception escaping) with one input that shows it. Exits 1 when anything failed.
 */
public final class LongFuzz {
    private LongFuzz() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: LongFuzz MINUTES [SEED]");
            System.exit(2);
        }
        long start = System.nanoTime();
        long end = start + (long) (Double.parseDouble(args[0]) * 60e9);
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 17);
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, String> examples = new TreeMap<>();
        int inputs = 0;
        int failures = 0;
        Path dir = Files.createTempDirectory("wenshu-longfuzz");
        while (System.nanoTime() < end) {
            FixtureFuzzProperties.Mutated input = new FixtureFuzzProperties.Mutated(
                    random.nextInt(FixtureFuzzProperties.fixtureCount()), random.nextLong(), 1 + random.nextInt(8));
            Path file = dir.resolve(input.name());
            String key;
            try {
                Files.write(file, input.bytes());
                FixtureFuzzProperties.Result result = FixtureFuzzProperties.classify(file);
                key = switch (result.outcome()) {
                    case READ -> "read";
                    case REFUSED -> "refused (malformed)";
                    case LIMIT -> "refused at a limit: " + result.limit();
                };
            } catch (AssertionError e) {
                key = "FAIL " + String.valueOf(e.getMessage()).lines().filter(l -> !l.isBlank()).findFirst().orElse("")
                        .replace(dir.toString(), "DIR");
                key = key.length() > 120 ? key.substring(0, 120) : key;
                failures++;
            } catch (Throwable t) {
                key = "ESCAPED " + t.getClass().getName();
                failures++;
            } finally {
                Files.deleteIfExists(file);
            }
            inputs++;
            outcomes.merge(key, 1, Integer::sum);
            examples.putIfAbsent(key, input.toString());
        }
        Files.deleteIfExists(dir);
        System.out.printf("inputs %d in %.1f s, %d failed%n", inputs, (System.nanoTime() - start) / 1e9, failures);
        outcomes.forEach((k, v) -> System.out.println(v + "\t" + k
                + (k.startsWith("FAIL") || k.startsWith("ESCAPED") ? "\t(e.g. " + examples.get(k) + ")" : "")));
        System.exit(failures == 0 ? 0 : 1);
    }
}
