package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;
import org.wenshu.render.fonts.FontCache;

/** A user's own template folder with theme overrides. */
class UserTemplateTest {
    @TempDir
    Path dir;

    @Test
    void themeOverridesApplyAndBoldOnASingleWeightFaceIsSynthesised() throws IOException {
        Path folder = dir.resolve("mine");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("template.ftlx"), """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>${doc.title}</title></head><body>
                <h1 class="title">${doc.title}</h1>
                <#list doc.sections as s><h2 id="${s.id}">${s.display}</h2>
                <#list s.paragraphs as p><p><#if theme.leadBold><strong>${p.lead}</strong>${p.rest}<#else>${p.text}</#if></p></#list>
                </#list></body></html>
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("theme.json"),
                "{\"leadBold\": true, \"roles\": {\"heading1\": {\"bold\": true, \"size\": 18}}}", StandardCharsets.UTF_8);
        Document document = new Document("a.txt", "测试标题", null, null, Metadata.EMPTY, List.of(),
                List.of(new Section("一、", "总体要求", 3, Section.Kind.HEADING,
                        List.of(new Paragraph("以学铸魂。其余正文。", "以学铸魂。", null, 4)), List.of())), List.of());
        RenderSetup setup = RenderSetup.resolve(folder.toString(), Path.of(""), Map.of(), Map.of(),
                RenderFixture.CREATED, new FontCache());
        assertThat(setup.theme().role("heading1").bold()).isTrue();
        RenderedDocument rendered = setup.renderer().render(document, OutputFormats.standard().choose("pdf", "docx"));
        try (PDDocument pdf = Loader.loadPDF(rendered.outputs().get("pdf"))) {
            String content;
            try (InputStream in = pdf.getPage(0).getContents()) {
                content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            // Fill-and-stroke text rendering (2 Tr) is how the single-weight face is emboldened.
            assertThat(content).contains("2 Tr");
            List<PdfLines.Line> lines = PdfLines.read(pdf).get(0);
            PdfLines.Line heading = lines.stream().filter(l -> l.text().startsWith("一、")).findFirst().orElseThrow();
            assertThat(heading.fontSize()).isCloseTo(18, org.assertj.core.api.Assertions.within(0.1));
        }
    }
}
