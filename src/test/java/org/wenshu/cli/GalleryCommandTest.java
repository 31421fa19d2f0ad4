package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GalleryCommandTest extends ConsoleCapture {
    @TempDir
    Path dir;

    @Test
    void galleryPreviewsEachFirstPageAndChecksTheReadBack() throws Exception {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        assertThat(Main.run("render", "--template", "document", "--set", "toc=true", "-o", samples.toString(),
                "examples/工作措施安排.txt")).as(stderr()).isZero();
        Path pages = dir.resolve("pages.tsv");
        Files.writeString(pages, "# name<TAB>pages\n工作措施安排\t999\n", StandardCharsets.UTF_8);

        assertThat(Main.run("gallery", samples.toString(), "--pages", pages.toString())).isEqualTo(1);
        assertThat(stdout()).contains("工作措施安排.pdf：页数 ").contains("，预期 999");

        int actual = Integer.parseInt(stdout().replaceAll("(?s).*页数 (\\d+)，预期 999.*", "$1"));
        Files.writeString(pages, "工作措施安排\t" + actual + "\n", StandardCharsets.UTF_8);
        assertThat(Main.run("gallery", samples.toString(), "--pages", pages.toString())).isZero();
        assertThat(ImageIO.read(samples.resolve("工作措施安排.png").toFile()).getWidth()).isGreaterThan(300);
        String html = Files.readString(samples.resolve("index.html"));
        assertThat(html).contains("<img src=\"工作措施安排.png\"").contains("href=\"工作措施安排.docx\"").contains("✓ 检查通过");

        Files.writeString(pages, "工作措施安排\t" + actual + "\n另一份\t3\n", StandardCharsets.UTF_8);
        assertThat(Main.run("gallery", samples.toString(), "--pages", pages.toString())).isEqualTo(1);
        assertThat(stdout()).contains("另一份.pdf：缺少样张");

        // under an English locale the page and the problems are English; only the samples' names stay
        int before = stdout().length();
        assertThat(Main.run(CliLanguage.ENGLISH, "gallery", samples.toString(), "--pages", pages.toString())).isEqualTo(1);
        String english = stdout().substring(before);
        assertThat(english).contains("另一份.pdf: no sample (" + pages + " lists it)");
        String page = Files.readString(samples.resolve("index.html"));
        assertThat(page).contains("<html lang=\"en\">").contains("✓ all checks passed").contains("wenshu samples");
        assertThat((english + page).replace("工作措施安排", "").replace("另一份", "")).doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void tableOfContentsEntryMustStandOnThePageItNames() {
        List<String> pages = List.of("目 录\n一、学习先行奠定思想基础 ........ 1\n二、调研先行全面掌握情况 ........ 2\n",
                "一、学习先行奠定思想基础\n正文\n— 1 —\n", "正文\n二、调研先行全面掌握情况\n— 2 —\n");
        assertThat(GalleryCommand.tocProblems(pages)).isEmpty();

        List<String> wrong = List.of(pages.get(0), "一、学习先行奠定思想基础\n二、调研先行全面掌握情况\n— 1 —\n", "正文\n— 2 —\n");
        assertThat(GalleryCommand.tocProblems(wrong)).singleElement().asString()
                .contains("调研先行全面掌握情况").contains("第 2 页");
        assertThat(GalleryCommand.tocProblems(wrong, CliLanguage.ENGLISH.bundle())).singleElement().asString()
                .contains("the contents entry “二、调研先行全面掌握情况").contains("gives page 2, but that page does not hold it");
    }
}
