package org.wenshu.parse;

/** Reads the Chinese numerals used in heading markers (一 … 九十九, 〇/零, 两, 百). */
final class ChineseNumber {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumber() {}

    /** The value of {@code text}, or -1 when it is not a Chinese numeral this reader knows. */
    static int parse(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        int total = 0;
        int current = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                current = digit;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }

    private static int digit(char c) {
        if (c == '零') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
