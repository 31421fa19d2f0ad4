package org.wenshu.render.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Leaves out of a layout's style sheets the selectors that cannot match: those naming a class no
 * element of the document has, or an element type it does not contain. Flying Saucer tests each
 * element against every selector of every sheet — the theme writes ~120, for every kind of report
 * (mastheads, imprints, attachments, contents), and Flying Saucer's own user-agent sheet ~130 more
 * for every element of HTML (lists, forms, frames, quotations) — so a long document paid for all
 * of them on every element. A selector that matches nothing changes no element's style, and the
 * selectors kept keep their order (ties of specificity are decided by it), so the layout is the
 * same. A rule whose every selector is left out goes; one with some left keeps those, as written.
 * Rules starting with {@code @} ({@code @page}, {@code @font-face}) are kept whole.
 */
final class UnusedRules {
    /** The theme's style element of {@code document} (the first in its head) and its full text, or null. */
    private final Element style;
    private final String sheet;
    /** Flying Saucer's user-agent sheet, as it ships. */
    private final String userAgent;
    private final Document document;

    private UnusedRules(Document document, Element style, String sheet, String userAgent) {
        this.document = document;
        this.style = style;
        this.sheet = sheet;
        this.userAgent = userAgent;
    }

    /** The sheets of {@code document}: the theme's (the first {@code style} of its head), if any, and the user agent's. */
    static UnusedRules of(Document document, String userAgent) {
        Element head = child(document.getDocumentElement(), "head");
        Element style = head == null ? null : child(head, "style");
        return new UnusedRules(document, style, style == null ? null : style.getTextContent(), userAgent);
    }

    /**
     * Writes into the document the theme's full sheet less the selectors no element of it can
     * match now, and returns the user agent's sheet pruned alike.
     */
    String prune() {
        Set<String> classes = new HashSet<>();
        Set<String> elements = new HashSet<>();
        collectNames(document.getDocumentElement(), classes, elements);
        if (style != null) {
            style.setTextContent(prune(sheet, classes, elements));
        }
        return prune(userAgent, classes, elements);
    }

