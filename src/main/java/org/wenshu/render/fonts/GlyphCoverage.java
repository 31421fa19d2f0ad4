package org.wenshu.render.fonts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Quote;
import org.wenshu.render.template.XhtmlRoles;

/**
 * Finds characters that no font in a role's chain can draw, so they are reported rather than
 * silently dropped from the PDF.
 */
public final class GlyphCoverage {
    private final XhtmlRoles roles = new XhtmlRoles();

    /** One {@code missing-glyph} warning per character not covered, with the role it appears in. */
    public List<Diagnostic> check(Document xhtml, FontSet fonts) {
        Map<Integer, String> missing = new LinkedHashMap<>();
        Map<Integer, Integer> lines = new LinkedHashMap<>();
        GlyphLookup lookup = new GlyphLookup(fonts);
        NodeList all = xhtml.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String role = roles.roleOf(element);
            if (role == null) {
                continue;
            }
            String text = element.getTextContent();
            for (int at = 0; at < text.length(); ) {
                int cp = text.codePointAt(at);
                at += Character.charCount(cp);
                // covered first: nearly every character is, and the map would box each one
                if (Character.isWhitespace(cp) || Character.isISOControl(cp) || lookup.covered(role, cp)
                        || missing.containsKey(cp)) {
                    continue;
                }
                missing.put(cp, role);
                lines.put(cp, sourceLine(element));
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        missing.forEach((cp, role) -> diagnostics.add(Diagnostic.warning("missing-glyph",
                lines.getOrDefault(cp, 0), "missingGlyph", Quote.of(new String(Character.toChars(cp))),
                String.format(java.util.Locale.ROOT, "%04X", cp), role)));
        return diagnostics;
    }

    /** The source line a template put on the block ({@code data-line}), or 0. */
    private static int sourceLine(Element element) {
        String line = element.getAttribute("data-line");
        try {
            return line.isEmpty() ? 0 : Integer.parseInt(line);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
