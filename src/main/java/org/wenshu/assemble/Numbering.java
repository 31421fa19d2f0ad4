package org.wenshu.assemble;

/** Heading numbers as GB/T 15834 B.3 orders them: 一、 → （一） → 1. → （1）. */
final class Numbering {
    private static final String DIGITS = "〇一二三四五六七八九";

    private Numbering() {
    }

    /** The marker of the {@code index}-th heading (1-based) at {@code level} (1 = 一、). */
    static String marker(int level, int index) {
        return switch (level) {
            case 1 -> chinese(index) + "、";
            case 2 -> "（" + chinese(index) + "）";
            case 3 -> index + ".";
            default -> "（" + index + "）";
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (up to 99). */
    static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
