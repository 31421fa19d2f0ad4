package org.wenshu.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.extend.NamespaceHandler;
import org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;
import org.xhtmlrenderer.util.Configuration;

/**
 * Flying Saucer's user-agent style sheet (the defaults of HTML's elements, read before the
 * theme's), given to a layout as text of our choosing: {@link UnusedRules} leaves out what the
 * document cannot match. Flying Saucer otherwise reads it whole for every layout.
 */
final class UserAgentSheet {
    private UserAgentSheet() {}

    /** The sheet as Flying Saucer ships it (where its configuration says, as Flying Saucer finds it). */
    static String shipped() {
        String name = Configuration.valueFor("xr.css.user-agent-default-css") + "XhtmlNamespaceHandler.css";
        try (InputStream in = XhtmlCssOnlyNamespaceHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Flying Saucer's user-agent style sheet is missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flying Saucer's XHTML handling with {@code css} as the user-agent sheet, for one layout. */
    static NamespaceHandler handler(String css) {
        // a name of its own per text: a layout's sheet factory caches sheets by name
        StylesheetInfo info = new StylesheetInfo(StylesheetInfo.Origin.USER_AGENT,
                "wenshu:user-agent-" + Integer.toHexString(css.hashCode()) + ".css", StylesheetInfo.mediaTypes(""), css);
        return new Handler(info);
    }

    /**
     * Also answers an element's language without reading the document's head each time: the line
     * breaker asks it for every line, and Flying Saucer gathers all the head's {@code meta}
     * elements into a new map to answer an element without a {@code lang} attribute. The head
     * does not change while a layout runs, so the document's answer is kept.
     */
    private static final class Handler extends XhtmlNamespaceHandler {
        private final StylesheetInfo userAgent;
        private Document document;
        private String documentLanguage;

        Handler(StylesheetInfo userAgent) {
            this.userAgent = userAgent;
        }

        @Override
        public Optional<StylesheetInfo> getDefaultStylesheet() {
            return Optional.of(userAgent);
        }

        @Override
        public String getLang(Element e) {
            if (e == null || !e.getAttribute("lang").isEmpty()) {
                return super.getLang(e);
            }
            if (document != e.getOwnerDocument() || documentLanguage == null) {
                documentLanguage = super.getLang(e); // the head's Content-Language, or ""
                document = e.getOwnerDocument();
            }
            return documentLanguage;
        }
    }
}
