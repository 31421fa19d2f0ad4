package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.render.JustificationInfo;

/**
 * When Flying Saucer's justification moves every character of a string alike (so that character
 * spacing can stand for its array): it adds one adjustment after spaces and another after other
 * characters, one UTF-16 unit at a time.
 */
class EvenlySpreadTest {
    private static final JustificationInfo UNEVEN = new JustificationInfo(0.5f, 3f);
    private static final JustificationInfo EVEN = new JustificationInfo(0.5f, 0.5f);

    @Test
    void textWithoutSpacesMovesAlike() {
        assertThat(GridOutputDevice.evenlySpread("推进开发区改革，实现瘦身增效", UNEVEN)).isTrue();
        assertThat(GridOutputDevice.evenlySpread("GDP增长5.2%", UNEVEN)).isTrue();
    }

    @Test
    void spacesMoveAlikeOnlyWhenBothAdjustmentsAreEqual() {
        for (String spaced : new String[] {"the GDP", "一\u00a0二", "一\u3000二"}) {
            assertThat(GridOutputDevice.evenlySpread(spaced, UNEVEN)).as(spaced).isFalse();
            assertThat(GridOutputDevice.evenlySpread(spaced, EVEN)).as(spaced).isTrue();
        }
    }

    @Test
    void charactersOutsideTheBmpKeepFlyingSaucersWay() {
        // Flying Saucer splits them into two strings with an adjustment between
        assertThat(GridOutputDevice.evenlySpread("𠀀字", EVEN)).isFalse();
    }
}
