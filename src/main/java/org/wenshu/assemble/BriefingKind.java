package org.wenshu.assemble;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Report;
import org.wenshu.model.WenshuException;

/**
 * {@code briefing} (简报): a red masthead (the briefing's name, 第N期, 编印单位 and date above a red
 * rule), the selected documents as its articles, each with an optional 编者按, and the 报/送/发
 * recipients with the print run at the end. Everything but the articles comes from the job's
 * metadata: {@code title} (the briefing's name), {@code issue} (期号, a whole number),
 * {@code publisher}, {@code date}, {@code report_to} (报), {@code send_to} (送), {@code issue_to}
 * (发), {@code copies} (共印N份) and {@code editor_note} / {@code editor_note_N} (编者按 of the first
 * / the N-th article).
 */
final class BriefingKind implements ReportKind {
    private static final Pattern NOTE_KEY = Pattern.compile("editor_note(?:_(\\d+))?");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[1-9][0-9]{0,5}");

    @Override
    public String name() {
        return "briefing";
    }

    @Override
    public String template() {
        return "briefing";
    }

    @Override
    public Report assemble(List<Document> documents, Metadata cover) {
        if (cover.get("title").isEmpty()) {
            throw new WenshuException("简报需要名称：请在 metadata 下写 title: …（如“主题教育工作简报”）").translatable(null, "briefingNoTitle");
        }
        for (String key : List.of("issue", "copies")) {
            String value = cover.get(key).orElse("");
            if (!value.isEmpty() && !WHOLE_NUMBER.matcher(value.strip()).matches()) {
                throw new WenshuException("metadata." + key + ": " + value + " 应是一个正整数（" + ("issue".equals(key) ? "期号" : "印数") + "）")
                        .translatable(null, "issue".equals(key) ? "badIssue" : "badCopies", org.wenshu.model.Quote.of(value));
            }
        }
        for (Map.Entry<String, String> field : cover.fields().entrySet()) {
            Matcher note = NOTE_KEY.matcher(field.getKey());
            if (note.matches() && note.group(1) != null) {
                int article = Integer.parseInt(note.group(1));
                if (article < 1 || article > documents.size()) {
                    throw new WenshuException("metadata." + field.getKey() + "：简报只有 " + documents.size()
                            + " 篇文章，没有第 " + article + " 篇").translatable(null, "noSuchArticle", field.getKey(), documents.size(), article);
                }
            }
        }
        return new Report(name(), cover, documents, List.of());
    }
}
