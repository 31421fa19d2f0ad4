package org.wenshu.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.wenshu.render.template.XhtmlRoles;

/**
 * Flying Saucer breaks lines run by run: where one inline run ends and the next begins (Chinese
 * text, then digits in the Latin face, then Chinese again) it may always start a new line, so
 * {@code 91%} could end one line and {@code ；} start the next. Before layout, every such boundary
 * at which {@link KinsokuBreaking} allows no break — judged on the block's whole text — has the
 * text from the break point before it to the break point after it ({@code 91%；}, {@code “GDP}) wrapped
 * in an inline block, which the layout moves to the next line whole.
 */
final class NoBreakUnits {
    /** Longer units are left alone: a unit must fit on a line, and words this long may break anywhere. */
    private static final int MAX_UNIT = 24;

    private final XhtmlRoles roles = new XhtmlRoles();
    private final KinsokuBreaking breaking;

    NoBreakUnits(KinsokuBreaking breaking) {
        this.breaking = breaking;
    }

    void apply(Document xhtml) {
        TextBlocks.of(xhtml, roles).forEach(this::applyToBlock);
    }

    private void applyToBlock(Element block) {
        List<Node> pieces = TextBlocks.textsAndBreaks(block);
        if (textCount(pieces) < 2) {
            return;
        }
        StringBuilder whole = new StringBuilder();
        List<Integer> boundaries = new ArrayList<>();
        // Offsets where a forced line break (<br/>) sits between two runs: the line ends there
        // whatever the 禁则 say, so no unit may reach across it (a unit holding the <br/> would be an
        // inline block two lines high, moved whole to the next line, stranding a character).
        List<Integer> forced = new ArrayList<>();
        boolean afterBreak = false;
        for (Node piece : pieces) {
            if (!(piece instanceof Text text)) {
                afterBreak = true;
                continue;
            }
            if (whole.length() > 0) {
                (afterBreak ? forced : boundaries).add(whole.length());
            }
            afterBreak = false;
            whole.append(text.getData());
        }
        String content = whole.toString();
        List<int[]> spans = nearSpans(content, boundaries, forced);
        if (spans == null) {
            List<Integer> found = breaking.breaks(content);
            // sorted and distinct, searched by halves: a long block has a break after nearly every character
            int[] breaks = sortedDistinct(found, forced, 0, content.length());
            spans = new ArrayList<>();
            for (int boundary : boundaries) {
                int[] span = span(content, boundary, breaks, true, true);
                if (span != null) {
                    spans.add(span);
                }
            }
        }
        List<int[]> units = new ArrayList<>();
        for (int[] span : spans) {
            int start = span[0];
            int end = span[1];
            if (!units.isEmpty() && units.get(units.size() - 1)[1] > start) {
                units.get(units.size() - 1)[1] = Math.max(end, units.get(units.size() - 1)[1]);
            } else {
                units.add(new int[] {start, end});
            }
        }
        // The block's texts in order, kept up to date as units split them: walked once per block,
        // not once for each unit (wrapping moves texts into spans but keeps their order).
        List<Text> texts = new ArrayList<>(pieces.size());
        for (Node piece : pieces) {
            if (piece instanceof Text text) {
                texts.add(text);
            }
        }
        // From the last unit to the first, so the offsets of earlier units stay valid.
        for (int i = units.size() - 1; i >= 0; i--) {
            int[] unit = units.get(i);
            while (unit[1] > unit[0] && Character.isWhitespace(content.charAt(unit[1] - 1))) {
                unit[1]--;
            }
            if (unit[1] - unit[0] <= MAX_UNIT && !content.substring(unit[0], unit[1]).isBlank()) {
                wrap(block, texts, unit[0], unit[1]);
            }
        }
    }

