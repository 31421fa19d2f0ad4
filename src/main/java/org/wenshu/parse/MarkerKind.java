package org.wenshu.parse;

import java.util.regex.Pattern;

/**
 * The forms of heading numbering met in Chinese documents. Which level a form stands for is not
 * fixed: a document's own order of first appearance decides (see {@link OutlineBuilder}).
 */
enum MarkerKind {
    /** 第一章 · 第一部分 · 第一节 · 第1章. */
    CHAPTER("^(第([一二三四五六七八九十百零〇两]{1,4}|\\d{1,3})(章|部分|节|篇|编))(?:\\s*|[、：:]\\s*)"),
    /** 一、 · 十一、 · 一． */
    CHINESE("^(([一二三四五六七八九十]{1,3})[、．.])(?![一二三四五六七八九十]{1,2}(季度|个月|月份|年级|等奖))\\s*"),
    /** （一） · (一) · （一）、 */
    CHINESE_PAREN("^([（(]([一二三四五六七八九十]{1,3})[）)]、?)\\s*"),
    /** 1. · 1． · 1、 — but not 5.5% or 2025.1. */
    ARABIC("^((\\d{1,2})(?:[.．](?![\\d.．])|、))\\s*"),
    /** 1) · 1） — a half bracket. */
    ARABIC_HALF_PAREN("^((\\d{1,2})[)）])\\s*"),
    /** （1） · (1) · （1）、 */
    ARABIC_PAREN("^([（(](\\d{1,2})[）)]、?)\\s*"),
    /**
     * 1　引言 — a bare number set off by a space (Word's automatic numbering "1" + tab reads so), the
     * first level of decimal multi-level numbering.
     */
    DECIMAL1(decimal(0)),
    /** 1.1 · 2.3 目的 — decimal multi-level numbering, second level (GB/T 1.1 style). */
    DECIMAL2(decimal(1)),
    /** 2.3.2 */
    DECIMAL3(decimal(2)),
    /** 2.3.2.1 */
    DECIMAL4(decimal(3)),
    /** 2.3.2.1.1 */
    DECIMAL5(decimal(4)),
    /** ① … ⑳ */
    CIRCLED("^(([\\u2460-\\u2473]))\\s*"),
    /** A line without any marker that a reader still takes for a heading. */
    UNNUMBERED(null);

    /**
     * Characters after a number that make it a quantity, not a heading number: "1.5亿元", "2.3万人",
     * "3.5%".
     */
    private static final String MEASURES = "年月日时分秒个万亿千百元角人名项次家所件条台辆户天周号倍米吨亩公平余多%％‰";

    /**
     * Decimal numbering with {@code dots} dots ("2.3.2.1"), an optional final dot, then a space or
     * the heading's first character (never a measure word); the ordinal is the last number. A bare
     * number ({@code dots} 0) needs a space after it (the cleaner folds a full-width space or a tab
     * to one).
     */
    private static String decimal(int dots) {
        String separator = dots == 0 ? "[\\s\u3000]+" : "[.．]?(?![\\d.．])[\\s\u3000]*";
        return "^((?:\\d{1,2}[.．]){" + dots + "}(\\d{1,2})" + separator + ")(?![" + MEASURES
                + "])(?=[\u4e00-\u9fff（(“《])";
    }

    /** The depth of a decimal multi-level marker (1 for "1　", 4 for "2.3.2.1"), 0 for other kinds. */
    int decimalDepth() {
        return switch (this) {
            case DECIMAL1 -> 1;
            case DECIMAL2 -> 2;
            case DECIMAL3 -> 3;
            case DECIMAL4 -> 4;
            case DECIMAL5 -> 5;
            default -> 0;
        };
    }

    private final Pattern pattern;

    MarkerKind(String regex) {
        this.pattern = regex == null ? null : Pattern.compile(regex);
    }

    Pattern pattern() {
        return pattern;
    }

    /** The ordinal a marker's number stands for (1-based), or -1. */
    int ordinal(String number) {
        return switch (this) {
            case CHAPTER -> Character.isDigit(number.charAt(0)) ? Integer.parseInt(number) : ChineseNumber.parse(number);
            case CHINESE, CHINESE_PAREN -> ChineseNumber.parse(number);
            case ARABIC, ARABIC_PAREN, ARABIC_HALF_PAREN, DECIMAL1, DECIMAL2, DECIMAL3, DECIMAL4, DECIMAL5 ->
                    Integer.parseInt(number);
            case CIRCLED -> number.charAt(0) - '\u2460' + 1;
            case UNNUMBERED -> -1;
        };
    }
}
