package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link Decimals#fixed} writes what {@code String.format(Locale.ROOT, "%.Nf", …)} writes. */
class DecimalsTest {
    @Property(tries = 3000)
    void asTheFormatterWritesLengths(@ForAll @DoubleRange(min = -2000, max = 2000) double value, @ForAll @IntRange(min = 0, max = 4) int places) {
        assertThat(Decimals.fixed(value, places)).isEqualTo(String.format(Locale.ROOT, "%." + places + "f", value));
    }

    @Property(tries = 2000)
    void asTheFormatterWritesAnyDouble(@ForAll double value, @ForAll @IntRange(min = 0, max = 3) int places) {
        assertThat(Decimals.fixed(value, places)).isEqualTo(String.format(Locale.ROOT, "%." + places + "f", value));
    }

    @Test
    void halfwayCasesAndSigns() {
        double[] values = {0.005, 1.005, 2.675, 0.125, 0.0625, 28.95, 1e-9, -0.001, -0.0, 0.0, 1e21, 123456789.0125,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MAX_VALUE, 72 / 25.4 * 156};
        for (double value : values) {
            for (int places = 0; places <= 3; places++) {
                assertThat(Decimals.fixed(value, places)).as(value + " " + places)
                        .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", value));
            }
        }
        for (int hundredths = -100000; hundredths <= 100000; hundredths++) {
            double value = hundredths / 1000.0;
            assertThat(Decimals.fixed(value, 2)).isEqualTo(String.format(Locale.ROOT, "%.2f", value));
        }
    }
}
