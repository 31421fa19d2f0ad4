package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.wenshu.render.theme.Theme;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;

/**
 * Hanging punctuation and the Chinese–Latin space as Flying Saucer's breaker sees them: the widths
 * its pieces count, the break points after a hanging mark, and where the space goes.
 */
class HangingPunctuationTest {
    private static final char HANG = HangingPunctuation.HANG;
    private static final char KERN = HangingPunctuation.KERN;
    private static final Theme.LineBreaking RULES = new Theme.LineBreaking("，。、%）”", "（“", "，。、", 0.2);
    /** Every character 10 wide, Latin letters and digits 5, as a stand-in for a font. */
    private static final ToIntFunction<String> PLAIN = text -> text.codePoints().map(cp -> cp < 0x80 ? 5 : 10).sum();

    private final HangingPunctuation hanging = new HangingPunctuation("，。、");

    @Test
    void aMarkAtTheEndOfAPieceCountsNothingThenItsRestoreCodeCountsItBack() {
        assertThat(hanging.width("稳定，" + HANG, PLAIN, 2)).isEqualTo(20);
        assertThat(hanging.width(hanging.restore('，'), PLAIN, 2)).isEqualTo(10);
        // inside the text of a whole line the restore code counts nothing
        assertThat(hanging.width("稳定，" + hanging.restore('，') + "较好", PLAIN, 2)).isEqualTo(50);
    }

    @net.jqwik.api.Property(tries = 1000)
    void whatIsDrawnIsTheTextWithoutItsCodes(@net.jqwik.api.ForAll("texts") String text) {
        StringBuilder expected = new StringBuilder();
        text.chars().filter(c -> c != HANG && c != KERN && !(c >= 0xE100 && c <= 0xE1FF)).forEach(c -> expected.append((char) c));
        assertThat(HangingPunctuation.drawn(text)).isEqualTo(expected.toString());
        assertThat(HangingPunctuation.hasCodes(text)).isEqualTo(expected.length() != text.length());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> texts() {
        return net.jqwik.api.Arbitraries.strings().withChars("年中，。a1 " + HANG + KERN + "\uE100\uE101\uE1FF\uE200\uE0FF").ofMaxLength(20);
    }

    @Test
    void aKernCountsItsWidthExceptAtTheEndOfALine() {
        assertThat(hanging.width("年" + KERN, PLAIN, 2)).isEqualTo(12);
        assertThat(hanging.width("年" + KERN + HANG, PLAIN, 2)).isEqualTo(10);
        assertThat(hanging.width(hanging.restore(KERN), PLAIN, 2)).isEqualTo(2);
        assertThat(HangingPunctuation.drawn("年" + KERN + HANG + hanging.restore('，') + "，")).isEqualTo("年，");
    }

    @Test
    void afterAHangingMarkTwoBreakPointsFollowAtTheSamePlace() {
        List<BreakPoint> points = points("社会稳定，较好");
        // 社|会|稳|定，(hang)(restore)|较|好
        assertThat(points).extracting(BreakPoint::getPosition).containsExactly(1, 2, 3, 5, 5, 6, 7);
        assertThat(points.get(3).getHyphen()).isEqualTo(String.valueOf(HANG));
        assertThat(points.get(4).getHyphen()).isEqualTo(hanging.restore('，'));
        assertThat(points.get(2).getHyphen()).isEmpty();
    }

    @Test
    void aMarkStartingARunDoesNotHang() {
        // after digits in the Latin face, as LibreOffice hangs none at the start of a portion
        List<BreakPoint> points = points("、其后");
        assertThat(points).extracting(BreakPoint::getHyphen).containsOnly("");
    }

    @Test
    void noBreakBeforeAKernNorInsideTheNumberAfterIt() {
        KinsokuBreaking breaking = new KinsokuBreaking(RULES);
        String text = "收入比由" + KERN + "2.9∶1缩小";
        assertThat(breaking.breaks(text)).doesNotContain(4, 7).contains(5);
    }

    @Test
    void theSpaceGoesBetweenChineseAndLatinLettersOrDigitsOnly() throws Exception {
        Document xhtml = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element root = xhtml.createElement("html");
        xhtml.appendChild(root);
        Element p = xhtml.createElement("p");
        root.appendChild(p);
        Element digits = xhtml.createElement("span");
        digits.setTextContent("2025");
        p.appendChild(xhtml.createTextNode("工作回顾"));
        p.appendChild(digits);
        p.appendChild(xhtml.createTextNode("年增长“GDP”5.4%，résumé好"));
        new ScriptSpacing(0.2).apply(xhtml);
        assertThat(p.getTextContent().replace(KERN, '|')).isEqualTo("工作回顾|2025|年增长“GDP”5.4%，résumé|好");
        new ScriptSpacing(0).apply(xhtml);
        assertThat(p.getTextContent().chars().filter(c -> c == KERN).count()).isEqualTo(3);
    }

    private List<BreakPoint> points(String text) {
        BreakPointsProvider provider = new KinsokuBreaking(RULES).getBreakPointsProvider(text, "zh", null);
        List<BreakPoint> points = new ArrayList<>();
        for (BreakPoint point = provider.next(); point.getPosition() != java.text.BreakIterator.DONE; point = provider.next()) {
            points.add(point);
        }
        return points;
    }
}
