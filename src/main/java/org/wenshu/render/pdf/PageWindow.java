package org.wenshu.render.pdf;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.xhtmlrenderer.layout.PaintingInfo;
import org.xhtmlrenderer.newtable.TableBox;
import org.xhtmlrenderer.newtable.TableCellBox;
import org.xhtmlrenderer.newtable.TableRowBox;
import org.xhtmlrenderer.newtable.TableSectionBox;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

/**
 * Keeps the work of painting one page constant however long the document. Flying Saucer paints a
 * page by walking the box tree from the root and testing every child of every box that reaches
 * into the page (its {@code BoxCollector}): the body of a long report, or a section spanning many
 * pages, has thousands of blocks, each tested on every page, so the cost of a page grew with the
 * length of the document (19% of the samples at 2,064 pages). While a page is painted, each such
 * long list of blocks holds only the blocks that reach into the page or the pages next to it;
 * Flying Saucer's own test then picks the same boxes as it would from the whole list, so the PDF
 * is the same. The full lists are put back after the last page (the bookmarks and links written
 * then look boxes up by id, not through the lists).
 * <p>Only plain block containers are narrowed: tables look rows and sections up by their place in
 * their parent's list.
 */
final class PageWindow {
    /** Containers with fewer children are walked whole: narrowing them would save nothing. */
    private static final int MIN_CHILDREN = 16;

    private final List<Container> containers;

    private PageWindow(List<Container> containers) {
        this.containers = containers;
    }

    /** The long block lists under {@code root}, laid out on {@code pages}. */
    static PageWindow of(Box root, List<PageBox> pages) {
        int pageHeight = 0;
        for (PageBox page : pages) {
            pageHeight = Math.max(pageHeight, page.getBottom() - page.getTop());
        }
        List<Container> found = new ArrayList<>();
        if (pageHeight > 0) {
            collect(root, pageHeight, found);
        }
        return new PageWindow(found);
    }

    private static void collect(Box box, int pageHeight, List<Container> found) {
        if (box instanceof TableBox || box instanceof TableSectionBox || box instanceof TableRowBox || box instanceof TableCellBox) {
            return;
        }
        List<Box> children = box.getChildren();
        if (box instanceof BlockBox && children.size() >= MIN_CHILDREN && allBlocks(children)) {
            found.add(new Container(box, pageHeight));
        }
        for (Box child : children) {
            // only a child spanning more than a page can hold a list walked on many pages
            int[] span = span(child);
            if ((long) span[1] - span[0] > pageHeight) {
                collect(child, pageHeight, found);
            }
        }
    }

    private static boolean allBlocks(List<Box> children) {
        for (Box child : children) {
            if (!(child instanceof BlockBox)) {
                return false;
            }
        }
        return true;
    }

    /** The vertical extent of a box with all it paints (its aggregate bounds); everything when not known. */
    private static int[] span(Box box) {
        PaintingInfo info = box.getPaintingInfo();
        if (info == null) {
            return new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        }
        Rectangle bounds = info.getAggregateBounds();
        return new int[] {bounds.y, bounds.y + bounds.height};
    }

    /** Narrows every list to what may reach into {@code page}; pages must come in order, top to bottom. */
    void show(PageBox page) {
        for (Container container : containers) {
            container.show(page.getTop(), page.getBottom());
        }
    }

    /** Puts every full list back. */
    void restore() {
        for (Container container : containers) {
            container.restore();
        }
    }

    /** One box's children with their extents, swept page by page. */
    private static final class Container {
        private final Box box;
        private final Box[] all;
        private final int[] top;
        private final int[] bottom;
        /** Child indices by top, then by index. */
        private final Integer[] byTop;
        /** The slack kept above and below a page: the band tested is wider than any clip on it. */
        private final int slack;
        private int started;
        /** Indices of the children that began above the band's bottom and may still reach into it. */
        private final List<Integer> active = new ArrayList<>();

        Container(Box box, int pageHeight) {
            this.box = box;
            this.all = box.getChildren().toArray(new Box[0]);
            this.top = new int[all.length];
            this.bottom = new int[all.length];
            for (int i = 0; i < all.length; i++) {
                int[] span = span(all[i]);
                top[i] = span[0];
                bottom[i] = span[1];
            }
            this.byTop = new Integer[all.length];
            Arrays.setAll(byTop, i -> i);
            Arrays.sort(byTop, Comparator.<Integer>comparingInt(i -> top[i]).thenComparingInt(i -> i));
            this.slack = pageHeight;
        }

        void show(int pageTop, int pageBottom) {
            long bandTop = (long) pageTop - slack;
            long bandBottom = (long) pageBottom + slack;
            while (started < byTop.length && top[byTop[started]] <= bandBottom) {
                active.add(byTop[started++]);
            }
            active.removeIf(i -> bottom[i] < bandTop);
            active.sort(null);
            List<Box> children = box.getChildren();
            children.clear();
            for (int i : active) {
                children.add(all[i]);
            }
        }

        void restore() {
            List<Box> children = box.getChildren();
            children.clear();
            children.addAll(Arrays.asList(all));
        }
    }
}
