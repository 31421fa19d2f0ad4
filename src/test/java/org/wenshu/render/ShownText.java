package org.wenshu.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Report;
import org.wenshu.model.Section;
import org.wenshu.model.Severity;
import org.wenshu.model.SourceStatistics;
import org.wenshu.render.theme.Theme;

/**
 * What a built-in template prints of a report, in reading order, as a list of pieces: the model's
 * own text (title, kicker, subtitle, the meta fields the template shows, headings, paragraphs,
 * list items, table cells, closing) and, marked apart, the text the template adds itself (cover
 * lines, the contents title, labels such as 来源：, 编者按：, 报：, the table-of-contents page numbers).
 * Page numbers at the page foot are not pieces: {@link RenderedText} leaves them out explicitly.
 * This mirrors the templates in {@code templates/*}; a template change that prints more, less or
 * in another order must be mirrored here, which is the point.
 */
final class ShownText {
    /** One piece of printed text; {@code pageNumber} pieces stand for a number the layout fills in. */
    record Piece(String text, boolean furniture, boolean pageNumber, String origin) {}

    private static final List<String> YES = List.of("true", "yes", "on", "1", "是");
    private static final List<String> NO = List.of("false", "no", "off", "0", "否");

    private final List<Piece> pieces = new ArrayList<>();
    private final Theme theme;

    private ShownText(Theme theme) {
        this.theme = theme;
    }

    /** The pieces {@code template} (a built-in template's name) prints for {@code report}. */
    static List<Piece> of(Report report, String template, Map<String, String> settings, Theme theme) {
        ShownText shown = new ShownText(theme);
        switch (template) {
            case "document", "summary" -> shown.single(report, template, settings);
            case "compilation" -> shown.compilation(report, settings);
            case "briefing" -> shown.briefing(report);
            case "official" -> shown.official(report);
            case "outline" -> shown.outline(report, settings);
            default -> throw new IllegalArgumentException("no mirror of template " + template);
        }
        return List.copyOf(shown.pieces);
    }

    private void model(String text, String origin) {
        if (text != null && !text.isEmpty()) {
            pieces.add(new Piece(text, false, false, origin));
        }
    }

    private void furniture(String text, String origin) {
        pieces.add(new Piece(text, true, false, origin));
    }

    private void pageNumber(String origin) {
        pieces.add(new Piece("", true, true, origin));
    }

    private void single(Report report, String template, Map<String, String> settings) {
        Document doc = report.parts().get(0);
        String tocSetting = setting(settings, "toc", "").toLowerCase(Locale.ROOT);
        int tocDepth = tocSetting.matches("[0-9]") ? Integer.parseInt(tocSetting) : YES.contains(tocSetting) ? 9 : 0;
        if (tocDepth > 0) {
            List<Section> entries = tocEntries(doc.sections(), Math.min(tocDepth, theme.tocLevels()));
            if (!entries.isEmpty()) {
                furniture(theme.tocTitle(), "目录标题");
                for (Section entry : entries) {
                    model(entry.displayHeading(), "目录 L" + entry.line());
                    pageNumber("目录页码 L" + entry.line());
                }
            }
        }
        document(doc, true, true);
        if ("summary".equals(template) && !NO.contains(setting(settings, "figures", "true"))
                && !report.statistics().figures().isEmpty()) {
            furniture("附件", "附件标签");
            furniture("材料数据一览", "附件标题");
            furniture("单位及数据", "表头");
            furniture("原文", "表头");
            // one row per unit and sentence: 单位：数据、数据… | 原文
            List<SourceStatistics.Figure> figures = report.statistics().figures();
            for (int i = 0; i < figures.size(); i++) {
                SourceStatistics.Figure figure = figures.get(i);
                String origin = "数据 " + figure.source() + ":" + figure.line();
                model(figure.unit(), origin);
                furniture("：", "数据");
                model(figure.value(), origin);
                while (i + 1 < figures.size() && sameRow(figure, figures.get(i + 1))) {
                    furniture("、", "数据");
                    model(figures.get(++i).value(), origin);
                }
                model(figure.sentence(), origin);
            }
        }
    }

    private void compilation(Report report, Map<String, String> settings) {
        model(report.title(), "封面标题");
        model(report.cover().get("publisher").orElse(""), "封面编印单位");
        model(chineseDate(report.cover().get("date").orElse("")), "封面日期");
        String depthSetting = setting(settings, "toc", "1");
        if (YES.contains(depthSetting.toLowerCase(Locale.ROOT)) && !depthSetting.matches("[0-9]")) {
            depthSetting = "1";
        }
        int depth = depthSetting.matches("[0-9]") ? Integer.parseInt(depthSetting) : 1;
        if (depth > 0) {
            furniture(theme.tocTitle(), "目录标题");
            for (Document doc : report.parts()) {
                model(doc.title().isEmpty() ? doc.source() : doc.title(), "目录 " + doc.source());
                pageNumber("目录页码 " + doc.source());
                if (depth > 1) {
                    for (Section entry : tocEntries(doc.sections(), Math.min(depth - 1, theme.tocLevels()))) {
                        model(entry.displayHeading(), "目录 " + doc.source() + ":" + entry.line());
                        pageNumber("目录页码 " + doc.source() + ":" + entry.line());
                    }
                }
            }
        }
        for (Document doc : report.parts()) {
            document(doc, false, true);
        }
    }

