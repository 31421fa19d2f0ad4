package org.wenshu.conservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wenshu.Wenshu;
import org.wenshu.ingest.Ingest;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.WenshuException;

/** The conservation invariant on every corpus file, format fixture, render fixture and example. */
class CorpusConservationTest {
    private static final List<Path> FOLDERS = List.of(
            Paths.get("src/test/resources/corpus"), Paths.get("src/test/resources/formats"),
            Paths.get("src/test/resources/render"), Paths.get("src/test/resources/word-real"), Paths.get("examples"));

    @TestFactory
    Stream<DynamicTest> everySourceCharacterEndsInTheModelOrADiagnostic() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> list = Files.walk(folder)) {
                list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".tsv"))
                        .sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(50);
        Ingest ingest = Ingest.standard();
        Wenshu wenshu = Wenshu.standard();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            SourceText source;
            try {
                source = ingest.read(file);
            } catch (WenshuException e) {
                return; // a file refused with a one-line error loses nothing silently
            }
            assertThat(Conservation.check(source, wenshu.parse(source))).as(file.toString()).isEmpty();
        }));
    }
}
