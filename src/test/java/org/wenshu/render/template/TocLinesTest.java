package org.wenshu.render.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.wenshu.render.theme.Theme;
import org.wenshu.render.theme.ThemeLoader;

/** Contents entries: where their text starts (hanging under it) and how a long one is broken. */
class TocLinesTest {
    private final Theme theme = new ThemeLoader().defaultTheme();

    private Document apply(String entries) {
        Document dom = new XhtmlParser().parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><div class=\"toc\">"
                + "<p class=\"toc-title\">目录</p>" + entries + "</div></body></html>", "test");
        new TocLines().apply(dom, theme);
        return dom;
    }

    private static Element entry(Document dom, int index) {
        List<Element> entries = new ArrayList<>();
        var ps = dom.getElementsByTagNameNS("*", "p");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            if (p.getAttribute("class").matches("toc-[0-9]")) {
                entries.add(p);
            }
        }
        return entries.get(index);
    }

    /** The text lines of an entry's link after its marker, as the {@code br}s break them. */
    private static List<String> lines(Element entry) {
        List<String> lines = new ArrayList<>(List.of(""));
        Element link = (Element) entry.getElementsByTagNameNS("*", "a").item(0);
        for (Node node = link.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getLocalName().equals("br")) {
                lines.add("");
            } else if (node.getNodeType() == Node.TEXT_NODE) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + node.getNodeValue());
            }
        }
        return lines;
    }

    @Test
    void theTextStartsAfterTheLevelsIndentAndTheMarker() {
        Document dom = apply("<p class=\"toc-1\"><a href=\"#h1\"><span class=\"toc-marker\">一、</span>总体要求</a></p>"
                + "<p class=\"toc-2\"><a href=\"#h2\"><span class=\"toc-marker\">（一）</span>工作目标</a></p>"
                + "<p class=\"toc-2\"><a href=\"#h3\"><span class=\"toc-marker\">1.</span>具体任务</a></p>"
                + "<p class=\"toc-1\"><a href=\"#h4\">没有编号的标题</a></p>");
        assertThat(entry(dom, 0).getAttribute("data-left-chars")).isEqualTo("2.00");
        assertThat(entry(dom, 0).getAttribute("data-hang-chars")).isEqualTo("2.00");
        assertThat(entry(dom, 1).getAttribute("data-left-chars")).isEqualTo("5.00"); // two of indent, three of （一）
        assertThat(entry(dom, 1).getAttribute("data-hang-chars")).isEqualTo("3.00");
        assertThat(entry(dom, 2).getAttribute("data-hang-chars")).isEqualTo("1.00"); // 1. is two half-width characters
        assertThat(entry(dom, 3).getAttribute("data-left-chars")).isEqualTo("0.00");
        assertThat(entry(dom, 3).getAttribute("data-hang-chars")).isEqualTo("0.00");
        assertThat(lines(entry(dom, 0))).containsExactly("总体要求");
    }

    @Test
    void theSpaceAfterAnAttachmentsMarkerBelongsToTheMarker() {
        Document dom = apply("<p class=\"toc-1\"><a href=\"#h1\"><span class=\"toc-marker\">附件1</span> 任务分工</a></p>");
        Element span = (Element) entry(dom, 0).getElementsByTagNameNS("*", "span").item(0);
        assertThat(span.getTextContent()).isEqualTo("附件1 ");
        assertThat(entry(dom, 0).getAttribute("data-hang-chars")).isEqualTo("3.00"); // 附件 2, "1 " 1
        assertThat(lines(entry(dom, 0))).containsExactly("任务分工");
    }

    @Test
    void aLongEntryBreaksInBalancedLinesThatFitBesideThePageNumber() {
        String text = "“十四五”时期发展成就和“十五五”时期主要目标任务"; // 25 characters: 24 fit beside 二、 and the number
        Document dom = apply("<p class=\"toc-1\"><a href=\"#h1\"><span class=\"toc-marker\">二、</span>" + text + "</a></p>"
                + "<p class=\"toc-2\"><a href=\"#h2\"><span class=\"toc-marker\">（九）</span>"
                + "推动减污降碳扩绿协同增效，建设人与自然和谐共生的美丽北京</a></p>");
        double room = TocLines.capacity(theme, "toc1") - 2;
        assertThat(room).isBetween(24.0, 25.0);
        List<String> lines = lines(entry(dom, 0));
        assertThat(String.join("", lines)).isEqualTo(text);
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertThat(TitleLines.width(line)).as(line).isLessThanOrEqualTo(room).isGreaterThanOrEqualTo(10);
        }
        List<String> level2 = lines(entry(dom, 1));
        assertThat(level2).containsExactly("推动减污降碳扩绿协同增效，", "建设人与自然和谐共生的美丽北京");
    }

    @Test
    void anEntryThatFitsIsLeftAsItIs() {
        Document dom = apply("<p class=\"toc-2\"><a href=\"#h1\"><span class=\"toc-marker\">（二）</span>"
                + "增强内需主导能力，巩固拓展经济稳中向好势头</a></p>");
        assertThat(lines(entry(dom, 0))).containsExactly("增强内需主导能力，巩固拓展经济稳中向好势头");
    }

    @Test
    void anEntryWithMoreThanTextInItsLinkKeepsItsIndentButIsNotBroken() {
        Document dom = apply("<p class=\"toc-2\"><a href=\"#h1\">推动减污降碳扩绿协同增效，建设人与自然和谐共生的<em>美丽北京</em>和其他很多很多</a></p>");
        assertThat(entry(dom, 0).getAttribute("data-left-chars")).isEqualTo("2.00");
        assertThat(entry(dom, 0).getElementsByTagNameNS("*", "br").getLength()).isZero();
    }
}
