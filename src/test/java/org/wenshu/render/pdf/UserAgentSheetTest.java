package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xhtmlrenderer.extend.NamespaceHandler;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;
import org.xml.sax.InputSource;

/** A layout's namespace handler gives the user-agent sheet it was made with, and every element the language Flying Saucer's gives it. */
class UserAgentSheetTest {
    @Test
    void theSheetGivenIsTheUserAgentSheet() {
        NamespaceHandler handler = UserAgentSheet.handler("p { color: red }");
        assertThat(handler.getDefaultStylesheet()).hasValueSatisfying(info -> {
            assertThat(info.getContent()).hasValue("p { color: red }");
            assertThat(info.getOrigin()).isEqualTo(org.xhtmlrenderer.css.sheet.StylesheetInfo.Origin.USER_AGENT);
        });
        assertThat(UserAgentSheet.shipped()).contains("br:before");
    }

    @Test
    void languagesAreFlyingSaucersOwn() throws Exception {
        for (String head : new String[] {"", "<meta http-equiv=\"Content-Language\" content=\"zh-CN\"/>", "<meta name=\"x\" content=\"y\"/>"}) {
            Document document = parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>" + head + "</head><body>"
                    + "<p>一</p><p lang=\"en\">two <span>three</span> <span lang=\"fr\">quatre</span></p></body></html>");
            Document other = parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta http-equiv=\"Content-Language\" content=\"ja\"/>"
                    + "</head><body><p>五</p></body></html>");
            NamespaceHandler ours = UserAgentSheet.handler("");
            XhtmlNamespaceHandler theirs = new XhtmlNamespaceHandler();
            for (Document each : new Document[] {document, other, document}) {
                NodeList elements = each.getElementsByTagNameNS("*", "*");
                for (int i = 0; i < elements.getLength(); i++) {
                    Element element = (Element) elements.item(i);
                    assertThat(ours.getLang(element)).as(head + " " + element.getTagName()).isEqualTo(theirs.getLang(element));
                }
            }
            assertThat(ours.getLang(null)).isEqualTo(theirs.getLang(null));
        }
    }

    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    }
}
