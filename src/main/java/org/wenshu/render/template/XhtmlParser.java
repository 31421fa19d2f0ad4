package org.wenshu.render.template;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.wenshu.model.WenshuException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Parses a template's XHTML output into a DOM; no DTDs or external entities are fetched. */
public final class XhtmlParser {

    /** The DOM of {@code xhtml}; {@code origin} names the template in the error message. */
    public Document parse(String xhtml, String origin) {
        try {
            // the JDK's own parser, without newInstance()'s search of the class path for another one on
            // every call (nothing in wenshu's jar names one: the search always ends here)
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setExpandEntityReferences(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new WenshuException(origin + "：模板输出不是合格的 XHTML（输出第 " + e.getLineNumber() + " 行："
                    + e.getMessage() + "）", e).translatable(origin, "badXhtmlLine", e.getLineNumber(), e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new WenshuException(origin + "：模板输出不是合格的 XHTML（" + e.getMessage() + "）", e)
                    .translatable(origin, "badXhtml", e.getMessage());
        }
    }
}
