package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.Wenshu;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.fonts.ResolvedFont;
import org.wenshu.render.theme.Theme;

/**
 * Without the Windows or macOS faces, the open Fandol family (installed by scripts/ensure-fonts)
 * sets the roles GB/T 9704 names: 仿宋 body, 楷体 （一） headings, 黑体 一、 headings, a bold Song for
 * the 小标宋 title; they are embedded as CFF subsets, and a character outside GB2312 is still drawn.
 */
class FandolFacesTest {
    @TempDir
    Path dir;

    private static final Map<String, String> FANDOL_BY_ROLE = Map.of(
            "body", "FandolFang-Regular.otf",
            "heading3", "FandolFang-Regular.otf",
            "heading4", "FandolFang-Regular.otf",
            "heading2", "FandolKai-Regular.otf",
            "heading1", "FandolHei-Regular.otf",
            "title", "FandolSong-Bold.otf",
            "pageNumber", "FandolSong-Regular.otf");

    @Test
    void rolesWithoutTheirRealFaceAreSetInFandolBeforeAnyOtherStandIn() {
        RenderSetup setup = setup();
        Theme theme = setup.theme();
        FANDOL_BY_ROLE.forEach((role, fandol) -> {
            ResolvedFont font = setup.fonts().forRole(role);
            List<String> realFaces = theme.face(theme.role(role).face()).files();
            boolean real = realFaces.stream().anyMatch(spec -> font.file().toString().equals(spec.replaceFirst(",\\d+$", "")));
            assertThat(real || font.file().path().getFileName().toString().equals(fandol))
                    .as(role + " is set in " + font.file() + " (run scripts/ensure-fonts)").isTrue();
        });
    }

    @Test
    void fandolIsEmbeddedAsCffSubsetsAndCoversWhatItLacksWithTheGlyphFallback() throws Exception {
        Path source = dir.resolve("a.txt");
        Files.writeString(source, "标题\n\n一、黑体标题\n\n（一）楷体标题\n\n正文仿宋，蹚出新路。\n");
        RenderSetup setup = setup();
        RenderedDocument rendered = setup.renderer().render(Wenshu.standard().parse(source).get(0), OutputFormats.standard().choose("pdf"));
        assertThat(rendered.diagnostics()).noneMatch(d -> d.code().equals("missing-glyph"));
        try (PDDocument pdf = Loader.loadPDF(rendered.outputs().get("pdf"))) {
            PDPage page = pdf.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+.*");
                if (font.getName().contains("Fandol")) {
                    // OpenType CFF outlines go in as a CIDFontType0C program (FontFile3), not as TrueType.
                    assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile3()).isNotNull();
                }
            }
            List<PdfLines.Line> lines = PdfLines.read(pdf).get(0);
            PdfLines.Line body = lines.stream().filter(l -> l.text().startsWith("正文")).findFirst().orElseThrow();
            assertThat(body.text()).isEqualTo("正文仿宋，蹚出新路。");
            if (setup.fonts().forRole("body").file().toString().contains("Fandol")) {
                String fallback = setup.fonts().glyphFallbacks().get(0).font().getPostscriptFontName();
                assertThat(body.fonts()).anyMatch(f -> f.contains("FandolFang")).anyMatch(f -> f.contains(fallback));
            }
        }
    }

    private static RenderSetup setup() {
        return RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of(), RenderFixture.CREATED, new FontCache());
    }
}
