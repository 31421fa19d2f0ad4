package org.wenshu.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Lengths written into CSS and templates with a fixed number of decimals: the same text as
 * {@code String.format(Locale.ROOT, "%.Nf", value)} (the shortest decimal of the double, rounded
 * half up), without the formatter, whose first use costs a cold start about 20 ms and every
 * further one a parse of its pattern.
 */
public final class Decimals {
    private Decimals() {
    }

    /** {@code value} with {@code places} decimals, as {@code %.<places>f} in the root locale writes it. */
    public static String fixed(double value, int places) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%." + places + "f", value);
        }
        String text = new BigDecimal(Double.toString(value)).setScale(places, RoundingMode.HALF_UP).toPlainString();
        // the formatter keeps the sign of a negative value that rounds to zero (-0.001 is "-0.00")
        return (value < 0 || Double.doubleToRawLongBits(value) == Long.MIN_VALUE) && text.charAt(0) != '-' ? "-" + text : text;
    }
}
