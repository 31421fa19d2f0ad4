package org.wenshu.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.model.SourceLine;

/**
 * Reads the closing block of an official document from the end of its body: the issuing body's
 * name (落款), the date it was written (成文日期, 2026年3月1日) and a bracketed note below it
 * (附注, （此件公开发布）). They are facts about the document, laid out by the template, not body text.
 */
final class ClosingBlockReader {
    /**
     * A date alone on its line, in Arabic or Chinese numerals (2026年1月5日, 二〇二六年一月五日,
     * 二○○七年四月九日 with the circle that often stands for 〇); a stray space inside
     * ("2024年11月 21日") does not change it.
     */
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4}|[〇○零０Ｏ一二三四五六七八九]{4})\\s*年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,2})\\s*月\\s*"
                    + "(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日$");
    /** The notice's list of attachments (附件：…) or closing formula (特此通知) above the date: body text, never a signature. */
    private static final Pattern ATTACHMENT_LIST = Pattern.compile(
            "^附\\s*件\\s*[0-9０-９一二三四五六七八九十]{0,3}\\s*[:：.．、]|^(特此|此复|此致)");
    /** An attachment label alone on its line: the parts below it are the attachment, not the notice. */
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile("^附\\s*件\\s*[0-9０-９一二三四五六七八九十]{0,3}\\s*[:：]?$");
    private static final Pattern NOTE = Pattern.compile("^[（(][^（）()]{2,30}[）)]$");
    private static final int MAX_SIGNATURE = 30;

    /** Whether a line is a 成文日期 as it stands under the issuing body. */
    static boolean isSignDate(String line) {
        return DATE.matcher(line).matches();
    }

    /** Whether a line is a bracketed 附注 such as （此件公开发布）. */
    static boolean isNote(String line) {
        return NOTE.matcher(line).matches();
    }

    /**
     * The closing fields found, removing their lines from {@code body}: at its end, or else just
     * above the first attachment label (a notice followed by its attachments).
     */
    Map<String, String> read(List<SourceLine> body) {
        Map<String, String> atEnd = readAtEnd(body);
        if (!atEnd.isEmpty()) {
            return atEnd;
        }
        for (int i = 1; i < body.size() - 1; i++) {
            if (ATTACHMENT_LABEL.matcher(body.get(i).text().strip()).matches()) {
                return readAtEnd(body.subList(0, i));
            }
        }
        return atEnd;
    }

    /** The closing block at the end of {@code body}, its lines removed. */
    private static Map<String, String> readAtEnd(List<SourceLine> body) {
        Map<String, String> fields = new LinkedHashMap<>();
        int end = body.size();
        String note = null;
        if (end > 0 && NOTE.matcher(body.get(end - 1).text()).matches() && end > 1
                && DATE.matcher(body.get(end - 2).text()).matches()) {
            note = body.get(end - 1).text();
            end--;
        }
        if (end == 0) {
            return fields;
        }
        Matcher date = DATE.matcher(body.get(end - 1).text());
        if (!date.matches()) {
            return fields;
        }
        String signed = body.get(end - 1).text();
        end--;
        String signature = null;
        if (end > 0) {
            String candidate = body.get(end - 1).text();
            if (candidate.length() <= MAX_SIGNATURE && !TextShape.endsLikeSentence(candidate)
                    && Marker.find(candidate).isEmpty() && !ATTACHMENT_LIST.matcher(candidate).lookingAt()) {
                signature = candidate;
                end--;
            }
        }
        if (signature != null) {
            fields.put("signature", signature);
        }
        fields.put("signed", signed);
        String iso = isoDate(signed);
        if (iso != null) {
            fields.put("date", iso);
        }
        if (note != null) {
            fields.put("note", note);
        }
        body.subList(end, body.size()).clear();
        return fields;
    }

    /** YYYY-MM-DD of a 成文日期 in Arabic or Chinese numerals, or null. */
    static String isoDate(String line) {
        Matcher m = DATE.matcher(line.strip());
        if (!m.matches()) {
            return MetaLines.isoDate(line);
        }
        int year = number(m.group(1), true);
        int month = number(m.group(2), false);
        int day = number(m.group(3), false);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return MetaLines.padded(year, 4) + "-" + MetaLines.padded(month, 2) + "-" + MetaLines.padded(day, 2);
    }

    /** A year digit by digit (二〇〇七), a month or day as a counted numeral (十二, 二十一). */
    private static int number(String text, boolean digitByDigit) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        String normal = text.replace('○', '〇').replace('０', '〇').replace('Ｏ', '〇');
        if (!digitByDigit) {
            return ChineseNumber.parse(normal);
        }
        int value = 0;
        for (char c : normal.toCharArray()) {
            int digit = ChineseNumber.parse(String.valueOf(c));
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
