package org.wenshu.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.wenshu.model.SourceLine;

/**
 * Splits a notice that issues a document (关于印发《X》的通知) from the document it issues. Such a
 * file holds two documents: the notice (title, addressees, a short body, the issuing body and the
 * 成文日期), then X with its own title and headings. The notice ends at the first 成文日期 standing
 * alone on its line (with a bracketed 附注 under it, if any) that is followed by a title.
 */
final class NoticeSplitter {
    /**
     * A notice or decision that issues, forwards, publishes or revises another document, or names
     * one in 《》: whether it carries that document is then told by a title after its 成文日期.
     */
    private static final Pattern ISSUING_TITLE = Pattern.compile(
            ".*((印发|下发|转发|颁发|发布|公布|批转|下达|出台|修订|修改).*|《.+》.*)的(通知|决定|通告)$");
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile("^附件\\s*[0-9一二三四五六七八九十]{0,3}\\s*[:：]?$");
    /** The issuing notice's title is among the first few lines. */
    private static final int MAX_TITLE_LINE = 4;
    private static final int MAX_TITLE = 90;
    /** The issued document has a title and at least this many lines under it. */
    private static final int MIN_BODY = 2;

    /**
     * The notice's lines and the issued document's lines; {@code label} is the attachment label
     * (附件1) that stood above the issued document's title, or null.
     */
    record Split(List<SourceLine> notice, List<SourceLine> issued, String label) {}

    Optional<Split> split(List<SourceLine> lines) {
        if (!issuing(lines)) {
            return Optional.empty();
        }
        for (int d = 1; d < lines.size(); d++) {
            if (!ClosingBlockReader.isSignDate(lines.get(d).text())) {
                continue;
            }
            int end = d + 1;
            if (end < lines.size() && ClosingBlockReader.isNote(lines.get(end).text())) {
                end++;
            }
            int start = end;
            String label = null;
            if (start < lines.size() && ATTACHMENT_LABEL.matcher(lines.get(start).text()).matches()) {
                label = lines.get(start).text().replaceAll("[:：]$", "").strip();
                start++;
            }
            if (start + MIN_BODY < lines.size() && startsDocument(lines.get(start).text())) {
                return Optional.of(new Split(lines.subList(0, end), lines.subList(start, lines.size()), label));
            }
            return Optional.empty(); // the first 成文日期 closes the notice: nothing follows it to split off
        }
        return Optional.empty();
    }

    /**
     * Whether an issuing title stands among the first lines: on one line, or broken over a few
     * (by manual line breaks or as separate paragraphs), so its lines are read together.
     */
    private static boolean issuing(List<SourceLine> lines) {
        int limit = Math.min(MAX_TITLE_LINE, lines.size());
        for (int first = 0; first < limit; first++) {
            StringBuilder title = new StringBuilder();
            for (int last = first; last < limit && title.length() <= MAX_TITLE; last++) {
                title.append(lines.get(last).text().strip());
                if (endsLikeNotice(title) && ISSUING_TITLE.matcher(title).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The cheap test before the pattern, which is tried on every run of the first lines. */
    private static boolean endsLikeNotice(CharSequence title) {
        int n = title.length();
        return n >= 2 && (title.charAt(n - 2) == '通' && (title.charAt(n - 1) == '知' || title.charAt(n - 1) == '告')
                || title.charAt(n - 2) == '决' && title.charAt(n - 1) == '定');
    }

    /** A line that can open a document: title-like and not numbered. */
    private static boolean startsDocument(String text) {
        return TextShape.isTitleLike(text, MAX_TITLE) && Marker.find(text).isEmpty()
                && !ClosingBlockReader.isSignDate(text);
    }
}
