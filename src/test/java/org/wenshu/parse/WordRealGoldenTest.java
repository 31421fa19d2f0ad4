package org.wenshu.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.wenshu.Wenshu;
import org.wenshu.cli.OutlineText;
import org.wenshu.model.Document;
import org.wenshu.model.WenshuException;

/**
 * Real Word files as regulators issued them (Shanghai, Jiangsu, Zhejiang; Microsoft Word and WPS;
 * .doc and .docx; see {@code word-real/MANIFEST.tsv}) against their reviewed outlines in
 * {@code golden/word-real/NAME.outline}. Refresh with {@code -Dtest=WordRealGoldenTest
 * -Dwenshu.updateGolden=true}, then read the diff.
 */
class WordRealGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("wenshu.updateGolden");
    /** Field instructions a reader must never show (only a field's result is text). */
    private static final Pattern FIELD_CODE = Pattern.compile(
            "MERGEFIELD|MERGEFORMAT|HYPERLINK|PAGEREF|FORMTEXT|INCLUDEPICTURE|DOCPROPERTY|\\\\\\* (Arabic|FirstCap)");
    private static final List<String> NO_TEXT = List.of("rm009.doc");

    @TestFactory
    Stream<DynamicTest> everyWordFileMatchesItsReviewedOutline() throws Exception {
        Path folder = CorpusGoldenTest.resource("word-real");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().matches(".*\\.docx?$"))
                    .filter(p -> !NO_TEXT.contains(p.getFileName().toString())).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        Wenshu wenshu = Wenshu.standard();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String relative = "word-real/" + file.getFileName();
            List<Document> documents = wenshu.parse(file).stream()
                    .map(d -> new Document(relative, d.title(), d.kicker(), d.subtitle(), d.meta(), d.preamble(),
                            d.sections(), d.diagnostics()))
                    .toList();
            String actual = new OutlineText().write(documents);
            assertThat(actual).as("field codes in " + file.getFileName()).doesNotContainPattern(FIELD_CODE);
            Path golden = Paths.get("src/test/resources/golden/word-real")
                    .resolve(file.getFileName().toString().replaceAll("\\.docx?$", ".outline"));
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden outline for " + file.getFileName()).exists();
            assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }));
    }

    @Test
    void aWordFileWithoutTextGetsTheOneLineMessage() throws Exception {
        Path file = CorpusGoldenTest.resource("word-real").resolve("rm009.doc");
        assertThatThrownBy(() -> Wenshu.standard().parse(file)).isInstanceOf(WenshuException.class)
                .hasMessage(file + "：文件中没有文字");
    }
}
