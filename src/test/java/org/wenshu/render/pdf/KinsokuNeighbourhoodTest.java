package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.wenshu.render.theme.Theme;

/** The breaks near a place ({@link KinsokuBreaking#near}) are those the whole text's walk finds there. */
class KinsokuNeighbourhoodTest {
    private static final Theme.LineBreaking RULES = new Theme.LineBreaking("，。、；：？！）》”’%·…", "（《“‘", "，。、", 0.2);

    @Property(tries = 3000)
    void sameBreaksAsTheWholeWalk(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 80) int from,
                                  @ForAll @IntRange(min = 0, max = 80) int width) {
        KinsokuBreaking breaking = new KinsokuBreaking(RULES);
        int to = from + width;
        List<Integer> expected = breaking.breaks(text).stream().filter(p -> p >= from && p <= to).toList();
        assertThat(breaking.near(text).within(from, to)).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }

    @Property(tries = 200)
    void aTextWithASlashIsLeftToTheWholeWalk(@ForAll("texts") String text) {
        assertThat(new KinsokuBreaking(RULES).near(text + "/")).isNull();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withChars("ab12 .,-:;!?\n中文年增长，。、；：？！（）《》“”‘’%·…\u3000" + HangingPunctuation.KERN + HangingPunctuation.HANG)
                .ofMaxLength(70);
    }
}
