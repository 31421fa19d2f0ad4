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
    /** ① … ⑳ */
    CIRCLED("^(([\\u2460-\\u2473]))\\s*"),
    /** A line without any marker that a reader still takes for a heading. */
    UNNUMBERED(null);

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
            case ARABIC, ARABIC_PAREN, ARABIC_HALF_PAREN -> Integer.parseInt(number);
            case CIRCLED -> number.charAt(0) - '\u2460' + 1;
            case UNNUMBERED -> -1;
        };
    }
}
