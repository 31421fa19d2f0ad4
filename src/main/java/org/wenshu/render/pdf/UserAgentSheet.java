package org.wenshu.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
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

    /** Flying Saucer's XHTML handling with {@code css} as the user-agent sheet. */
    static NamespaceHandler handler(String css) {
        // a name of its own per text: a layout's sheet factory caches sheets by name
        StylesheetInfo info = new StylesheetInfo(StylesheetInfo.Origin.USER_AGENT,
                "wenshu:user-agent-" + Integer.toHexString(css.hashCode()) + ".css", StylesheetInfo.mediaTypes(""), css);
        return new XhtmlNamespaceHandler() {
            @Override
            public Optional<StylesheetInfo> getDefaultStylesheet() {
                return Optional.of(info);
            }
        };
    }
}
