package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Paragraph;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.template.TemplateFolder;

/**
 * Templates reach nothing outside their folder (issue 17, item 4): images from the folder are
 * used; a local file elsewhere and any http URL are refused with a warning, and nothing is fetched.
 */
class TemplateResourceTest {
    private static final Document DOCUMENT = new Document("a.txt", "测试标题", null, null, Metadata.EMPTY,
            List.of(new Paragraph("正文一段。", "", null, 1)), List.of(), List.of());

    @TempDir
    Path dir;

    private static void png(Path file) throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", file.toFile());
    }

    private RenderedDocument render(String body) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("t"));
        Files.writeString(folder.resolve(TemplateFolder.MAIN_FILE), "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<title>t</title></head><body><p>${doc.title}</p>" + body + "</body></html>", StandardCharsets.UTF_8);
        return RenderSetup.resolve(folder.toString(), Path.of(""), Map.of(), Map.of(), RenderFixture.CREATED,
                new FontCache()).renderer().render(DOCUMENT, OutputFormats.standard().choose("pdf"));
    }

    private static int images(RenderedDocument rendered) throws Exception {
        int count = 0;
        try (PDDocument pdf = Loader.loadPDF(rendered.outputs().get("pdf"))) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    count++;
                }
            }
        }
        return count;
    }

    private static List<String> refused(RenderedDocument rendered) {
        return rendered.diagnostics().stream().filter(d -> d.code().equals("resource-refused"))
                .map(Diagnostic::message).toList();
    }

    @Test
    void anImageInTheTemplateFolderIsUsed() throws Exception {
        png(Files.createDirectories(dir.resolve("t")).resolve("logo.png"));
        RenderedDocument rendered = render("<img src=\"logo.png\" width=\"8\" height=\"8\"/>");
        assertThat(refused(rendered)).isEmpty();
        assertThat(images(rendered)).isEqualTo(1);
    }

    @Test
    void aLocalFileOutsideTheFolderIsRefused() throws Exception {
        Path outside = dir.resolve("secret.png");
        png(outside);
        RenderedDocument rendered = render("<img src=\"" + outside.toUri() + "\" width=\"8\" height=\"8\"/>"
                + "<img src=\"../secret.png\" width=\"8\" height=\"8\"/>");
        assertThat(images(rendered)).isZero();
        assertThat(refused(rendered)).isNotEmpty().allMatch(m -> m.contains("secret.png") && m.contains("不在模板文件夹内"));
    }

    @Test
    void httpIsNeverFetched() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            RenderedDocument rendered = render("<img src=\"" + base + "/a.png\" width=\"8\" height=\"8\"/>"
                    + "<link rel=\"stylesheet\" href=\"" + base + "/b.css\"/>");
            assertThat(requests.get()).isZero();
            assertThat(refused(rendered)).anyMatch(m -> m.contains(base + "/a.png"));
        } finally {
            server.stop(0);
        }
    }
}
