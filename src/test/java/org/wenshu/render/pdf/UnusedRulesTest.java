package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The theme's rules that name a class no element has are left out of a layout's sheet; the rest stay as written. */
class UnusedRulesTest {
    @Test
    void aRuleNamingAnAbsentClassIsLeftOut() {
        String css = "p { margin: 0; }\np.masthead-line { color: red; }\ndiv.toc p.toc-2 { x: 1; }\n";
        assertThat(UnusedRules.prune(css, Set.of("toc"))).isEqualTo("p { margin: 0; }\n\n\n");
        assertThat(UnusedRules.prune(css, Set.of("toc", "toc-2"))).isEqualTo("p { margin: 0; }\n\ndiv.toc p.toc-2 { x: 1; }\n");
    }

    @Test
    void aSelectorListStaysWholeWhenOneOfItsSelectorsCanMatch() {
        String css = "body.wenshu-front-first, div.cover, div.toc { page: front; }\n";
        assertThat(UnusedRules.prune(css, Set.of("cover"))).isEqualTo(css);
        assertThat(UnusedRules.prune(css, Set.of())).isEqualTo("\n");
    }

    @Test
    void atRulesNegationsAndBracesInStringsAreKept() {
        String css = "@page :right { @bottom-right { content: \"} p.x {\" counter(page); } }\n"
                + "p:not(.absent) { a: b; }\n"
                + "p.absent::before { content: \"{\"; }\n"
                + "h1 { c: d; }\n";
        assertThat(UnusedRules.prune(css, Set.of())).isEqualTo(
                "@page :right { @bottom-right { content: \"} p.x {\" counter(page); } }\n"
                        + "p:not(.absent) { a: b; }\n"
                        + "\nh1 { c: d; }\n");
    }
}
