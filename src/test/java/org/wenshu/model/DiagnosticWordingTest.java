package org.wenshu.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Diagnostics say their messages through keys of {@code org/wenshu/model/Messages*.properties}, so
 * that they can be said in the reader's language: no diagnostic is made from a Chinese string
 * literal in the sources (EnglishDiagnosticsTest sees only those the corpus triggers), and quoted
 * source text renders as it is while the words around it change with the language.
 */
class DiagnosticWordingTest {
    /** {@code Diagnostic.info("code", "…汉字…"} or {@code warning(…)}: a message written in place. */
    private static final Pattern LITERAL = Pattern.compile(
            "Diagnostic\\.(?:info|warning)\\(\\s*\"[a-z-]+\"\\s*,\\s*\"[^\"]*\\p{IsHan}");

    @Test
    void noDiagnosticIsMadeFromAChineseLiteral() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = LITERAL.matcher(source);
                while (m.find()) {
                    found.add(file + ":" + (source.substring(0, m.start()).split("\n", -1).length));
                }
            }
        }
        assertThat(found).as("give these messages a key in org/wenshu/model/Messages*.properties "
                + "(Diagnostic.warning(code, line, key, arguments…), source text as Quote)").isEmpty();
    }

    @Test
    void aMessageIsSaidInTheReadersLanguageAroundTheQuotedSourceText() {
        Diagnostic diagnostic = Diagnostic.warning("numbering-gap", 7, "numberingGap", Quote.of("一、"), Quote.of("三、"));
        assertThat(diagnostic.message()).isEqualTo("编号不连续：“一、”之后是“三、”");
        assertThat(diagnostic.message(Wording.bundle(Locale.ENGLISH))).isEqualTo("numbering skips: “三、” follows “一、”");
        assertThat(diagnostic.wording().quoted()).containsExactly("一、", "三、");
        assertThat(diagnostic.wording().render(Wording.bundle(Locale.ENGLISH), q -> "Q")).isEqualTo("numbering skips: “Q” follows “Q”");
        Diagnostic list = Diagnostic.warning("placeholder", 3, "placeholder", Quote.all(List.of("x县", "xx年")));
        assertThat(list.message()).isEqualTo("有未填写的占位符：“x县”、“xx年”");
        assertThat(list.message(Wording.bundle(Locale.ENGLISH))).isEqualTo("unfilled placeholder(s): “x县”, “xx年”");
        assertThat(Diagnostic.info("x", "原样的话", 0).message(Wording.bundle(Locale.ENGLISH))).isEqualTo("原样的话");
    }
}
