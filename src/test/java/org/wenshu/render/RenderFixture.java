package org.wenshu.render;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;
import org.wenshu.render.fonts.FontCache;

/** Renders a corpus file with the built-in {@code document} template, for tests that read the outputs back. */
record RenderFixture(Document document, RenderSetup setup, RenderedDocument rendered) {
    static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    static final Path SEED_002 = Path.of("src/test/resources/corpus/002_f62ea30a084066f1.txt");
    static final Path BEIJING = Path.of("src/test/resources/corpus/2026_北京市_政府工作报告.txt");

    static RenderFixture render(Path source, Map<String, String> settings) {
        List<Document> documents = Wenshu.standard().parse(source);
        RenderSetup setup = RenderSetup.resolve("document", Path.of(""), Map.of(), settings, CREATED, new FontCache());
        RenderedDocument rendered = setup.renderer().render(documents.get(0), OutputFormats.standard().writers());
        return new RenderFixture(documents.get(0), setup, rendered);
    }

    byte[] pdf() {
        return rendered.outputs().get("pdf");
    }

    byte[] docx() {
        return rendered.outputs().get("docx");
    }
}
