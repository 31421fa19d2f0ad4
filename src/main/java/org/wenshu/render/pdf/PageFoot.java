package org.wenshu.render.pdf;

import java.util.List;
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
    /** A foot block that must end on an even page (an official document's 版记 on its last page). */
    static final String EVEN_CLASS = "even-page";
    /** Layout names of what {@link #evenPage} put in: a page break before the block, a blank page before it. */
    static final String NEW_PAGE = "page-foot-new-page";
    static final String BLANK_PAGE = "page-foot";
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
                org.wenshu.render.InlineStyle.append(foot, "padding-top: " + org.wenshu.render.Decimals.fixed(gapPt, 2) + "pt");
                return true;
            }
        }
        return false;
    }

    /**
     * Puts a {@code page-foot even-page} block on an even page: when it does not already sit whole
     * on one even page in {@code renderer}'s layout, it first gets a page of its own (the page after
     * the body's last); when that page is odd, an empty page goes before it, and both stay
     * unnumbered (GB/T 9704 7.5: 版记页前有空白页的，空白页和版记页均不编排页码). Returns what it put
     * in ({@link #NEW_PAGE} or {@link #BLANK_PAGE}; the caller lays out again), or null.
     */
    String evenPage(Document document, ITextRenderer renderer) {
        Element foot = lastFoot(document);
        if (foot == null || !PageSequence.hasClass(foot, EVEN_CLASS) || foot.getAttribute("id").isEmpty()) {
            return null;
        }
        Box box = renderer.getSharedContext().getIdMap().get(foot.getAttribute("id"));
        if (box == null) {
            return null;
        }
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        int first = pageOf(pages, box.getAbsY());
        int last = pageOf(pages, box.getAbsY() + box.getHeight() - 1);
        if (first == last && last % 2 == 0) {
            return null;
        }
        if (!PageSequence.hasClass(foot, "foot-new-page")) {
            foot.setAttribute("class", foot.getAttribute("class") + " foot-new-page");
            return NEW_PAGE;
        }
        if (PageSequence.hasClass(foot, "foot-unnumbered") || first % 2 == 0) {
            return null;
        }
        foot.setAttribute("class", foot.getAttribute("class") + " foot-unnumbered");
        Element blank = document.createElementNS(foot.getNamespaceURI(), "div");
        blank.setAttribute("class", "foot-blank-page");
        // Flying Saucer names only pages of blocks with inline content: a no-break space makes it one
        blank.appendChild(document.createTextNode("\u00A0"));
        foot.getParentNode().insertBefore(blank, foot);
        return BLANK_PAGE;
    }

    /** The 1-based page holding the point {@code y} of the layout (the last page when below all). */
    private static int pageOf(List<PageBox> pages, int y) {
        for (int i = 0; i < pages.size(); i++) {
            if (y < pages.get(i).getBottom()) {
                return i + 1;
            }
        }
        return pages.size();
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
