package org.wenshu.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wenshu.Wenshu;
import org.wenshu.cli.OutlineText;
import org.wenshu.model.Document;

/**
 * Every corpus document against its reviewed outline in {@code golden/NAME.outline}. To refresh
 * after an intended change, run with {@code -Dwenshu.updateGolden=true}, then read the diff.
 */
class CorpusGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("wenshu.updateGolden");

    @TestFactory
    Stream<DynamicTest> everyCorpusFileMatchesItsReviewedOutline() throws Exception {
        Path corpus = resource("corpus");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSize(26 + 14); // the seeds and reports, and shanghai-plans/
        Wenshu wenshu = Wenshu.standard();
        return files.stream().map(file -> DynamicTest.dynamicTest(corpus.relativize(file).toString(), () -> {
            Path relative = Paths.get("corpus").resolve(corpus.relativize(file).toString());
            List<Document> documents = wenshu.parse(file).stream()
                    .map(d -> withSource(d, relative.toString())).toList();
            String actual = new OutlineText().write(documents);
            Path golden = goldenFile(corpus.relativize(file));
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden outline for " + file.getFileName()).exists();
            assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }));
    }

    private static Document withSource(Document d, String source) {
        return new Document(source, d.title(), d.kicker(), d.subtitle(), d.meta(), d.preamble(), d.sections(),
                d.diagnostics());
    }

    /** The golden file of a corpus file, at the same relative place under golden/. */
    private static Path goldenFile(Path relative) {
        String name = relative.toString().replaceAll("\\.txt$", ".outline");
        // write into the source tree, not target/, so a refresh shows up in git
        return Paths.get("src/test/resources/golden").resolve(name);
    }

    static Path resource(String name) throws URISyntaxException, IOException {
        return Paths.get(CorpusGoldenTest.class.getClassLoader().getResource(name).toURI());
    }
}