    /**
     * {@code css} without its selectors that name a class not in {@code classes} or an element
     * type not in {@code elements} (compared ignoring case), and without the rules left with none.
     */
    static String prune(String css, Set<String> classes, Set<String> elements) {
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
            String prelude = withoutComments(css.substring(at, open));
            List<String> selectors = prelude == null || prelude.strip().startsWith("@") ? null : selectors(prelude);
            List<String> kept = selectors == null ? null : new ArrayList<>();
            if (selectors != null) {
                for (String selector : selectors) {
                    if (canMatch(selector, classes, elements)) {
                        kept.add(selector);
                    }
                }
            }
            // the rule's leading whitespace stays, so what follows keeps its place on its line
            int lead = at;
            while (lead < open && Character.isWhitespace(css.charAt(lead))) {
                lead++;
            }
            if (kept == null || kept.size() == selectors.size()) {
                out.append(css, at, close + 1);
            } else if (kept.isEmpty()) {
                out.append(css, at, lead);
            } else {
                out.append(css, at, lead);
                out.append(kept.stream().map(String::strip).collect(Collectors.joining(", "))).append(' ');
                out.append(css, open, close + 1);
            }
            at = close + 1;
        }
        return out.toString();
    }

    /** {@code prelude} without its comments (outside strings), or null when one is not closed. */
    private static String withoutComments(String prelude) {
        if (!prelude.contains("/*")) {
            return prelude;
        }
        StringBuilder out = new StringBuilder(prelude.length());
        char quote = 0;
        for (int i = 0; i < prelude.length(); i++) {
            char here = prelude.charAt(i);
            if (quote == 0 && here == '/' && prelude.startsWith("/*", i)) {
                int end = prelude.indexOf("*/", i + 2);
                if (end < 0) {
                    return null;
                }
                out.append(' ');
                i = end + 1;
                continue;
            }
            if (quote != 0) {
                if (here == '\\' && i + 1 < prelude.length()) {
                    out.append(here);
                    here = prelude.charAt(++i);
                } else if (here == quote) {
                    quote = 0;
                }
            } else if (here == '"' || here == '\'') {
                quote = here;
            }
            out.append(here);
        }
        return out.toString();
    }

    /** The selectors of a rule's prelude (comments taken out): split at its commas outside brackets, parentheses and strings; null when unbalanced. */
    private static List<String> selectors(String prelude) {
        List<String> selectors = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < prelude.length(); i++) {
            char here = prelude.charAt(i);
            if (quote != 0) {
                if (here == '\\') {
                    i++;
                } else if (here == quote) {
                    quote = 0;
                }
            } else if (here == '"' || here == '\'') {
                quote = here;
            } else if (here == '[' || here == '(') {
                depth++;
            } else if (here == ']' || here == ')') {
                depth--;
            } else if (here == ',' && depth == 0) {
                selectors.add(prelude.substring(start, i));
                start = i + 1;
            }
        }
        if (quote != 0 || depth != 0) {
            return null;
        }
        selectors.add(prelude.substring(start));
        return selectors;
    }

    /**
     * Whether {@code selector} may match an element of a document with these class names and
     * element types: false only when one of its compounds names a class or a type the document
     * lacks. What this does not read (escapes, namespaces, negations, anything unexpected) is
     * judged able to match.
     */
    static boolean canMatch(String selector, Set<String> classes, Set<String> elements) {
        boolean compoundStart = true;
        int i = 0;
        int length = selector.length();
        while (i < length) {
            char here = selector.charAt(i);
            if (Character.isWhitespace(here) || here == '>' || here == '+' || here == '~') {
                compoundStart = true;
                i++;
            } else if (here == '[' || here == '(') {
                int end = closing(selector, i);
                if (end < 0) {
                    return true;
                }
                i = end + 1;
                compoundStart = false;
            } else if (here == '.' || here == '#' || here == ':') {
                int from = here == ':' && i + 1 < length && selector.charAt(i + 1) == ':' ? i + 2 : i + 1;
                int end = identifierEnd(selector, from);
                if (end == from) {
                    return true;
                }
                String name = selector.substring(from, end);
                if (here == '.' && !classes.contains(name)) {
                    return false;
                }
                if (here == ':' && name.equalsIgnoreCase("not")) {
                    return true;
                }
                i = end;
                compoundStart = false;
            } else if (here == '*' && compoundStart) {
                i++;
                compoundStart = false;
            } else if (compoundStart && identifierEnd(selector, i) > i) {
                int end = identifierEnd(selector, i);
                if (end < length && selector.charAt(end) == '|') {
                    return true; // a namespace prefix
                }
                if (!elements.contains(selector.substring(i, end).toLowerCase(Locale.ROOT))) {
                    return false;
                }
                i = end;
                compoundStart = false;
            } else {
                return true; // an escape, a namespace bar or something this does not read
            }
        }
        return true;
    }

    /** The end of the CSS identifier starting at {@code from} (letters, digits, {@code -}, {@code _}, non-ASCII). */
    private static int identifierEnd(String selector, int from) {
        int i = from;
        while (i < selector.length()) {
            char c = selector.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c > 0x7F)) {
                break;
            }
            i++;
        }
        return i;
    }

    /** The index of the bracket or parenthesis closing the one at {@code open}, strings skipped, or -1. */
    private static int closing(String selector, int open) {
        char opening = selector.charAt(open);
        char close = opening == '[' ? ']' : ')';
        int[] depth = {0};
        return firstOutsideStrings(selector, open, here -> {
            if (here == opening) {
                depth[0]++;
            }
            return here == close && --depth[0] == 0;
        });
    }

    /** The index of {@code c} at or after {@code from}, outside quoted strings and comments, or -1. */
    private static int indexOutsideStrings(String css, char c, int from) {
        return firstOutsideStrings(css, from, here -> here == c);
    }

    /** The index of the brace closing the one at {@code open}, nested blocks, strings and comments skipped, or -1. */
    private static int matchingClose(String css, int open) {
        int[] depth = {0};
        return firstOutsideStrings(css, open, here -> {
            if (here == '{') {
                depth[0]++;
            }
            return here == '}' && --depth[0] == 0;
        });
    }

    /** The index of the first character at or after {@code from} outside quoted strings and comments that {@code stop} accepts, or -1. */
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
            } else if (here == '/' && css.startsWith("/*", i)) {
                int end = css.indexOf("*/", i + 2);
                if (end < 0) {
                    return -1;
                }
                i = end + 1;
            } else if (stop.test(here)) {
                return i;
            }
        }
        return -1;
    }

    /** Compiled once: {@code String.split("\\s+")} compiles the pattern on every element. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static void collectNames(Element element, Set<String> classes, Set<String> elements) {
        String local = element.getLocalName();
        elements.add((local != null ? local : element.getNodeName()).toLowerCase(Locale.ROOT));
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
                collectNames(inner, classes, elements);
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