    private void briefing(Report report) {
        model(report.title(), "报头名称");
        report.cover().get("issue").ifPresent(issue -> {
            furniture("第", "期号");
            model(issue.strip(), "期号");
            furniture("期", "期号");
        });
        model(report.cover().get("publisher").orElse(""), "编印单位");
        model(chineseDate(report.cover().get("date").orElse("")), "报头日期");
        for (int i = 0; i < report.parts().size(); i++) {
            String note = report.cover().get("editor_note_" + (i + 1)).orElse("");
            if (note.isEmpty() && i == 0) {
                note = report.cover().get("editor_note").orElse("");
            }
            if (!note.isEmpty()) {
                furniture("编者按：", "编者按");
                model(note, "编者按");
            }
            document(report.parts().get(i), false, false);
        }
        for (String[] line : new String[][] {{"report_to", "报："}, {"send_to", "送："}, {"issue_to", "发："}}) {
            report.cover().get(line[0]).filter(v -> !v.isEmpty()).ifPresent(value -> {
                furniture(line[1], "版记");
                model(value, "版记 " + line[0]);
            });
        }
        report.cover().get("copies").filter(v -> !v.isEmpty()).ifPresent(copies -> {
            furniture("共印", "印数");
            model(copies.strip(), "印数");
            furniture("份", "印数");
        });
    }

    /** The official template: 版头, 主体 (body, 附件说明, 落款, 附注, attachments), 版记. */
    private void official(Report report) {
        Metadata m = report.cover();
        for (String key : List.of("copy", "classification", "urgency")) {
            model(m.get(key).orElse(""), "版头 " + key);
        }
        model(m.get("mark").orElse(""), "发文机关标志");
        model(m.get("number").orElse(""), "发文字号");
        m.get("signer").ifPresent(signer -> {
            furniture("签发人：", "签发人");
            model(signer, "签发人");
        });
        Document doc = report.parts().get(0);
        List<Document> annexes = report.parts().subList(1, report.parts().size());
        String at = doc.source();
        model(doc.title(), "标题 " + at);
        model(doc.subtitle(), "副题 " + at);
        model(m.get("addressee").orElse(""), "主送机关");
        paragraphs(doc.preamble(), at);
        sections(doc.sections().stream().filter(s -> s.kind() != Section.Kind.ATTACHMENT).toList(), at);
        for (int i = 0; i < annexes.size(); i++) {
            Document a = annexes.get(i);
            if (i == 0) {
                furniture("附件：", "附件说明");
            }
            if (annexes.size() > 1) {
                furniture((i + 1) + ". ", "附件说明序号");
            }
            model(a.title().isEmpty() ? a.source() : a.title(), "附件说明 " + a.source());
        }
        model(doc.meta().get("signature").orElse(""), "落款 " + at);
        model(doc.meta().get("signed").orElse(""), "成文日期 " + at);
        model(m.get("note").orElse(""), "附注");
        sections(doc.sections().stream().filter(s -> s.kind() == Section.Kind.ATTACHMENT).toList(), at);
        for (int i = 0; i < annexes.size(); i++) {
            Document a = annexes.get(i);
            furniture("附件" + (annexes.size() > 1 ? String.valueOf(i + 1) : ""), "附件标签");
            model(a.title().isEmpty() ? a.source() : a.title(), "附件标题 " + a.source());
            paragraphs(a.preamble(), a.source());
            sections(a.sections(), a.source());
            model(a.meta().get("signature").orElse(""), "落款 " + a.source());
            model(a.meta().get("signed").orElse(""), "成文日期 " + a.source());
        }
        m.get("copy_to").ifPresent(cc -> {
            furniture("抄送：", "版记");
            model(cc, "抄送");
        });
        model(m.get("printed_by").orElse(""), "印发机关");
        m.get("print_date").ifPresent(date -> {
            model(date, "印发日期");
            furniture("印发", "印发日期");
        });
    }

