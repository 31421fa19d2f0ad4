package org.wenshu.render.pdf;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Leaves out of the theme's style sheet, for one layout, the rules that cannot match: those whose
 * every selector names a class no element of the document has. Flying Saucer tests each element
 * against every selector of the sheet (the theme writes ~120, for every kind of report: mastheads,
 * imprints, attachments, contents), so a long document paid for all of them on every element. A
 * rule that matches nothing changes no element's style, so the layout is the same. Rules starting
 * with {@code @} ({@code @page}, {@code @font-face}) are kept whole.
 */
final class UnusedRules {
    private static final Pattern CLASS = Pattern.compile("\\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)");

    /** The theme's style element of {@code document} (the first in its head) and its full text. */
    private final Element style;
    private final String sheet;

    private UnusedRules(Element style, String sheet) {
        this.style = style;
        this.sheet = sheet;
    }

    /** The theme's sheet of {@code document} (the first {@code style} of its head), or null when it has none. */
    static UnusedRules of(Document document) {
        Element head = child(document.getDocumentElement(), "head");
        Element style = head == null ? null : child(head, "style");
        return style == null ? null : new UnusedRules(style, style.getTextContent());
    }

    /** Writes into the document the full sheet less the rules no element of it can match now. */
    void prune() {
        Set<String> classes = new HashSet<>();
        collectClasses(style.getOwnerDocument().getDocumentElement(), classes);
        style.setTextContent(prune(sheet, classes));
    }

    /** {@code css} without its rules whose every selector names a class not in {@code classes}. */
    static String prune(String css, Set<String> classes) {
        StringBuilder out = new StringBuilder(css.length());
        int at = 0;
        while (at < css.length()) {
            int open = indexOutsideStrings(css, '{', at);
            if (open < 0) {
                out.append(css, at, css.length());
                break;
            }
            int close = matchingClose(css, open);
            if (close < 0) {
                out.append(css, at, css.length()); // not a sheet this class understands: left whole
                break;
            }
            String prelude = css.substring(at, open);
            if (prelude.strip().startsWith("@") || canMatch(prelude, classes)) {
                out.append(css, at, close + 1);
            } else {
                // the rule's leading whitespace stays, so what follows keeps its place on its line
                int kept = at;
                while (kept < open && Character.isWhitespace(css.charAt(kept))) {
                    kept++;
                }
                out.append(css, at, kept);
            }
            at = close + 1;
        }
        return out.toString();
    }

    private static boolean canMatch(String prelude, Set<String> classes) {
        for (String selector : prelude.split(",")) {
            // an escaped name or a negation is not judged here: kept
            boolean possible = true;
            if (selector.contains("\\") || selector.contains(":not(")) {
                return true;
            }
            Matcher named = CLASS.matcher(selector);
            while (possible && named.find()) {
                possible = classes.contains(named.group(1));
            }
            if (possible) {
                return true;
            }
        }
        return false;
    }

    /** The index of {@code c} at or after {@code from}, outside quoted strings, or -1. */
    private static int indexOutsideStrings(String css, char c, int from) {
        return firstOutsideStrings(css, from, here -> here == c);
    }

    /** The index of the brace closing the one at {@code open}, nested blocks and strings skipped, or -1. */
    private static int matchingClose(String css, int open) {
        int[] depth = {0};
        return firstOutsideStrings(css, open, here -> {
            if (here == '{') {
                depth[0]++;
            }
            return here == '}' && --depth[0] == 0;
        });
    }

    /** The index of the first character at or after {@code from} outside quoted strings that {@code stop} accepts, or -1. */
    private static int firstOutsideStrings(String css, int from, java.util.function.IntPredicate stop) {
        char quote = 0;
        for (int i = from; i < css.length(); i++) {
            char here = css.charAt(i);
            if (quote != 0) {
                if (here == '\\') {
                    i++;
                } else if (here == quote) {
                    quote = 0;
                }
            } else if (here == '"' || here == '\'') {
                quote = here;
            } else if (stop.test(here)) {
                return i;
            }
        }
        return -1;
    }

    /** Compiled once: {@code String.split("\\s+")} compiles the pattern on every element. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static void collectClasses(Element element, Set<String> classes) {
        String names = element.getAttribute("class");
        if (!names.isEmpty()) {
            for (String name : SPACES.split(names)) {
                if (!name.isEmpty()) {
                    classes.add(name);
                }
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                collectClasses(inner, classes);
            }
        }
    }

    private static Element child(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
