package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.layout.BoxCollector;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.layout.BoxRangeLists;
import org.xhtmlrenderer.render.PageBox;

/**
 * While a page is painted, {@link PageWindow} leaves in the long block lists only the blocks near
 * it: Flying Saucer's box collector then finds on every page the same boxes, in the same order,
 * as with the whole lists, and the lists are whole again afterwards.
 */
class PageWindowTest {
    @Test
    void eachPageCollectsTheSameBoxesAsWithTheWholeLists() {
        StringBuilder html = new StringBuilder("<html><head><style>@page { size: 120mm 160mm; margin: 15mm; }"
                + " p { margin: 0 0 4pt 0; } div.part { margin: 8pt 0; padding: 2pt; border: 1px solid black; }</style></head><body>");
        for (int i = 0; i < 300; i++) {
            html.append("<p>Paragraph ").append(i).append(" of the body, long enough to wrap onto a second line on this narrow page.</p>");
            if (i % 97 == 0) {
                html.append("<div class=\"part\">");
                for (int j = 0; j < 40; j++) {
                    html.append("<p>Nested ").append(i).append('.').append(j).append(" inside a part that spans pages.</p>");
                }
                html.append("<table><tr><td>cell</td><td>another cell</td></tr><tr><td>row two</td><td>x</td></tr></table></div>");
            }
        }
        html.append("</body></html>");
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocumentFromString(html.toString());
        renderer.layout();
        BlockBox root = renderer.getRootBox();
        List<PageBox> pages = root.getLayer().getPages();
        assertThat(pages.size()).isGreaterThan(20);
        LayoutContext c = renderer.getSharedContext().newLayoutContextInstance(new org.xhtmlrenderer.pdf.ITextFontContext());
        List<List<Box>> whole = new ArrayList<>();
        for (PageBox page : pages) {
            whole.add(collect(c, root, page));
        }
        List<Box> bodyBlocks = List.copyOf(bodyOf(root).getChildren());

        PageWindow window = PageWindow.of(root, pages);
        for (int i = 0; i < pages.size(); i++) {
            window.show(pages.get(i));
            assertThat(collect(c, root, pages.get(i))).as("page %d", i + 1).containsExactlyElementsOf(whole.get(i));
            if (i > 2 && i < pages.size() - 3) {
                assertThat(bodyOf(root).getChildren()).as("the body's list on page %d is narrowed", i + 1)
                        .hasSizeLessThan(bodyBlocks.size() / 4);
            }
        }
        window.restore();
        assertThat(bodyOf(root).getChildren()).containsExactlyElementsOf(bodyBlocks);
    }

    /** What Flying Saucer's collector picks for a page: everything that reaches into its content area. */
    private static List<Box> collect(LayoutContext c, BlockBox root, PageBox page) {
        List<Box> blocks = new ArrayList<>();
        List<Box> lines = new ArrayList<>();
        Rectangle clip = new Rectangle(0, page.getTop(), 10_000, page.getBottom() - page.getTop());
        new BoxCollector().collect(c, clip, root.getLayer(), blocks, lines, new BoxRangeLists());
        blocks.addAll(lines);
        return blocks;
    }

    private static Box bodyOf(BlockBox root) {
        Box box = root;
        while (box.getChildCount() == 1) {
            box = box.getChild(0);
        }
        return box;
    }
}
