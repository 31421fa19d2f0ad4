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
    /** A date alone on its line; a stray space inside ("2024年11月 21日") does not change it. */
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日$");
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

    /** The closing fields found, removing their lines from the end of {@code body}. */
    Map<String, String> read(List<SourceLine> body) {
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
                    && Marker.find(candidate).isEmpty()) {
                signature = candidate;
                end--;
            }
        }
        if (signature != null) {
            fields.put("signature", signature);
        }
        fields.put("signed", signed);
        String iso = MetaLines.isoDate(signed);
        if (iso != null) {
            fields.put("date", iso);
        }
        if (note != null) {
            fields.put("note", note);
        }
        body.subList(end, body.size()).clear();
        return fields;
    }
}
