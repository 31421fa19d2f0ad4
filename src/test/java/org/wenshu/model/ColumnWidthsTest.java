package org.wenshu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Relative column widths in the model: thousandths of the table, one per grid column of the table. */
class ColumnWidthsTest {
    @Test
    void widthsBecomeThousandthsOfTheTable() {
        assertThat(ColumnWidths.of(List.of(1134, 2268, 5670)).perMille()).containsExactly(125, 250, 625);
        assertThat(ColumnWidths.of(List.of(1, 1, 1)).perMille()).containsExactly(334, 333, 333);
        assertThat(ColumnWidths.of(List.of(0.5, 99.5)).perMille()).containsExactly(5, 995);
    }

    @Test
    void noUsableWidthsGiveNone() {
        assertThat(ColumnWidths.of(List.of())).isNull();
        assertThat(ColumnWidths.of(List.of(0, 0))).isNull();
        assertThat(ColumnWidths.of(List.of(10, -1))).isNull();
        assertThat(ColumnWidths.of(List.of(10, Double.NaN))).isNull();
    }

    @Test
    void aTableTakesWidthsForItsGridColumnsOnly() {
        List<List<String>> rows = List.of(List.of("区县", "任务"), List.of("计划", "完成"), List.of("东区", "1200", "1180"));
        List<List<CellSpan>> spans = List.of(List.of(new CellSpan(2, 1), new CellSpan(1, 2)),
                List.of(CellSpan.ONE, CellSpan.ONE), List.of(CellSpan.ONE, CellSpan.ONE, CellSpan.ONE));
        Paragraph table = Paragraph.table(rows, spans, ColumnWidths.of(List.of(2, 3, 5)), "…", 1);
        assertThat(table.widths().perMille()).containsExactly(200, 300, 500);
        assertThat(table.withText("…", null, null).widths()).isEqualTo(table.widths());
        assertThatThrownBy(() -> Paragraph.table(rows, spans, ColumnWidths.of(List.of(1, 1)), "…", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 columns");
    }

    @Property
    void theSharesSumToAThousandAndKeepTheOrder(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 5, max = 100000) Integer> widths) {
        ColumnWidths shares = ColumnWidths.of(widths);
        assertThat(shares.columns()).isEqualTo(widths.size());
        assertThat(shares.perMille().stream().mapToInt(Integer::intValue).sum()).isBetween(1000, 1000 + widths.size());
        for (int i = 0; i < widths.size(); i++) {
            for (int j = 0; j < widths.size(); j++) {
                if (widths.get(i) > widths.get(j)) {
                    assertThat(shares.perMille().get(i)).isGreaterThanOrEqualTo(shares.perMille().get(j));
                }
            }
        }
    }
}
