package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wenshu.render.theme.Theme;
import org.xml.sax.InputSource;

/**
 * Each run boundary at which no line may break gets the text from the break before it to the break
 * after it wrapped in one unit; the block's text and its order stay as they were, also when one
 * block has many units across nested spans.
 */
class NoBreakUnitsTest {
    private static final Theme.LineBreaking RULES = new Theme.LineBreaking("，。、；：？！）》”’%·…", "（《“‘", "，。、", 0.2);
    private static final String LATIN = " style=\"font-family: latin\"";

    @Test
    void aMarkAfterDigitsGoesWithThem() throws Exception {
        Document document = apply("<p><span>年均增长</span><span" + LATIN + ">4.7%</span><span>，人均超</span><span" + LATIN
                + ">1</span><span>万美元</span></p>");
        assertThat(units(document)).containsExactly("4.7%，");
        assertThat(document.getDocumentElement().getTextContent()).isEqualTo("年均增长4.7%，人均超1万美元");
    }

    @Test
    void manyUnitsInOneBlockAcrossNestedSpansKeepTheTextInOrder() throws Exception {
        StringBuilder xhtml = new StringBuilder("<p><b>");
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String number = Integer.toString(10 + i * 7);
            xhtml.append("<span>提高到“</span><span" + LATIN + ">").append(number).append("</span><span>”，其中</span>");
            text.append("提高到“").append(number).append("”，其中");
            expected.add("“" + number + "”，");
            if (i == 5) {
                xhtml.append("</b><i>");
            }
        }
        xhtml.append("</i></p>");
        Document document = apply(xhtml.toString());
        assertThat(units(document)).containsExactlyElementsOf(expected);
        assertThat(document.getDocumentElement().getTextContent()).isEqualTo(text.toString());
    }

    private static Document apply(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>")));
        new NoBreakUnits(new KinsokuBreaking(RULES)).apply(document);
        return document;
    }

    private static List<String> units(Document document) {
        List<String> units = new ArrayList<>();
        NodeList spans = document.getElementsByTagNameNS("*", "span");
        for (int i = 0; i < spans.getLength(); i++) {
            Element span = (Element) spans.item(i);
            if ("nobreak".equals(span.getAttribute("class"))) {
                units.add(span.getTextContent());
            }
        }
        return units;
    }
}
