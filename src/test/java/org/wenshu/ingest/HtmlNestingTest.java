package org.wenshu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.model.SourceLine;

/**
 * The main-content search and the block reader take time linear in the page, however deeply its
 * containers nest (issue 17, item 3: 5,000 nested {@code div.content} took 79 s).
 */
class HtmlNestingTest {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    /** {@code n} nested content containers around {@code n} paragraphs: the page grows with n. */
    private Path page(int n, String container) throws Exception {
        StringBuilder html = new StringBuilder("<html><body><div class=\"nav\">导航</div>");
        html.append(container.repeat(n));
        for (int i = 0; i < n; i++) {
            html.append("<p>这是第").append(i).append("段正文，内容足够长，可以算作正文文字的一部分。</p>");
        }
        html.append(container.endsWith("<td>") ? "</td></tr></table>".repeat(n) : "</div>".repeat(n));
        html.append("</body></html>");
        return Files.writeString(dir.resolve(n + ".html"), html, StandardCharsets.UTF_8);
    }

    private static long fastest(Path page) {
        HtmlReader reader = new HtmlReader();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = CPU.getCurrentThreadCpuTime();
            try {
                reader.read(page, Files.readAllBytes(page));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
        }
        return best;
    }

    private void assertLinear(String container) throws Exception {
        Path small = page(1_500, container);
        Path large = page(6_000, container); // doubled twice
        fastest(small); // warm up
        double ratio = (double) fastest(large) / fastest(small);
        // four times the page: about four times the time; reading every level again takes sixteen or more
        // (CPU time of this thread, so other processes on a busy machine do not count)
        assertThat(ratio).isLessThan(10.0);
    }

    @Test
    void nestedContentContainersAreReadInLinearTime() throws Exception {
        assertLinear("<div class=\"content\">");
    }

    @Test
    void nestedLayoutTablesAreReadInLinearTime() throws Exception {
        assertLinear("<table><tr><td>");
    }

    @Test
    void theInnermostTextIsReadOnceAndNothingIsLost() throws Exception {
        Path page = page(2_000, "<div class=\"content\">");
        SourceText text = new HtmlReader().read(page, Files.readAllBytes(page));
        assertThat(text.lines()).extracting(SourceLine::text).hasSize(2_000).doesNotContain("导航")
                .startsWith("这是第0段正文，内容足够长，可以算作正文文字的一部分。");
    }

    @Test
    void preformattedTextKeepsItsLinesInsideNestedContainers() throws Exception {
        Path page = Files.writeString(dir.resolve("pre.html"), "<html><body>" + "<div class=\"content\">".repeat(50)
                + "<pre>第一行\n第二行</pre><p>段落</p>" + "</div>".repeat(50) + "</body></html>", StandardCharsets.UTF_8);
        SourceText text = new HtmlReader().read(page, Files.readAllBytes(page));
        assertThat(text.lines()).extracting(SourceLine::text).containsExactly("第一行", "第二行", "段落");
    }
}
