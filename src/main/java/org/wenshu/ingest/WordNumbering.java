package org.wenshu.ingest;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.w3c.dom.Element;

/**
 * Word's automatic numbering turned into the marker a reader sees ("一、", "（一）", "1."). As in
 * Word, the running count belongs to the list definition ({@code w:abstractNum}): lists
 * ({@code w:num}) that share one continue one sequence, and a list with a {@code startOverride}
 * restarts it at that value where it first appears at that level. A level restarts every level
 * below it; the level's {@code lvlText} ("%1、", "（%1）", "%1.%2") is filled in with each level's
 * {@code numFmt}. One instance per document: the counters are the state of reading it.
 */
final class WordNumbering {
    private static final int LEVELS = 9;
    private static final int UNSET = Integer.MIN_VALUE;
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] LEGAL = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    /** One level of a list definition. */
    /** {@code suffix}: what Word puts after the number, "tab" (the default), "space" or "nothing". */
    private record Level(int start, String format, String text, boolean legal, String suffix) {}

    /** A list: whose counters it shares, its levels, and where it restarts the count. */
    private record Definition(String counterKey, Level[] levels, Map<Integer, Integer> startOverrides) {}

    private final XWPFNumbering numbering;
    private final WordStyles styles;
    private final Map<String, Definition> definitions = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();
    private final Set<String> started = new HashSet<>();

    WordNumbering(XWPFNumbering numbering, WordStyles styles) {
        this.numbering = numbering;
        this.styles = styles;
    }

    /**
     * Counts one numbered paragraph and returns its marker; "" for bullets, for lists without a
     * definition and for the "none" format.
     */
    String next(String numId, int level) {
        if (numbering == null || numId == null || numId.equals("0") || level < 0 || level >= LEVELS) {
            return "";
        }
        Definition definition = definitions.computeIfAbsent(numId, this::define);
        if (definition == null) {
            definitions.remove(numId);
            return "";
        }
        Level[] levels = definition.levels();
        int[] count = counters.computeIfAbsent(definition.counterKey(), key -> unset());
        Integer override = definition.startOverrides().get(level);
        if (started.add(numId + "/" + level) && override != null) {
            count[level] = override;
        } else {
            count[level] = count[level] == UNSET ? levels[level].start() : count[level] + 1;
        }
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = UNSET;
        }
        Level current = levels[level];
        if (current.format().equals("bullet") || current.format().equals("none") || current.text() == null) {
            return "";
        }
        StringBuilder marker = new StringBuilder();
        String text = current.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int referenced = text.charAt(++i) - '1';
                Level shown = levels[referenced];
                int value = count[referenced] == UNSET ? shown.start() : count[referenced];
                String format = current.legal() && referenced < level ? "decimal" : shown.format();
                marker.append(format(value, format));
            } else {
                marker.append(c);
            }
        }
        return separated(marker.toString(), current.suffix());
    }

    /**
     * The marker with the separator Word shows after it when the number text has none of its own
     * ("1" + tab before 引言 reads "1　引言", never "1引言"): a tab becomes a full-width space, a
     * space stays a space. A marker ending in its own punctuation ("一、", "（一）", "1.") is kept as is.
     */
    static String separated(String marker, String suffix) {
        if (marker.isEmpty() || suffix.equals("nothing")) {
            return marker;
        }
        char last = marker.charAt(marker.length() - 1);
        if (!Character.isLetterOrDigit(last)) {
            return marker;
        }
        return marker + (suffix.equals("space") ? " " : "\u3000");
    }

    private static int[] unset() {
        int[] count = new int[LEVELS];
        Arrays.fill(count, UNSET);
        return count;
    }

    /** A list's levels: its abstract definition with the list's own overrides. */
    private Definition define(String numId) {
        XWPFNum num = num(numId);
        if (num == null) {
            return null;
        }
        Element numElement = (Element) num.getCTNum().getDomNode();
        String abstractId = WordXml.childVal(numElement, "abstractNumId");
        XWPFAbstractNum abstractNum = abstractNum(abstractId);
        // a definition that only links to a list style takes the levels of the style's own list
        for (int hop = 0; abstractNum != null && hop < 4; hop++) {
            Element definition = (Element) abstractNum.getCTAbstractNum().getDomNode();
            String link = WordXml.childVal(definition, "numStyleLink");
            WordStyles.NumberingRef linked = link == null || !WordXml.children(definition, "lvl").isEmpty()
                    ? null : styles.numbering(link);
            XWPFNum linkedNum = linked == null ? null : num(linked.numId());
            if (linkedNum == null) {
                break;
            }
            abstractId = WordXml.childVal(linkedNum.getCTNum().getDomNode(), "abstractNumId");
            abstractNum = abstractNum(abstractId);
        }
        Level[] levels = new Level[LEVELS];
        for (int i = 0; i < LEVELS; i++) {
            levels[i] = new Level(1, "decimal", null, false, "tab");
        }
        if (abstractNum != null) {
            for (Element lvl : WordXml.children(abstractNum.getCTAbstractNum().getDomNode(), "lvl")) {
                apply(levels, lvl, null);
            }
        }
        Map<Integer, Integer> startOverrides = new HashMap<>();
        for (Element override : WordXml.children(numElement, "lvlOverride")) {
            int index = parseLevel(WordXml.attr(override, "ilvl"));
            Element lvl = WordXml.child(override, "lvl");
            if (lvl != null) {
                apply(levels, lvl, WordXml.attr(override, "ilvl"));
                if (index >= 0) {
                    startOverrides.put(index, levels[index].start()); // a whole new level restarts too
                }
            }
            Integer startOverride = WordXml.intVal(override, "startOverride");
            if (startOverride != null && index >= 0) {
                startOverrides.put(index, startOverride);
            }
        }
        String counterKey = abstractNum != null ? "abstract:" + abstractId : "num:" + numId;
        return new Definition(counterKey, levels, startOverrides);
    }

    private XWPFNum num(String numId) {
        try {
            return numId == null ? null : numbering.getNum(new BigInteger(numId.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private XWPFAbstractNum abstractNum(String abstractId) {
        try {
            return abstractId == null ? null : numbering.getAbstractNum(new BigInteger(abstractId.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void apply(Level[] levels, Element lvl, String fallbackIndex) {
        String ilvl = WordXml.attr(lvl, "ilvl");
        int index = parseLevel(ilvl != null ? ilvl : fallbackIndex);
        if (index < 0) {
            return;
        }
        Integer start = WordXml.intVal(lvl, "start");
        String format = WordXml.childVal(lvl, "numFmt");
        Element numFmt = WordXml.child(lvl, "numFmt");
        if ("custom".equals(format)) {
            format = customFormat(WordXml.attr(numFmt, "format"));
        }
        Element lvlText = WordXml.child(lvl, "lvlText");
        String text = lvlText == null ? null : lvlText.getAttributeNS(WordXml.W, "val");
        String suffix = WordXml.childVal(lvl, "suff");
        levels[index] = new Level(start == null ? 1 : start, format == null ? "decimal" : format, text,
                WordXml.isOn(lvl, "isLgl"), suffix == null ? "tab" : suffix);
    }

    /** A custom format names its first numbers: "一, 二, 三, ..." or "001, 002, 003, ...". */
    private static String customFormat(String sample) {
        if (sample == null) {
            return "decimal";
        }
        if (sample.startsWith("一")) {
            return "chineseCounting";
        }
        if (sample.startsWith("壹")) {
            return "chineseLegalSimplified";
        }
        return sample.startsWith("0") ? "decimalZero" : "decimal";
    }

    private static int parseLevel(String value) {
        try {
            int level = value == null ? -1 : Integer.parseInt(value.strip());
            return level >= 0 && level < LEVELS ? level : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A number in one of Word's number formats ({@code ST_NumberFormat}). */
    static String format(int n, String format) {
        switch (format) {
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                    "ideographLegalTraditional" -> {
                return chinese(n, DIGITS);
            }
            case "chineseLegalSimplified" -> {
                return chinese(n, LEGAL).replace('十', '拾').replace('百', '佰');
            }
            case "ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital" -> {
                StringBuilder out = new StringBuilder();
                for (char c : Integer.toString(n).toCharArray()) {
                    out.append(c == '0' ? "〇" : DIGITS[c - '0']);
                }
                return out.toString();
            }
            case "ideographTraditional" -> {
                return n >= 1 && n <= 10 ? String.valueOf(STEMS.charAt(n - 1)) : Integer.toString(n);
            }
            case "ideographZodiac" -> {
                return n >= 1 && n <= 12 ? String.valueOf(BRANCHES.charAt(n - 1)) : Integer.toString(n);
            }
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" -> {
                return n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1))
                        : n >= 21 && n <= 35 ? String.valueOf((char) (0x3251 + n - 21)) : Integer.toString(n);
            }
            case "decimalEnclosedParen" -> {
                return n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : "(" + n + ")";
            }
            case "decimalEnclosedFullstop" -> {
                return n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1)) : n + ".";
            }
            case "decimalFullWidth", "decimalFullWidth2" -> {
                StringBuilder out = new StringBuilder();
                for (char c : Integer.toString(n).toCharArray()) {
                    out.append((char) (c - '0' + '０'));
                }
                return out.toString();
            }
            case "decimalZero" -> {
                return n < 10 ? "0" + n : Integer.toString(n);
            }
            case "lowerLetter", "upperLetter" -> {
                String letter = String.valueOf((char) ('a' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
                return format.equals("upperLetter") ? letter.toUpperCase(Locale.ROOT) : letter;
            }
            case "lowerRoman", "upperRoman" -> {
                String roman = roman(n);
                return format.equals("lowerRoman") ? roman.toLowerCase(Locale.ROOT) : roman;
            }
            default -> {
                return Integer.toString(n);
            }
        }
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
    private static String chinese(int n, String[] digits) {
        if (n <= 0 || n >= 1000) {
            return Integer.toString(n);
        }
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        StringBuilder out = new StringBuilder();
        if (hundreds > 0) {
            out.append(digits[hundreds]).append('百');
            if (tens == 0 && ones > 0) {
                out.append(digits[0]);
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                out.append(digits[tens]);
            }
            out.append('十');
        }
        if (ones > 0) {
            out.append(digits[ones]);
        }
        return out.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(symbols[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }
}