    /**
     * The text from the break before to the break after each boundary at which no break is
     * allowed, judged from the breaks within {@link #NEAR} characters of the boundaries only (the
     * iterator walks each stretch of boundaries once and skips the text between stretches that
     * are far apart); null when that cannot tell (a slash in the text, or no break that near on a
     * side of a boundary): then the whole text is walked.
     */
    private List<int[]> nearSpans(String content, List<Integer> boundaries, List<Integer> forced) {
        KinsokuBreaking.Neighbourhood near = breaking.near(content);
        if (near == null) {
            return null;
        }
        List<int[]> spans = new ArrayList<>();
        int first = 0;
        while (first < boundaries.size()) {
            // a stretch: boundaries whose windows overlap
            int last = first;
            while (last + 1 < boundaries.size() && boundaries.get(last + 1) - NEAR <= boundaries.get(last) + NEAR) {
                last++;
            }
            int from = Math.max(0, boundaries.get(first) - NEAR);
            int to = Math.min(content.length(), boundaries.get(last) + NEAR);
            int[] found = near.within(from, to);
            int[] breaks = sortedDistinct(found, forced, from, to);
            for (int i = first; i <= last; i++) {
                int[] span = span(content, boundaries.get(i), breaks, from == 0, to == content.length());
                if (span == UNKNOWN) {
                    return null;
                }
                if (span != null) {
                    spans.add(span);
                }
            }
            first = last + 1;
        }
        return spans;
    }

    private static int textCount(List<Node> pieces) {
        int count = 0;
        for (Node piece : pieces) {
            if (piece instanceof Text) {
                count++;
            }
        }
        return count;
    }

    /** {@code breaks} and the {@code forced} ones from {@code from} to {@code to}, sorted, each once (loops: this runs for every block). */
    private static int[] sortedDistinct(List<Integer> breaks, List<Integer> forced, int from, int to) {
        int[] all = new int[breaks.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = breaks.get(i);
        }
        return sortedDistinct(all, forced, from, to);
    }

