package org.wenshu.render.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Report;
import org.wenshu.render.theme.ThemeLoader;

/**
 * Pins the data templates see (docs/templates.md) for a few corpus files: a single document as
 * {@code render} passes it, and a two-part report as {@code build} passes it. User templates rely
 * on this shape; a change here must be deliberate. Refresh with {@code -Dwenshu.updateGolden=true}
 * (as the golden outlines) and read the diff.
 */
class TemplateDataGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("wenshu.updateGolden");
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path GOLDEN = Path.of("src/test/resources/template-data");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void oneDocumentAsRenderPassesIt() throws IOException {
        Document document = Wenshu.standard().parse(CORPUS.resolve("001_5b337543eabd454e.txt")).get(0);
        check("document-001.json", new TemplateData().of(document, new ThemeLoader().defaultTheme(), Map.of("toc", "true")));
    }

    @Test
    void tablesWithTheirCellsAndColumnWidths() throws IOException {
        // the first table gives its column widths (col 15/25/60%), the second none (widths[] empty)
        Document document = Wenshu.standard().parse(Path.of("src/test/resources/render/column-widths.html")).get(0);
        check("document-tables.json", new TemplateData().of(document, new ThemeLoader().defaultTheme(), Map.of()));
    }

    @Test
    void aTwoPartReportAsBuildPassesIt() throws IOException {
        List<Document> parts = new ArrayList<>();
        parts.addAll(Wenshu.standard().parse(CORPUS.resolve("000_8c3c6e4d9d3c2cf8.txt")));
        parts.addAll(Wenshu.standard().parse(CORPUS.resolve("002_f62ea30a084066f1.txt")));
        Map<String, String> cover = new java.util.LinkedHashMap<>();
        cover.put("title", "材料汇编");
        cover.put("publisher", "某某办公室");
        cover.put("date", "2026-03-31");
        Report report = new Report("compilation", new Metadata(cover), parts, List.of());
        Map<String, Object> data = new TemplateData().of(report, new ThemeLoader().defaultTheme(), Map.of("toc", "2"));
        assertThat(data).doesNotContainKey("doc");
        check("compilation-000-002.json", data);
    }

    private static void check(String name, Map<String, Object> data) throws IOException {
        String actual = JSON.writeValueAsString(data).replace("\r\n", "\n") + "\n";
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden template data " + name).exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
