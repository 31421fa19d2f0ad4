package org.wenshu.render.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** How {@link TableColumns} measures cells and settles column widths (in points here; a grid character is 16). */
class TableColumnsTest {
    @Test
    void cellsAreMeasuredInGridCharacters() {
        // {unbreakable, narrowest, widest}
        assertThat(TableColumns.measure("序号")).containsExactly(1, 2, 2);
        assertThat(TableColumns.measure("12,345.67")).containsExactly(4.5, 4.5, 4.5);
        // a long cell breaks between any two CJK characters, never inside a number
        assertThat(TableColumns.measure("新增学位12000个，课后服务覆盖全部学校")).containsExactly(2.5, 2.5, 18.5);
        // no line starts with a closing mark or ends with an opening one; a no-break space joins
        assertThat(TableColumns.measure("婚姻证明（单身证明）")[0]).isEqualTo(2);
        assertThat(TableColumns.measure("折算后\u00A0投诉量单位数")[0]).isEqualTo(2.5);
    }

    @Test
    void widestWidthsThatFitAreTakenInProportion() {
        double[] widths = TableColumns.automatic(new double[] {20, 20}, new double[] {40, 120}, 320);
        assertThat(widths).containsExactly(80, 240);
    }

    @Test
    void aColumnOfShortCellsIsWidenedFromTheOthersAsFarAsTheyKeepEnough() {
        double[] preferred = {20, 100, 200};
        double[] hard = {25, 25, 25};
        double[] soft = {45, 25, 25}; // 序号 wants 45 to stay on one line
        double[] widths = TableColumns.settle(preferred, hard, soft, 25, 320);
        assertThat(widths[0]).isCloseTo(45, within(1e-6));
        assertThat(widths[1] / widths[2]).isCloseTo(0.5, within(1e-6));
        assertThat(Arrays.stream(widths).sum()).isCloseTo(320, within(1e-6));
        // when keeping it whole would take too much from the others, the first column only gets part of the way
        double[] tight = TableColumns.settle(new double[] {10, 60, 30}, new double[] {20, 20, 20},
                new double[] {90, 20, 20}, 20, 100);
        assertThat(tight[1]).isCloseTo(60 * TableColumns.KEEP, within(1e-3));
        assertThat(tight[0]).isBetween(20.0, 90.0);
    }

    @Test
    void noColumnIsNarrowerThanItsUnbreakableTextWhileThoseFit() {
        double[] widths = TableColumns.settle(new double[] {5, 5, 90}, new double[] {30, 30, 20},
                new double[] {30, 30, 20}, 20, 100);
        assertThat(widths[0]).isCloseTo(30, within(1e-6));
        assertThat(widths[1]).isCloseTo(30, within(1e-6));
        assertThat(widths[2]).isCloseTo(40, within(1e-6));
        // too many columns for even one character each: one character each, in proportion
        double[] crowded = TableColumns.settle(new double[] {50, 50, 50}, new double[] {30, 40, 40},
                new double[] {30, 40, 40}, 20, 30);
        assertThat(crowded).containsExactly(10, 10, 10);
    }

    /** A header cell (td.head) of ten characters over a column of short values is set in two even lines, not four. */
    @Test
    void aLongHeaderCellGetsTwoEvenLines() throws Exception {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><table class=\"data\">"
                + "<colgroup><col style=\"width: 20%\"/><col style=\"width: 65%\"/><col style=\"width: 15%\"/></colgroup>"
                + "<tr><td class=\"head\">序号</td><td class=\"head\">具体点位</td><td class=\"head\">交巡警大队名称及人数</td></tr>"
                + "<tr><td>1</td><td>沪宁高速</td><td></td></tr></table></body></html>";
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document dom = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xhtml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        org.wenshu.render.theme.Theme theme = new org.wenshu.render.theme.ThemeLoader().defaultTheme();
        new TableColumns().apply(dom, theme);
        org.w3c.dom.NodeList cols = dom.getElementsByTagNameNS("*", "col");
        assertThat(cols.getLength()).isEqualTo(3);
        double textWidth = theme.page().textWidth() * 72 / 25.4;
        double last = Double.parseDouble(((org.w3c.dom.Element) cols.item(2)).getAttribute("style").replaceAll("[^0-9.]", ""));
        double lastPt = last / 100 * textWidth;
        assertThat(lastPt).as("five characters a line").isGreaterThanOrEqualTo(5 * theme.page().charPitchPt() + 6.5)
                .isLessThan(6 * theme.page().charPitchPt());
        double first = Double.parseDouble(((org.w3c.dom.Element) cols.item(0)).getAttribute("style").replaceAll("[^0-9.]", ""));
        assertThat(first).as("the source's share where nothing needs more").isEqualTo(20.0, within(1.5));
    }
}
