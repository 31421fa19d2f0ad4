package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.css.newmatch.PageInfo;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Which margin boxes are laid out once per kind of page: those whose content is text and the page
 * counters only; anything that can change from page to page keeps Flying Saucer's way.
 */
class PageMarginsTest {
    @Test
    void textAndPageCountersAreTheSameOnEveryPage() {
        assertThat(PageMargins.sameOnEveryPage(page("@bottom-right { content: \"— \" counter(page) \" —\"; }"))).isTrue();
        assertThat(PageMargins.sameOnEveryPage(page("@bottom-left { content: counter(page, lower-roman) \" / \" counter(pages); }"))).isTrue();
        assertThat(PageMargins.sameOnEveryPage(page("@bottom-left { content: none; } @top-center { content: normal; }"))).isTrue();
        assertThat(PageMargins.sameOnEveryPage(page("@top-center { content: \"机密\"; font-size: 9pt; }"))).isTrue();
    }

    @Test
    void contentThatCanChangeFromPageToPageIsNot() {
        assertThat(PageMargins.sameOnEveryPage(page("@top-center { content: element(head); }"))).isFalse();
        assertThat(PageMargins.sameOnEveryPage(page("@top-center { content: counter(chapter); }"))).isFalse();
        assertThat(PageMargins.sameOnEveryPage(page("@top-center { content: open-quote \"x\" close-quote; }"))).isFalse();
        // one such box is enough
        assertThat(PageMargins.sameOnEveryPage(page("@bottom-right { content: counter(page); } @top-left { content: element(head); }")))
                .isFalse();
    }

    @Test
    void theLayoutIsGivenPagesWithoutTheMarginBoxesItPaintsItself() {
        ITextRenderer renderer = new ITextRenderer();
        PageMargins margins = new PageMargins(renderer.getSharedContext());
        renderer.setDocumentFromString("<html><head><style>@page :right { @bottom-right { content: counter(page); } }"
                + " @page :left { @top-left { content: element(head); } } h1 { position: running(head); }</style></head>"
                + "<body><h1>Head</h1><p>Text</p></body></html>");
        PageInfo right = renderer.getSharedContext().getCss().getPageStyle(null, "right");
        PageInfo left = renderer.getSharedContext().getCss().getPageStyle(null, "left");
        assertThat(right.getMarginBoxes()).isEmpty();
        assertThat(left.getMarginBoxes()).isNotEmpty();
        assertThat(margins.deferredKinds()).isEqualTo(1);
    }

    @Test
    void everyKindOfPageOfTheBuiltInThemesIsLaidOutOnce() {
        for (String template : java.util.List.of("document", "compilation", "official", "briefing")) {
            org.wenshu.render.theme.Theme theme = org.wenshu.render.RenderSetup.resolve(template, java.nio.file.Path.of(""),
                    java.util.Map.of(), java.util.Map.of(), java.time.Instant.EPOCH, new org.wenshu.render.fonts.FontCache()).theme();
            String css = new org.wenshu.render.theme.ThemeCss().write(theme, role -> "serif");
            ITextRenderer renderer = new ITextRenderer();
            PageMargins margins = new PageMargins(renderer.getSharedContext());
            renderer.setDocumentFromString("<html><head><style>" + css + "</style></head><body><p>x</p></body></html>");
            int kinds = 0;
            for (String name : new String[] {null, "main", "front"}) {
                for (String pseudo : new String[] {"first", "left", "right"}) {
                    PageInfo info = renderer.getSharedContext().getCss().getPageStyle(name, pseudo);
                    assertThat(info.getMarginBoxes()).as("%s: page %s:%s", template, name, pseudo).isEmpty();
                    kinds++;
                }
            }
            assertThat(margins.deferredKinds()).as(template).isEqualTo(kinds);
        }
    }

    /** The right-hand page's style of a document whose style sheet has {@code @page :right { boxes }}. */
    private static PageInfo page(String boxes) {
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocumentFromString("<html><head><style>@page :right { " + boxes + " }</style></head><body><p>x</p></body></html>");
        return renderer.getSharedContext().getCss().getPageStyle(null, "right");
    }
}
