package org.wenshu.conservation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The fixture fuzz as a long run with totals: {@code java -cp … org.wenshu.conservation.LongFuzz MINUTES}
 * prints inputs, time and outcomes by class (read, refused, and each kind of failure).
 */
public final class LongFuzz {
    private LongFuzz() {}

    public static void main(String[] args) throws Exception {
        long end = System.nanoTime() + (long) (Double.parseDouble(args[0]) * 60e9);
        FixtureFuzzProperties properties = new FixtureFuzzProperties();
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 17);
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, String> examples = new TreeMap<>();
        long start = System.nanoTime();
        int inputs = 0;
        Path dir = Files.createTempDirectory("wenshu-longfuzz");
        int fixtures = (int) Files.list(Path.of("src/test/resources/formats"))
                .filter(p -> p.toString().matches(".*\\.(docx|doc|pdf|html)$")).count();
        while (System.nanoTime() < end) {
            FixtureFuzzProperties.Mutated input = new FixtureFuzzProperties.Mutated(random.nextInt(fixtures),
                    random.nextLong(), 1 + random.nextInt(8));
            Path file = dir.resolve(input.name());
            String key;
            try {
                Files.write(file, input.bytes());
                key = FixtureFuzzProperties.outcome(file).name();
            } catch (AssertionError e) {
                key = "FAIL " + String.valueOf(e.getMessage()).lines().filter(l -> !l.isBlank()).findFirst().orElse("")
                        .replaceAll("/tmp/\\S+", "FILE");
                key = key.length() > 120 ? key.substring(0, 120) : key;
            } catch (Throwable t) {
                key = "ESCAPED " + t.getClass().getName();
            } finally {
                Files.deleteIfExists(file);
            }
            inputs++;
            outcomes.merge(key, 1, Integer::sum);
            examples.putIfAbsent(key, input.toString());
        }
        System.out.printf("inputs %d in %.1f s%n", inputs, (System.nanoTime() - start) / 1e9);
        outcomes.forEach((k, v) -> System.out.println(v + "\t" + k + "\t(e.g. " + examples.get(k) + ")"));
    }
}
