package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import org.xhtmlrenderer.layout.breaker.UrlAwareLineBreakIterator;

/** {@link UrlAwareBreaks} gives the break positions of Flying Saucer's URL-aware iterator, in the same order. */
class UrlAwareBreaksTest {
    @Property(tries = 3000)
    void sameBreaksAsFlyingSaucer(@ForAll("texts") String text) {
        assertThat(ours(text)).isEqualTo(flyingSaucers(text));
    }

    @Example
    void urlsAndChineseTextBreakAsFlyingSaucerBreaksThem() {
        for (String text : List.of("", "/", "://", "a://b", "详见https://www.gov.cn/zhengce/2026-01/05/content_123.htm，以下",
                "http://a/b/c", "和/或", "a//b", "//", "x:/", "1/2/3", "中文段落没有斜线，一直到结尾。".repeat(40),
                "路径 /usr/local/share/fonts/ 之后", "ftp://x.y/z/ 然后 mailto:a@b.c/d")) {
            assertThat(ours(text)).as(text).isEqualTo(flyingSaucers(text));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab1 ./:-,;!?\t\n中文，。“”（）%/").ofMaxLength(60);
    }

    private static List<Integer> ours(String text) {
        UrlAwareBreaks breaks = new UrlAwareBreaks(text);
        List<Integer> positions = new ArrayList<>();
        for (int p = breaks.next(); p != BreakIterator.DONE; p = breaks.next()) {
            positions.add(p);
        }
        return positions;
    }

    private static List<Integer> flyingSaucers(String text) {
        UrlAwareLineBreakIterator breaks = new UrlAwareLineBreakIterator(text);
        List<Integer> positions = new ArrayList<>();
        for (int p = breaks.next(); p != BreakIterator.DONE; p = breaks.next()) {
            positions.add(p);
        }
        return positions;
    }
}
