package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.DocumentWorker;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;
import org.wenshu.model.WenshuException;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.template.TemplateData;
import org.wenshu.render.template.TemplateFolder;
import org.wenshu.render.template.XhtmlTemplate;

/**
 * Templates that never end (issue 17, items 1 and 4): recursion, endless loops and runaway output
 * each end in a one-line error under the worker's limits, and the renderer stays usable.
 */
class TemplateLimitsTest {
    private static final Document DOCUMENT = new Document("a.txt", "测试标题", null, null, Metadata.EMPTY, List.of(),
            List.of(new Section("一、", "总体要求", 3, Section.Kind.HEADING,
                    List.of(new Paragraph("正文一段。", "", null, 4)), List.of())), List.of());

    @TempDir
    Path dir;

    private Path template(String body) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("t"));
        Files.writeString(folder.resolve(TemplateFolder.MAIN_FILE),
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>" + body
                        + "</body></html>", StandardCharsets.UTF_8);
        return folder;
    }

    private static String failure(Path folder, DocumentWorker worker) {
        ReportRenderer renderer = RenderSetup.resolve(folder.toString(), Path.of(""), Map.of(), Map.of(),
                RenderFixture.CREATED, new FontCache()).renderer();
        WenshuException error = org.assertj.core.api.Assertions.catchThrowableOfType(WenshuException.class,
                () -> worker.run("a.txt", () -> renderer.render(DOCUMENT, OutputFormats.standard().choose("html"))));
        assertThat(error).as("the template must fail").isNotNull();
        assertThat(error.getMessage()).doesNotContain("\n");
        return error.getMessage();
    }

    @Test
    void aRecursiveMacroIsOneLineNotAStackOverflow() throws Exception {
        Path folder = template("<#macro down n><p>${n}</p><@down n + 1/></#macro><@down 1/>");
        assertThat(failure(folder, DocumentWorker.standard())).startsWith("a.txt：").contains("嵌套过深");
    }

    @Test
    void aRecursiveIncludeIsOneLineNotAStackOverflow() throws Exception {
        Path folder = template("<p>x</p><#include \"" + TemplateFolder.MAIN_FILE + "\">");
        assertThat(failure(folder, DocumentWorker.standard())).startsWith("a.txt：").contains("嵌套过深");
    }

    @Test
    void anEndlessLoopWithoutOutputStopsAtTheTimeLimit() throws Exception {
        Path folder = template("<#list 1.. as i></#list>");
        String message = failure(folder, new DocumentWorker(DocumentWorker.DEFAULT_STACK_BYTES, Duration.ofSeconds(2)));
        assertThat(message).startsWith("a.txt：").contains("处理超时").contains("2 秒");
    }

    @Test
    void anEndlessLoopIsInterruptedNotStopped() throws Exception {
        // The interruption checks end the template on their own: the thread finishes within the grace period.
        Path folder = template("<#list 1.. as i></#list>");
        DocumentWorker worker = new DocumentWorker(DocumentWorker.DEFAULT_STACK_BYTES, Duration.ofMillis(500));
        int before = Thread.activeCount();
        failure(folder, worker);
        Thread.sleep(200);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("wenshu-document"));
        assertThat(Thread.activeCount()).isLessThanOrEqualTo(before);
    }

    @Test
    void anEndlessLoopWithOutputStopsAtTheOutputLimit() throws Exception {
        Path folder = template("<#list 1.. as i><p>${i}</p></#list>");
        XhtmlTemplate template = new XhtmlTemplate(TemplateFolder.find(folder.toString(), Path.of("")), 1_000_000);
        RenderSetup setup = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(), RenderFixture.CREATED,
                new FontCache());
        assertThatThrownBy(() -> template.render(new TemplateData().of(DOCUMENT, setup.theme(), Map.of())))
                .isInstanceOf(WenshuException.class)
                .hasMessageContaining("模板输出超过上限（1000000 个字符）")
                .hasMessageStartingWith(folder.toString())
                .satisfies(e -> assertThat(((WenshuException) e).reason().render(java.util.Locale.ENGLISH))
                        .isEqualTo("the template's output passed the limit (1000000 characters) and was stopped"
                                + " (perhaps a loop or recursion without end)"));
    }

    @Test
    void theDefaultOutputLimitHoldsTooWithoutAWorker() throws Exception {
        Path folder = template("<#list 1.. as i>${\"长\"?left_pad(100000)}</#list>");
        ReportRenderer renderer = RenderSetup.resolve(folder.toString(), Path.of(""), Map.of(), Map.of(),
                RenderFixture.CREATED, new FontCache()).renderer();
        assertThatThrownBy(() -> renderer.render(DOCUMENT, OutputFormats.standard().choose("html")))
                .isInstanceOf(WenshuException.class)
                .hasMessageContaining("模板输出超过上限（" + XhtmlTemplate.MAX_OUTPUT_CHARS + " 个字符）");
    }
}
