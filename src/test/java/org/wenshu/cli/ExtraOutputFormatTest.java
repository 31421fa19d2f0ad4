package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wenshu.Wenshu;
import org.wenshu.model.Report;
import org.wenshu.model.WenshuException;
import org.wenshu.render.OutputFormats;
import org.wenshu.render.OutputWriter;
import org.wenshu.render.TemplatedReport;

/**
 * A new output format is one class and one registration: this plain-text writer, registered and
 * nothing else changed, is offered by {@code render --to} (help and all), written by {@code render}
 * and by {@code build} for a job's {@code outputs:}, accepted by {@code check} on such a job, and
 * rendered by the library.
 */
class ExtraOutputFormatTest extends ConsoleCapture {
    private static final Path SOURCE = Path.of("examples/工作措施安排.txt");

    @TempDir
    Path dir;

    /** The whole writer: every block's text on a line. It asks for no page layout. */
    static final class PlainTextWriter implements OutputWriter {
        private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th");

        @Override
        public String name() {
            return "txt";
        }

        @Override
        public String mediaType() {
            return "text/plain; charset=utf-8";
        }

        @Override
        public void write(TemplatedReport report, OutputStream out) throws IOException {
            StringBuilder text = new StringBuilder();
            NodeList all = report.xhtml().getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                if (BLOCKS.contains(element.getLocalName())) {
                    text.append(element.getTextContent().strip()).append('\n');
                }
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final OutputFormats WITH_TEXT = OutputFormats.standard().with(new PlainTextWriter());

    @Test
    void renderOffersAndWritesTheRegisteredFormat() throws IOException {
        assertThat(Main.run(CliLanguage.ENGLISH, WITH_TEXT, "render", "--help")).isZero();
        assertThat(stdout()).contains("Output formats, comma-separated: pdf, docx, html, txt");

        int exit = Main.run(CliLanguage.CHINESE, WITH_TEXT, "render", "--template", "document", "--to", "txt",
                "-o", dir.toString(), SOURCE.toString());
        assertThat(exit).as(stderr()).isZero();
        String text = Files.readString(dir.resolve("工作措施安排.txt"), StandardCharsets.UTF_8);
        assertThat(text).contains("工作措施安排").contains("\n");
        assertThat(dir.resolve("工作措施安排.pdf")).doesNotExist();
        // not laid out: no page count on the written line
        assertThat(stdout()).contains("工作措施安排.txt").doesNotContain("页");
    }

    @Test
    void theStandardCommandLineRefusesTheFormatItDoesNotHave() {
        assertThat(Main.run(CliLanguage.CHINESE, "render", "--template", "document", "--to", "txt",
                "-o", dir.toString(), SOURCE.toString())).isEqualTo(2);
        assertThat(stderr()).contains("“txt”").contains("pdf、docx、html");
    }

    @Test
    void buildAndCheckTakeItInAJobsOutputs() throws IOException {
        Files.copy(SOURCE, dir.resolve("a.txt"));
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, "kind: compilation\nmetadata: {title: 材料汇编}\nsources: [a.txt]\noutputs: [txt, html]\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertThat(Main.run(CliLanguage.CHINESE, WITH_TEXT, "build", job.toString(), "-o", out.toString()))
                .as(stderr()).isZero();
        assertThat(Files.readString(out.resolve("job.txt"), StandardCharsets.UTF_8)).contains("材料汇编");
        assertThat(out.resolve("job.html")).exists();
        assertThat(Main.run(CliLanguage.CHINESE, WITH_TEXT, "check", "--fail-on", "read-error", job.toString()))
                .as(stdout() + stderr()).isZero();

        assertThat(Main.run(CliLanguage.CHINESE, "build", job.toString(), "-o", out.toString())).isEqualTo(1);
        assertThat(stderr()).contains("job.yaml 第 4 行").contains("txt");
    }

    @Test
    void theLibraryRendersAFormatAddedToItsBuilder() {
        Wenshu wenshu = Wenshu.builder().createdAt(Instant.EPOCH).output(new PlainTextWriter()).build();
        assertThat(wenshu.outputFormats().names()).containsExactly("pdf", "docx", "html", "txt");
        assertThat(wenshu.outputFormats().find("TXT")).get().extracting(OutputWriter::mediaType)
                .isEqualTo("text/plain; charset=utf-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Wenshu.Rendered rendered = wenshu.render(Report.of(wenshu.parse(SOURCE).get(0)), "txt", out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("工作措施安排");
        assertThat(rendered.pages()).as("no layout was asked for").isZero();

        assertThatThrownBy(() -> Wenshu.builder().output(new PlainTextWriter()).output(new PlainTextWriter()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("txt");
        assertThatThrownBy(() -> OutputFormats.standard().choose("pdf", "odt"))
                .isInstanceOf(WenshuException.class).hasMessage("不支持的输出格式 odt（可用：pdf、docx、html）");
        assertThat(OutputFormats.standard().choose("html", "PDF")).extracting(OutputWriter::name).containsExactly("pdf", "html");
    }
}