    private void outline(Report report, Map<String, String> settings) {
        boolean leads = YES.contains(setting(settings, "leads", ""));
        model(report.title(), "标题");
        model(report.cover().get("publisher").orElse(""), "编印单位");
        model(chineseDate(report.cover().get("date").orElse("")), "日期");
        for (Document doc : report.parts()) {
            model(doc.title().isEmpty() ? doc.source() : doc.title(), "篇名 " + doc.source());
            model(doc.source(), "来源文件");
            model(doc.subtitle(), "副题 " + doc.source());
            outlineItems(doc.sections(), leads, doc.source());
            for (Diagnostic d : doc.diagnostics()) {
                if (d.severity() != Severity.INFO) {
                    furniture(doc.source() + (d.line() > 0 ? ":" + d.line() : ""), "问题位置");
                    model(d.message(), "问题 " + d.code());
                    furniture(d.code(), "问题代码");
                }
            }
        }
        for (Diagnostic d : report.diagnostics()) {
            model(d.message(), "问题 " + d.code());
            furniture(d.code(), "问题代码");
        }
    }

    private void outlineItems(List<Section> sections, boolean leads, String source) {
        for (Section s : sections) {
            model(s.displayHeading(), source + ":" + s.line());
            if (leads) {
                for (Paragraph p : s.paragraphs()) {
                    if (p.lead() != null && !p.lead().isEmpty() && p.text().startsWith(p.lead())) {
                        model(p.lead(), "段首小标题 " + source + ":" + p.line());
                    }
                }
            }
            outlineItems(s.sections(), leads, source);
        }
    }

    /**
     * One document as the document-like templates print it. {@code titleOrSource}: an untitled
     * part is headed by its source name (compilation, briefing); {@code dateInMeta}: the meta line
     * shows the date (all but briefing).
     */
    private void document(Document doc, boolean titleOnlyIfPresent, boolean dateInMeta) {
        String at = doc.source();
        model(doc.kicker(), "引题 " + at);
        model(doc.title().isEmpty() && !titleOnlyIfPresent ? doc.source() : doc.title(), "标题 " + at);
        model(doc.subtitle(), "副题 " + at);
        model(doc.meta().get("speaker").orElse(""), "meta.speaker " + at);
        String source = doc.meta().get("source").orElse("");
        if (!source.isEmpty()) {
            furniture("来源：", "meta 标签");
            model(source, "meta.source " + at);
        }
        String signed = doc.meta().get("signed").orElse("");
        if (dateInMeta && signed.isEmpty()) {
            model(chineseDate(doc.meta().get("date").orElse("")), "meta.date " + at);
        }
        paragraphs(doc.preamble(), at);
        sections(doc.sections(), at);
        model(doc.meta().get("signature").orElse(""), "落款 " + at);
        model(signed, "成文日期 " + at);
        model(doc.meta().get("note").orElse(""), "附注 " + at);
    }

    private void sections(List<Section> sections, String at) {
        for (Section s : sections) {
            if (s.kind() == Section.Kind.ATTACHMENT) {
                model(s.marker(), "附件标签 " + at + ":" + s.line());
                model(s.heading(), "附件标题 " + at + ":" + s.line());
            } else {
                model(s.displayHeading(), "标题 " + at + ":" + s.line());
            }
            paragraphs(s.paragraphs(), at);
            sections(s.sections(), at);
        }
    }

    private void paragraphs(List<Paragraph> paragraphs, String at) {
        for (Paragraph p : paragraphs) {
            String origin = at + ":" + p.line();
            if (p.isTable()) {
                for (List<String> row : p.table()) {
                    for (String cell : row) {
                        model(cell, "表格 " + origin);
                    }
                }
            } else {
                model(p.marker(), "列表编号 " + origin);
                model(p.text(), (p.isListItem() ? "列表项 " : "段落 ") + origin);
            }
        }
    }

    /** The headings a document's contents list: those down to {@code levels} deep. */
    private static boolean sameRow(SourceStatistics.Figure a, SourceStatistics.Figure b) {
        return a.unit().equals(b.unit()) && a.sentence().equals(b.sentence()) && a.source().equals(b.source())
                && a.line() == b.line();
    }

    private static List<Section> tocEntries(List<Section> sections, int levels) {
        List<Section> out = new ArrayList<>();
        if (levels < 1) {
            return out;
        }
        for (Section s : sections) {
            out.add(s);
            out.addAll(tocEntries(s.sections(), levels - 1));
        }
        return out;
    }

    private static String setting(Map<String, String> settings, String key, String fallback) {
        return settings.getOrDefault(key, fallback).strip().toLowerCase(Locale.ROOT);
    }

    /** 2026-03-31 as the templates print it: 2026年3月31日. */
    private static String chineseDate(String date) {
        if (date.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
            String[] p = date.split("-");
            return p[0] + "年" + Integer.parseInt(p[1]) + "月" + Integer.parseInt(p[2]) + "日";
        }
        return date;
    }
}
