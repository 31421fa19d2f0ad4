package org.wenshu.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Quote;

/**
 * Recognises lines that carry facts about a document rather than its text: 来源：… · 时间：… ·
 * 发布时间:… 来源:… · 《 人民日报 》( 2023年10月27日 04 版) · (责编:…) · （来源：…） · bare
 * timestamps · a speaker's office and name (省长 王予波).
 */
final class MetaLines {
    private static final Pattern LABEL = Pattern.compile(
            "(来源|信息来源|发布时间|发表时间|发布日期|时间|日期|作者|文|责任编辑|编辑|责编|供稿|稿源)\\s*[:：]");
    private static final Pattern NEWSPAPER = Pattern.compile(
            "^《\\s*(.{1,20}?)\\s*》\\s*[（(]\\s*(\\d{4}年\\d{1,2}月\\d{1,2}日)\\s*(?:(\\d{1,3})\\s*版)?\\s*[）)]$");
    private static final Pattern BRACKETED = Pattern.compile("^[（(]\\s*(.{1,40}?)\\s*[）)]$");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?$");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    /** The time of day after a date: 04:43:40, 07时41分. */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:：时]\\s*(\\d{2})(?:\\s*[:：分]\\s*(\\d{2}))?");
    private static final Pattern SPEAKER = Pattern.compile(
            "^[\\p{IsHan}]{0,16}?(省长|市长|代省长|代市长|主席|书记|县长|区长|州长|旗长|盟长|主任|部长|厅长|局长|总理)"
                    + "\\s?[\\p{IsHan}·]{1,8}(\\s[\\p{IsHan}]{1,3})?$");

    private static final Pattern FULL_DATE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");

    private MetaLines() {}

    /** The fields a line states, or an empty map when it is not a metadata line. */
    static Map<String, String> read(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (line.length() > 90) {
            return fields;
        }
        Matcher newspaper = NEWSPAPER.matcher(line);
        if (newspaper.matches()) {
            fields.put("source", newspaper.group(1));
            fields.put("date", isoDate(newspaper.group(2)));
            if (newspaper.group(3) != null) {
                fields.put("page", newspaper.group(3));
            }
            return fields;
        }
        String inner = line;
        Matcher bracketed = BRACKETED.matcher(line);
        if (bracketed.matches()) {
            inner = bracketed.group(1);
        }
        if (bracketed.matches() && FULL_DATE.matcher(inner).matches()) {
            fields.put("date", isoDate(inner)); // （2026年1月25日） under a speech's title
            return fields;
        }
        Matcher label = LABEL.matcher(inner);
        if (label.lookingAt()) {
            if (!readLabelled(inner, fields)) {
                fields.clear(); // a value the fields cannot hold whole: the line stays text
            }
            return fields;
        }
        if (TIMESTAMP.matcher(line).matches()) {
            fields.put("date", isoDate(line));
            putTime(fields, line);
            return fields;
        }
        if (line.length() <= 30 && SPEAKER.matcher(line).matches()) {
            fields.put("speaker", line);
        }
        return fields;
    }

    /** "发布时间:2024-11-25 04:43:40 来源: sp20241125" → date and source. */
    private static boolean readLabelled(String text, Map<String, String> fields) {
        Matcher label = LABEL.matcher(text);
        int valueStart = -1;
        String key = null;
        boolean whole = true;
        while (label.find()) {
            if (key != null) {
                whole &= put(fields, key, text.substring(valueStart, label.start()).strip());
            }
            key = label.group(1);
            valueStart = label.end();
        }
        if (key != null) {
            whole &= put(fields, key, text.substring(valueStart).strip());
        }
        return whole;
    }

    /**
     * Puts one labelled value; false when the value holds text the field would drop, or when the line
     * already stated this field ("时间：2026-02-02时间：2026-02-02"): a field holds one value, and a
     * second one on the same line would go without a word.
     */
    private static boolean put(Map<String, String> fields, String label, String value) {
        value = value.replaceAll("【[^】]*】?", "").strip(); // a font-size switch on the same line
        if (value.isEmpty()) {
            return true;
        }
        String key = switch (label) {
            case "来源", "信息来源", "稿源", "供稿" -> "source";
            case "发布时间", "发表时间", "发布日期", "时间", "日期" -> "date";
            case "作者", "文" -> "author";
            default -> "editor";
        };
        if (key.equals("date")) {
            String iso = isoDate(value);
            String rest = TIME.matcher(DATE.matcher(value).replaceFirst("")).replaceFirst("");
            if (iso == null || rest.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) && c != '日')) {
                return false; // "时间：2026-02-02北京市市长 殷勇" is not a date field
            }
            if (fields.containsKey(key)) {
                return false;
            }
            fields.put(key, iso);
            putTime(fields, value);
            return true;
        }
        return fields.putIfAbsent(key, value) == null;
    }

    /** The time after the date in {@code text}, as {@code time} (HH:MM or HH:MM:SS): kept, not dropped. */
    private static void putTime(Map<String, String> fields, String text) {
        Matcher date = DATE.matcher(text);
        if (!date.find()) {
            return;
        }
        Matcher time = TIME.matcher(text);
        if (time.find(date.end())) {
            String value = padded(Integer.parseInt(time.group(1)), 2) + ":" + time.group(2)
                    + (time.group(3) == null ? "" : ":" + time.group(3));
            fields.putIfAbsent("time", value);
        }
    }

    /**
     * Adds the fields of one metadata line to what is known. A field already known keeps its first
     * value; a later value, even the same one repeated, is reported as removed, so nothing goes silently.
     */
    static void merge(Map<String, String> meta, Map<String, String> fields, int line, Consumer<Diagnostic> report) {
        fields.forEach((key, value) -> {
            String known = meta.putIfAbsent(key, value);
            if (known != null) {
                report.accept(Diagnostic.info("meta-repeated", line, "removed", "meta-repeated", Quote.of(value)));
            }
        });
    }

    /** YYYY-MM-DD from any of the usual ways of writing a date, or null. */
    static String isoDate(String text) {
        Matcher matcher = DATE.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(1) + "-" + padded(Integer.parseInt(matcher.group(2)), 2) + "-" + padded(Integer.parseInt(matcher.group(3)), 2);
    }

    /**
     * {@code value} (not negative) in ASCII digits, zero-padded to {@code width}: what
     * {@code String.format("%0Nd")} writes under a locale with ASCII digits, without a Formatter
     * (the only Formatter a cold render would make; under a locale with other digits, Arabic for
     * one, String.format wrote those in the ISO date).
     */
    static String padded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
