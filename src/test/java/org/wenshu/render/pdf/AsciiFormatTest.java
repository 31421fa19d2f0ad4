package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Formattable;
import java.util.Formatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The patterns library code formats on a cold render's path are written as String.format writes them. */
class AsciiFormatTest {
    @Property(tries = 1000)
    void crossReferenceLines(@ForAll @LongRange(min = 0, max = 99_999_999_999L) long offset,
                             @ForAll @IntRange(min = 0, max = 65_535) int generation, @ForAll boolean free) {
        Object[] arguments = {offset, generation, free ? 'f' : 'n'};
        assertThat(AsciiFormat.format("%010d %05d %c \n", arguments))
                .isEqualTo(String.format(Locale.ROOT, "%010d %05d %c \n", arguments));
    }

    @Property(tries = 1000)
    void textAndNumbers(@ForAll String a, @ForAll char c, @ForAll @IntRange(min = 0) int i, @ForAll @IntRange(min = 1, max = 40) int width) {
        String pattern = "%s-%s-%s%c|%d|%" + width + "d|%03d|%d|%0" + (width + 1) + "d";
        assertThat(AsciiFormat.format(pattern, a, null, Locale.CHINA, c, i, i, (short) 7, (byte) 3, i))
                .isEqualTo(String.format(Locale.ROOT, pattern, a, null, Locale.CHINA, c, i, i, (short) 7, (byte) 3, i));
    }

    @Property(tries = 300)
    void colourComponents(@ForAll @IntRange(min = 0) int value, @ForAll @IntRange(min = 1, max = 12) int width) {
        for (String pattern : new String[] {"%02x", "%x", "#%0" + width + "x", "%" + width + "x|"}) {
            assertThat(AsciiFormat.format(pattern, value)).as(pattern).isEqualTo(String.format(Locale.ROOT, pattern, value));
        }
    }

    @Test
    void whatItDoesNotWriteIsLeftToStringFormat() {
        Formattable formattable = (Formatter formatter, int flags, int width, int precision) -> formatter.format("formatted");
        for (Object[] call : new Object[][] {
                {"%s", new Object[] {formattable}}, {"%d", new Object[] {-5}}, {"%05d", new Object[] {-5L}},
                {"%,d", new Object[] {1234567}}, {"%-5d|", new Object[] {3}}, {"%.2f", new Object[] {1.5}},
                {"%x", new Object[] {-255}}, {"%02x", new Object[] {255L}}, {"%X", new Object[] {255}}, {"%5s|", new Object[] {"a"}}, {"100%% %n", new Object[] {}},
                {"%d", new Object[] {java.math.BigInteger.TEN}}, {"%c", new Object[] {65}}, {"%s %s", new Object[] {"only one"}},
                {"%s", null}, {"extra %s", new Object[] {"a", "b"}}}) {
            String pattern = (String) call[0];
            Object[] arguments = (Object[]) call[1];
            assertThat(outcome(() -> AsciiFormat.format(pattern, arguments))).as(pattern)
                    .isEqualTo(outcome(() -> String.format(pattern, arguments)));
        }
    }

    @Test
    void digitsAreAsciiWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("ar-EG"));
            assertThat(AsciiFormat.format("%010d %05d %c \n", 1234L, 0, 'n')).isEqualTo("0000001234 00000 n \n");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    /** The text made, or the class of what was thrown. */
    private static String outcome(java.util.function.Supplier<String> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }
}
