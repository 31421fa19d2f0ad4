package org.wenshu.render.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

/**
 * Moves a block marked {@code class="page-foot"} (with an id) (a briefing's 报/送/发 block, an official document's
 * 版记) down to the foot of the page it ends on: after a layout, the space left below it on that page
 * becomes its top padding (a margin would collapse with its first paragraph's), and the caller lays the document out again. Flying Saucer has no
 * bottom floats, so this is the one way to pin a block of the flow to the bottom of the text block.
 */
final class PageFoot {
    static final String CLASS = "page-foot";
    /** Kept free below the block so rounding cannot push it onto a new page. */
    private static final double SAFETY_PT = 1;

    /**
     * Gives the last {@code page-foot} block of {@code document} the top padding that puts its bottom
     * on the bottom of the text block in {@code renderer}'s layout; returns whether it changed.
     */
    boolean push(Document document, ITextRenderer renderer) {
        Element foot = lastFoot(document);
        if (foot == null) {
            return false;
        }
        String id = foot.getAttribute("id");
        if (id.isEmpty()) {
            return false; // the template gives the block an id, so the layout can find its box
        }
        Box box = renderer.getSharedContext().getIdMap().get(id);
        if (box == null) {
            return false;
        }
        int bottom = box.getAbsY() + box.getHeight();
        for (PageBox page : renderer.getRootBox().getLayer().getPages()) {
            if (bottom <= page.getBottom()) {
                if (box.getAbsY() < page.getTop()) {
                    return false; // the block itself spans two pages: leave it where it is
                }
                double gapPt = (page.getBottom() - bottom) / (double) ITextRenderer.DEFAULT_DOTS_PER_POINT - SAFETY_PT;
                if (gapPt <= 0) {
                    return false;
                }
                String style = foot.getAttribute("style");
                foot.setAttribute("style", (style.isEmpty() ? "" : style + "; ")
                        + String.format(java.util.Locale.ROOT, "padding-top: %.2fpt", gapPt));
                return true;
            }
        }
        return false;
    }

    private static Element lastFoot(Document document) {
        NodeList elements = document.getElementsByTagName("*");
        Element last = null;
        for (int i = 0; i < elements.getLength(); i++) {
            Element div = (Element) elements.item(i);
            String name = div.getLocalName() == null ? div.getTagName() : div.getLocalName();
            if ("div".equals(name) && PageSequence.hasClass(div, CLASS)) {
                last = div;
            }
        }
        return last;
    }
}
