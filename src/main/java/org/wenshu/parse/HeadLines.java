package org.wenshu.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of an official document's or a briefing's head that are not its title (GB/T 9704 版头):
 * 份号, 密级 with its 保密期限, 紧急程度, the issuing body's mark (某某市人民政府文件), the document
 * number (某政发〔2026〕1号), 签发人, the issue (第5期), the publisher with the date, and an 附件 label
 * standing over the title of an attachment issued on its own. Each kind is one {@link Rule}; a label
 * written alone on its line ({@code 密级}) takes the next line as its value.
 */
final class HeadLines {
    /** Brackets a 文号 year is written in: 〔〕 by the standard, ﹝﹞ [] 【】 () （） in practice. */
    private static final String OPEN = "〔﹝\\[【(（";
    private static final String CLOSE = "〕﹞\\]】)）";
    private static final String NUMBER = "[\\p{IsHan}]{1,12}\\s?[" + OPEN + "]\\s?\\d{4}\\s?[" + CLOSE + "]\\s?第?\\d{1,5}\\s?号";
    private static final Pattern GLUED_NUMBER = Pattern.compile("^(.{6,}?)\\s*(" + NUMBER + ")$");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日");

    /**
     * One kind of head line: {@code key} is the meta key, the pattern's group "v" its value (absent
     * or empty when the line is a bare label whose value follows on the next line).
     * {@code beforeTitle} rules apply only above the title.
     */
    record Rule(String key, Pattern pattern, boolean beforeTitle) {
        Rule(String key, String regex) {
            this(key, Pattern.compile(regex), false);
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule("number", "^(?<v>" + NUMBER + ")$"),
            new Rule("issuer", "^(?<v>[\\p{IsHan}（）、 ]{2,40}?)\\s*文件$"),
            new Rule("copy", "^(?:份号\\s*[:：]?\\s*)(?<v>\\d{0,8})$|^(?<v2>\\d{6})$"),
            new Rule("classification", "^(?:密级\\s*[:：]?\\s*)(?<v>(?:(?:绝密|机密|秘密|内部|普通|非密|公开)"
                    + "(?:\\s*[★☆*]\\s*.{0,10})?)?)$|^(?<v2>(?:绝密|机密|秘密)(?:\\s*[★☆*]\\s*.{0,10})?)$"),
            new Rule("urgency", "^(?:(?:紧急程度|缓急)\\s*[:：]?\\s*)(?<v>(?:特急|加急|特提|平急|急件|紧急|急)?)$"
                    + "|^(?<v2>特急|加急|特提|平急|急件)$"),
            new Rule("signer", "^签\\s*发\\s*人\\s*[:：]?\\s*(?<v>[\\p{IsHan}· ]{0,20})$"),
            new Rule("issue", "^(?<v>[（(]?(总)?第\\s*[0-9一二三四五六七八九十百]{1,5}\\s*期[）)]?)$"),
            new Rule("attachment", Pattern.compile("^(?<v>附\\s*件\\s*[0-9０-９一二三四五六七八九十]{0,3})\\s*[:：]?$"), true));
    private static final Pattern PUBLISHER = Pattern.compile(
            "^(.{2,30}?)\\s*(编|编印|主办|印发)\\s+(\\d{4}年\\d{1,2}月\\d{1,2}日)$");

    private HeadLines() {}

    /**
     * What a head line says, found by {@link #read}. {@code needsValue}: a bare label, value on the
     * next line; {@code label}: the label written before the value (密级, 份号), kept by the model
     * only as the key, or empty.
     */
    record Found(Map<String, String> fields, boolean needsValue, String label) {}

    /**
     * The fields a head line states, or empty when it is no head line. {@code aboveTitle}: no title
     * line has been seen yet.
     */
    static Optional<Found> read(String line, boolean aboveTitle) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > 60) {
            return Optional.empty();
        }
        for (Rule rule : RULES) {
            if (rule.beforeTitle() && !aboveTitle) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            if (m.matches()) {
                String value = value(m);
                String label = label(m).replaceAll("[\\s:：]", "");
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put(rule.key(), value);
                return Optional.of(new Found(fields, value.isEmpty(), label));
            }
        }
        Matcher publisher = PUBLISHER.matcher(text);
        if (publisher.matches()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("publisher", publisher.group(1).strip());
            fields.put("date", MetaLines.isoDate(publisher.group(3)));
            return Optional.of(new Found(fields, false, ""));
        }
        return Optional.empty();
    }

    /** The value a bare label's next line gives it, or null when that line is no such value. */
    static String labelValue(String next) {
        String text = next.strip();
        return !text.isEmpty() && text.length() <= 20 && !TextShape.endsLikeSentence(text)
                && !FULL_DATE.matcher(text).find() ? text : null;
    }

    private static String value(Matcher m) {
        for (String group : new String[] {"v", "v2"}) {
            try {
                String v = m.group(group);
                if (v != null && !v.isBlank()) {
                    return v.strip().replaceAll("\\s+", " ");
                }
            } catch (IllegalArgumentException absent) {
                // the rule's pattern has no such group
            }
        }
        return "";
    }

    private static final Pattern FORM_LINE = Pattern.compile(
            "^[\\p{IsHan}]{2,8}\\s*[:：].*(\\s[\\p{IsHan}]{2,8}\\s*[:：]|[■□☐☑☒✓√])");

    /**
     * Whether a line is a row of a form's fields (会议类别：■ 编号：…, two labels or a check box):
     * never part of a title.
     */
    static boolean isFormLine(String text) {
        return FORM_LINE.matcher(text).find();
    }

    /** The text before the value group that matched: the label, if the line has one. */
    private static String label(Matcher m) {
        for (String group : new String[] {"v", "v2"}) {
            try {
                if (m.group(group) != null) {
                    return m.group().substring(0, m.start(group));
                }
            } catch (IllegalArgumentException absent) {
                // the rule's pattern has no such group
            }
        }
        return "";
    }

    /** A title with a 文号 glued to its end ("…的通知沪银监通﹝2007﹞30号"): title and number, or empty. */
    static Optional<String[]> splitNumber(String title) {
        Matcher m = GLUED_NUMBER.matcher(title);
        if (!m.matches() || !TextShape.isTitleLike(m.group(1), Integer.MAX_VALUE)) {
            return Optional.empty();
        }
        return Optional.of(new String[] {m.group(1).strip(), m.group(2).strip()});
    }
}