    private static int[] sortedDistinct(int[] breaks, List<Integer> forced, int from, int to) {
        int[] all = java.util.Arrays.copyOf(breaks, breaks.length + forced.size());
        int n = breaks.length;
        for (int b : forced) {
            if (b >= from && b <= to) {
                all[n++] = b;
            }
        }
        java.util.Arrays.sort(all, 0, n);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (kept == 0 || all[i] != all[kept - 1]) {
                all[kept++] = all[i];
            }
        }
        return java.util.Arrays.copyOf(all, kept);
    }

    /** The window around a boundary: well over a unit's longest, so a unit found in it is whole. */
    private static final int NEAR = 2 * MAX_UNIT;
    private static final int[] UNKNOWN = new int[0];

    /**
     * The span from the break before {@code boundary} to the break after it in {@code breaks}
     * (sorted), null where the boundary needs none (a break is allowed there, or whitespace),
     * {@link #UNKNOWN} when the breaks do not reach far enough: {@code fromStart} and {@code toEnd}
     * say whether they were gathered from the text's start and to its end.
     */
    private static int[] span(String content, int boundary, int[] breaks, boolean fromStart, boolean toEnd) {
        int at = java.util.Arrays.binarySearch(breaks, boundary);
        if (at >= 0 || boundary >= content.length()
                || Character.isWhitespace(content.charAt(boundary - 1)) || Character.isWhitespace(content.charAt(boundary))) {
            return null;
        }
        int after = -at - 1; // the first break past the boundary
        if ((after == 0 && !fromStart) || (after == breaks.length && !toEnd)) {
            return UNKNOWN;
        }
        int start = after > 0 ? breaks[after - 1] : 0;
        int end = after < breaks.length ? breaks[after] : content.length();
        return new int[] {start, end};
    }

    /**
     * Wraps the text between offsets {@code start} and {@code end} of {@code block} in one inline
     * block; {@code texts} are the block's non-empty texts in order, and stay so.
     */
    private static void wrap(Element block, List<Text> texts, int start, int end) {
        Text first = splitAt(texts, start);
        Text last = splitAt(texts, end);
        // splitAt returns the node beginning at the offset; the range ends just before `last`.
        List<Text> inRange = new ArrayList<>();
        collectRange(texts, first, last, inRange);
        if (inRange.isEmpty()) {
            return;
        }
        Node from = inRange.get(0);
        Node to = inRange.get(inRange.size() - 1);
        Node common = commonAncestor(from, to);
        Node startTop = isolateStart(from, common);
        Node endTop = isolateEnd(to, common);
        Document document = block.getOwnerDocument();
        Element unit = document.createElementNS(block.getNamespaceURI(), "span");
        unit.setAttribute("class", "nobreak");
        // nowrap: the shrink-to-fit width is measured apart from the line, and a rounding short of
        // the text would otherwise wrap the unit inside itself, two lines high.
        unit.setAttribute("style", "display: inline-block; white-space: nowrap; text-indent: 0");
        common.insertBefore(unit, startTop);
        Node node = startTop;
        while (node != null) {
            Node next = node.getNextSibling();
            unit.appendChild(node);
            if (node == endTop) {
                break;
            }
            node = next;
        }
    }

    /**
     * Splits the text of {@code texts} holding offset {@code offset} so a text starts there (the
     * new text goes into the list after the one split); that text, or null at the end.
     */
    private static Text splitAt(List<Text> texts, int offset) {
        int position = 0;
        for (int i = 0; i < texts.size(); i++) {
            Text text = texts.get(i);
            int length = text.getLength();
            if (offset == position) {
                return text;
            }
            if (offset < position + length) {
                Text rest = text.splitText(offset - position);
                texts.add(i + 1, rest);
                return rest;
            }
            position += length;
        }
        return null;
    }

    private static void collectRange(List<Text> texts, Text first, Text stop, List<Text> out) {
        boolean inside = false;
        for (Text text : texts) {
            if (text == stop) {
                break;
            }
            if (text == first) {
                inside = true;
            }
            if (inside) {
                out.add(text);
            }
        }
    }

    private static Node commonAncestor(Node a, Node b) {
        List<Node> chain = new ArrayList<>();
        for (Node n = a.getParentNode(); n != null; n = n.getParentNode()) {
            chain.add(n);
        }
        for (Node n = b.getParentNode(); n != null; n = n.getParentNode()) {
            if (chain.contains(n)) {
                return n;
            }
        }
        throw new IllegalStateException("nodes of one block share no ancestor");
    }

    /**
     * Makes {@code node} the first content of each of its ancestors below {@code common}, by moving
     * what precedes it into copies of those ancestors; returns its ancestor that is a child of {@code common}.
     */
    private static Node isolateStart(Node node, Node common) {
        while (node.getParentNode() != common) {
            Element parent = (Element) node.getParentNode();
            if (node.getPreviousSibling() != null) {
                Element before = shallowCopy(parent);
                parent.getParentNode().insertBefore(before, parent);
                while (parent.getFirstChild() != node) {
                    before.appendChild(parent.getFirstChild());
                }
            }
            node = parent;
        }
        return node;
    }

    /** As {@link #isolateStart}, for the end of the range. */
    private static Node isolateEnd(Node node, Node common) {
        while (node.getParentNode() != common) {
            Element parent = (Element) node.getParentNode();
            if (node.getNextSibling() != null) {
                Element after = shallowCopy(parent);
                parent.getParentNode().insertBefore(after, parent.getNextSibling());
                while (node.getNextSibling() != null) {
                    after.appendChild(node.getNextSibling());
                }
            }
            node = parent;
        }
        return node;
    }

    /** A copy of an inline element without its children or id (an id may occur once). */
    private static Element shallowCopy(Element element) {
        Element copy = (Element) element.cloneNode(false);
        copy.removeAttribute("id");
        return copy;
    }
}
