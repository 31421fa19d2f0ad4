package org.wenshu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.Wenshu;
import org.wenshu.cli.OutlineText;

/**
 * The same corpus text saved in every format staff send parses to the same outline as its UTF-8
 * .txt. Fixtures in {@code formats/} were made from the corpus .txt: {@code .docx}, {@code .doc}
 * and {@code .pre.html} by LibreOffice 7.4 ({@code soffice --convert-to}); {@code .styled.docx}
 * (Title and Heading N styles), {@code .numbered.docx} (automatic numbering instead of literal
 * markers) and {@code .md} (# headings, bold leads) by {@link FormatFixtureGenerator};
 * {@code .styled.doc}, {@code .numbered.doc}, {@code .numbered-lo.docx} (LibreOffice's own
 * numbering definitions, chineseCountingThousand) and {@code .html} by LibreOffice from those.
 * GB18030 and UTF-16 copies are written at test time.
 *
 * <p>What is ignored, and why: the {@code 文件：} line (the file names differ); {@code encoding-guessed}
 * diagnostics (a GB18030 file without a BOM is legitimately reported as a guess); for HTML the
 * line numbers ({@code L…}), because an HTML reader numbers lines of the HTML source, which carries
 * a head and markup the .txt does not have. Word and Markdown files are compared with their line
 * numbers: a paragraph's ordinal (a Markdown line) equals the .txt line it was made from.
 */
class FormatEquivalenceTest {
    private static final List<String> DOCUMENTS = List.of("002_f62ea30a084066f1", "2026_河北省_政府工作报告");
    private static final List<String> LINE_FOR_LINE = List.of(".docx", ".styled.docx", ".numbered.docx",
            ".numbered-lo.docx", ".doc", ".styled.doc", ".numbered.doc", ".md");
    private static final List<String> HTML = List.of(".html", ".pre.html");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyFormatGivesTheOutlineOfTheUtf8Text() throws Exception {
        Wenshu wenshu = Wenshu.standard();
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : DOCUMENTS) {
            Path txt = resource("corpus/" + name + ".txt");
            String expected = outline(wenshu, txt, false);
            for (String suffix : LINE_FOR_LINE) {
                Path file = resource("formats/" + name + suffix);
                tests.add(DynamicTest.dynamicTest(name + suffix,
                        () -> assertThat(outline(wenshu, file, false)).isEqualTo(expected)));
            }
            for (String suffix : HTML) {
                Path file = resource("formats/" + name + suffix);
                tests.add(DynamicTest.dynamicTest(name + suffix,
                        () -> assertThat(outline(wenshu, file, true)).isEqualTo(outline(wenshu, txt, true))));
            }
            for (String charset : List.of("GB18030", "UTF-16", "UTF-16LE")) {
                tests.add(DynamicTest.dynamicTest(name + "." + charset + ".txt", () -> {
                    Path copy = temp.resolve(name + "." + charset + ".txt");
                    Files.writeString(copy, Files.readString(txt, StandardCharsets.UTF_8), Charset.forName(charset));
                    assertThat(outline(wenshu, copy, false)).isEqualTo(expected);
                }));
            }
        }
        return tests.stream();
    }

    private static String outline(Wenshu wenshu, Path file, boolean maskLines) {
        String text = new OutlineText().write(wenshu.parse(file));
        return text.lines()
                .filter(line -> !line.startsWith("文件："))
                .filter(line -> !line.contains(" encoding-guessed "))
                .map(line -> maskLines ? line.replaceAll("\\bL\\d+\\b", "L#") : line)
                .collect(Collectors.joining("\n"));
    }

    static Path resource(String name) throws Exception {
        return Paths.get(FormatEquivalenceTest.class.getClassLoader().getResource(name).toURI());
    }
}
