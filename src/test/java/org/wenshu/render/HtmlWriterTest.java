package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenshu.Wenshu;
import org.wenshu.render.fonts.FontCache;

/**
 * The HTML output is HTML a browser reads as the template meant: a doctype, no XML declaration, no
 * self-closed element (HTML would leave {@code <a/>} open), every contents link landing on a heading,
 * the theme's faces mapped to installed fonts and the page shown as a sheet; and it is never laid out.
 */
class HtmlWriterTest {
    @Test
    void aBrowserReadsTheSameTreeTheTemplateWrote() {
        var document = Wenshu.standard().parse(RenderFixture.BEIJING).get(0);
        RenderSetup setup = RenderSetup.resolve("document", Path.of(""), Map.of(), Map.of("toc", "true"),
                RenderFixture.CREATED, new FontCache());
        RenderedDocument rendered = setup.renderer().render(document, OutputFormats.standard().choose("html"));
        assertThat(rendered.pdfPages()).as("HTML alone is never laid out").isZero();
        String text = new String(rendered.outputs().get("html"), StandardCharsets.UTF_8);

        assertThat(text).startsWith("<!doctype html>").doesNotContain("<?xml").doesNotContainPattern("<[a-zA-Z][^<>]*/>");
        Document html = Jsoup.parse(text);
        assertThat(html.title()).contains("北京");
        assertThat(html.select("h1, h2").eachText()).contains("一、2025年工作回顾");
        var links = html.select("div.toc a[href^=#]");
        assertThat(links).hasSizeGreaterThan(5);
        for (Element link : links) {
            Element target = html.getElementById(link.attr("href").substring(1));
            assertThat(target).as(link.text()).isNotNull();
            // (a long heading is broken into lines with <br>, which text() reads as a space)
            assertThat(target.text().replace(" ", "")).as("a contents link stays a link only around its entry")
                    .isEqualTo(link.text().replace(" ", ""));
        }
        // a void element is a start tag alone: a browser reads </br> as a second line break
        assertThat(text).doesNotContain("</br>").contains("<br>");
        // a contents entry that wraps hangs under its text, as in the PDF: its lines start after the number
        Element wrapped = html.select("div.toc p.toc-2").stream().filter(p -> !p.select("br").isEmpty()).findFirst().orElseThrow();
        assertThat(wrapped.attr("style")).isEqualTo("padding-left: " + wrapped.attr("data-left-chars") + "em; text-indent: -"
                + wrapped.attr("data-hang-chars") + "em;");
        assertThat(Double.parseDouble(wrapped.attr("data-left-chars"))).isGreaterThan(Double.parseDouble(wrapped.attr("data-hang-chars")));
        // the body's paragraphs are not swallowed by a link an empty element left open
        assertThat(html.select("body p").stream().filter(p -> p.closest("a") != null && !p.hasClass("toc-1") && !p.hasClass("toc-2")))
                .isEmpty();
        String css = String.join("\n", html.select("head style").stream().map(Element::data).toList());
        assertThat(css).contains("@font-face { font-family: \"wenshu-fangsong\"; src: local(\"仿宋_GB2312\")")
                .contains("@media screen").contains("@page");
        // the faces in name order, the same in every run (the theme's map has no order: the output changed from run to run)
        List<String> faces = java.util.regex.Pattern.compile("@font-face \\{ font-family: \"wenshu-([a-z]+)\"").matcher(css)
                .results().map(match -> match.group(1)).toList();
        assertThat(faces).hasSizeGreaterThan(3).isSorted();
    }
}
