package org.wenshu.render.pdf;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.wenshu.render.layout.HeadingPages;
import org.xhtmlrenderer.css.constants.CSSName;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.extend.ContentFunction;
import org.xhtmlrenderer.css.parser.FSFunction;
import org.xhtmlrenderer.layout.FunctionData;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.FloatDistances;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * Puts the contents' page numbers into a finished layout without laying the document out again.
 * The number column of a contents entry ({@link TocTable}) is a cell of fixed width, its text set
 * flush right: what the number says cannot move a line break or a page break anywhere, so the
 * document is laid out once with {@link TocTable#PLACEHOLDER} in every number cell, and the real
 * numbers, known from that layout, replace the placeholders when the page is painted. This is
 * Flying Saucer's own way with {@code counter(page)} and {@code target-counter()}: the placeholder's
 * text becomes a dynamic value, and before it paints the line Flying Saucer measures the new
 * text, positions the line's boxes again and aligns the line as its layout would have.
 */
final class TocNumbers {
    private static final FSFunction FUNCTION = new FSFunction("wenshu-toc-page", List.of());

    private TocNumbers() {
    }

    /**
     * Makes the number of each cell of {@code cells} in {@code renderer}'s layout paint the page of
     * its target in {@code pages}. Returns false, painting nothing in, when a target has no page or
     * a cell's text is not found in the layout as one placeholder text on one line set flush right
     * or left; the caller then lays the document out again with the numbers written in.
     */
    static boolean paintInto(ITextRenderer renderer, List<TocTable.PageCell> cells, HeadingPages pages) {
        for (TocTable.PageCell cell : cells) {
            if (pages.pageOf(cell.target()).isEmpty()) {
                return false; // an empty cell lays out as no line at all, not as a line with no text
            }
        }
        Map<Element, TocTable.PageCell> byElement = new IdentityHashMap<>();
        Map<Node, Boolean> ancestors = new IdentityHashMap<>();
        for (TocTable.PageCell cell : cells) {
            byElement.put(cell.element(), cell);
            for (Node node = cell.element().getParentNode(); node != null; node = node.getParentNode()) {
                ancestors.put(node, Boolean.TRUE);
            }
        }
        Map<TocTable.PageCell, InlineText> texts = new HashMap<>();
        Map<TocTable.PageCell, LineBox> lines = new HashMap<>();
        if (!find(renderer.getRootBox(), byElement, ancestors, texts, lines) || texts.size() != cells.size()) {
            return false;
        }
        for (TocTable.PageCell cell : cells) {
            String number = Integer.toString(pages.pageOf(cell.target()).getAsInt());
            texts.get(cell).setFunctionData(new FunctionData(new Fixed(number), FUNCTION));
            lines.get(cell).setContainsDynamicFunction(true);
        }
        return true;
    }

    /**
     * Walks the boxes of the elements that hold number cells, and of the cells themselves; false
     * when a cell's box does not hold exactly one line with one placeholder text.
     */
    private static boolean find(Box box, Map<Element, TocTable.PageCell> cells, Map<Node, Boolean> ancestors,
                                Map<TocTable.PageCell, InlineText> texts, Map<TocTable.PageCell, LineBox> lines) {
        Element element = box.getElement();
        TocTable.PageCell cell = element == null ? null : cells.get(element);
        if (cell != null && !(box instanceof LineBox)) {
            if (box.getChildCount() != 1 || !(box.getChild(0) instanceof LineBox line)) {
                return false;
            }
            InlineText text = placeholder(line);
            if (text == null || texts.containsKey(cell) || !keepFloatDistances(line)) {
                return false;
            }
            texts.put(cell, text);
            lines.put(cell, line);
            return true;
        }
        for (Box child : box.getChildren()) {
            Element childElement = child.getElement();
            if (childElement == null || ancestors.containsKey(childElement) || cells.containsKey(childElement)) {
                if (!find(child, cells, ancestors, texts, lines)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Gives {@code line} the distances its layout aligned it by, which Flying Saucer keeps only for
     * lines it knew to be dynamic: derived from where the line was put (a number cell's text is set
     * flush right, or left in a template of one's own); false for any other alignment.
     */
    private static boolean keepFloatDistances(LineBox line) {
        IdentValue align = line.getParent().getStyle().getIdent(CSSName.TEXT_ALIGN);
        if (align == IdentValue.RIGHT) {
            int right = line.getParent().getContentWidth() - line.getContentWidth() - line.getX();
            line.setFloatDistances(new Distances(0, right));
        } else if (align == IdentValue.LEFT) {
            line.setFloatDistances(new Distances(line.getX() - line.getContentStart(), 0));
        } else {
            return false;
        }
        return true;
    }

    private record Distances(int leftFloatDistance, int rightFloatDistance) implements FloatDistances {}

    /** The line's one text, when it is the placeholder alone. */
    private static InlineText placeholder(LineBox line) {
        InlineText found = null;
        for (Box child : line.getChildren()) {
            if (!(child instanceof InlineLayoutBox inline)) {
                return null;
            }
            for (int i = 0; i < inline.getInlineChildCount(); i++) {
                if (!(inline.getInlineChild(i) instanceof InlineText text) || found != null) {
                    return null;
                }
                found = text;
            }
        }
        return found != null && !found.isDynamicFunction() && TocTable.PLACEHOLDER.equals(found.getSubstring()) ? found : null;
    }

    /** A dynamic value that is known already: the entry's page number. */
    private record Fixed(String value) implements ContentFunction {
        @Override
        public boolean isStatic() {
            return false;
        }

        @Override
        public String calculate(LayoutContext c, FSFunction function) {
            return value;
        }

        @Override
        public String calculate(RenderingContext c, FSFunction function, InlineText text) {
            return value;
        }

        @Override
        public String getLayoutReplacementText() {
            return TocTable.PLACEHOLDER;
        }

        @Override
        public boolean canHandle(LayoutContext c, FSFunction function) {
            return false;
        }
    }
}
