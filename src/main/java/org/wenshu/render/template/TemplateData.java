package org.wenshu.render.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Report;
import org.wenshu.model.Section;
import org.wenshu.model.SourceStatistics;
import org.wenshu.render.theme.Theme;

/**
 * Turns a document into the plain maps and lists a template sees, so templates depend on a
 * documented data shape rather than on Java classes:
 * <pre>
 * doc.title doc.kicker doc.subtitle doc.source doc.meta{key: value}
 * doc.titleLines[] doc.subtitleLines[] (title and "——subtitle" broken into balanced lines)
 * doc.preamble[] / section.paragraphs[]: {text, lead, rest, marker, table[][] (rows of cells), cells[][], widths[], line}
 * doc.sections[]: {id, level, marker, heading, display, kind, line, paragraphs[], sections[]}
 * doc.closing: {signature, signed, note, signatureRight, signedRight (characters from the right
 *   margin, GB/T 9704 7.3.5.2), signatureRightPt, signedRightPt}; the first preamble paragraph
 *   has addressee=true when it is a 主送机关 line
 * toc[]: {id, level, marker, display} (marker as in sections; display starts with it)
 * settings{key: value} (from --set)
 * theme: {leadBold, tocTitle, tocLevels, charPitchPt, linePitchPt (the grid's line pitch), textWidthPt,
 *   sizes{role: font size in points}, baselineEm (baseline below the middle of a line box, in ems)}
 * report.sources[]: {source, unit, sections, characters}; report.figures[]: {value, sentence, unit,
 *   source, line} (filled by kind summary)
 * </pre>
 */
public final class TemplateData {

    /** The root data model for one document, as a report of its own. */
    public Map<String, Object> of(Document document, Theme theme, Map<String, String> settings) {
        return of(Report.of(document), theme, settings);
    }

    /**
     * The root data model for a report: {@code report}, {@code parts[]} (each shaped like {@code doc},
     * plus its {@code id}, {@code index} and own {@code toc[]}), {@code toc[]} over all parts, and
     * {@code doc} when the report has exactly one part. Heading ids run on across parts.
     */
    public Map<String, Object> of(Report report, Theme theme, Map<String, String> settings) {
        return of(report, theme, settings, EM_BOX_BASELINE);
    }

    /**
     * The ideographic em box (880 above the baseline, 120 below, in 1000ths): its middle lies 0.38
     * em above the baseline. Used for {@code theme.baselineEm} when the layout's fonts are not known.
     */
    public static final double EM_BOX_BASELINE = (0.88 - 0.12) / 2;

    /**
     * As {@link #of(Report, Theme, Map)}, with {@code baselineEm}: how far the baseline lies below
     * the middle of a line box, in ems of its text, in the PDF layout (half the difference of the
     * reference face's ascent and descent), so a template can put a glyph's edge where a standard
     * says (GB/T 9704's 发文机关标志 35 mm below the text block).
     */
    public Map<String, Object> of(Report report, Theme theme, Map<String, String> settings, double baselineEm) {
        List<Map<String, Object>> toc = new ArrayList<>();
        List<Map<String, Object>> parts = new ArrayList<>();
        int[] counter = {0};
        for (Document document : report.parts()) {
            int index = parts.size() + 1;
            List<Map<String, Object>> partToc = new ArrayList<>();
            Map<String, Object> part = document(document, theme, counter, partToc);
            part.put("id", "part" + index);
            part.put("index", index);
            part.put("toc", partToc);
            for (Map<String, Object> entry : partToc) {
                Map<String, Object> global = new LinkedHashMap<>(entry);
                global.put("part", index);
                toc.add(global);
            }
            parts.add(part);
        }

        Map<String, Object> reportData = new LinkedHashMap<>();
        reportData.put("kind", report.kind());
        reportData.put("title", XmlText.legal(report.title()));
        reportData.put("titleLines", TitleLines.of(XmlText.legal(report.title()), charsPerLine(theme, "coverTitle")));
        reportData.put("meta", legal(report.cover().fields()));
        reportData.put("date", chineseDate(report.cover().get("date").orElse("")));
        reportData.put("diagnostics", diagnostics(report.diagnostics()));
        reportData.put("sources", statistics(report.statistics()));
        reportData.put("figures", figures(report.statistics()));

        Map<String, Object> themeData = new LinkedHashMap<>();
        themeData.put("leadBold", theme.leadBold());
        themeData.put("tocTitle", theme.tocTitle());
        themeData.put("tocLevels", theme.tocLevels());
        themeData.put("charPitchPt", theme.page().charPitchPt());
        themeData.put("linePitchPt", org.wenshu.render.theme.ThemeCss.linePitch(theme));
        themeData.put("textWidthPt", theme.page().textWidth() * 72 / 25.4);
        Map<String, Object> sizes = new java.util.TreeMap<>();
        for (String role : theme.roleNames()) {
            sizes.put(role, theme.role(role).size());
        }
        themeData.put("sizes", sizes);
        themeData.put("baselineEm", baselineEm);

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("report", reportData);
        root.put("parts", parts);
        if (parts.size() == 1) {
            root.put("doc", parts.get(0));
        }
        root.put("toc", toc);
        root.put("settings", legal(settings));
        root.put("theme", themeData);
        return root;
    }

    private Map<String, Object> document(Document document, Theme theme, int[] counter, List<Map<String, Object>> toc) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("source", XmlText.legal(document.source()));
        doc.put("title", XmlText.legal(document.title()));
        doc.put("kicker", nullToEmpty(document.kicker()));
        doc.put("subtitle", nullToEmpty(document.subtitle()));
        doc.put("titleLines", TitleLines.of(XmlText.legal(document.title()), charsPerLine(theme, "title")));
        String subtitle = nullToEmpty(document.subtitle());
        String shownSubtitle = subtitle.isEmpty() || subtitle.startsWith("——") ? subtitle : "——" + subtitle;
        doc.put("subtitleLines", TitleLines.of(shownSubtitle, charsPerLine(theme, "subtitle")));
        doc.put("meta", legal(document.meta().fields()));
        List<Map<String, Object>> preamble = paragraphs(document.preamble());
        if (!preamble.isEmpty() && isAddressee((String) preamble.get(0).get("text"))) {
            preamble.get(0).put("addressee", true);
        }
        doc.put("preamble", preamble);
        doc.put("closing", closing(document, theme));
        doc.put("sections", sections(document.sections(), 1, counter, toc, theme.tocLevels()));
        doc.put("diagnostics", diagnostics(document.diagnostics()));
        return doc;
    }

    /** report.sources[]: {source, unit, sections, characters} — what a summary counted per source. */
    private static List<Map<String, Object>> statistics(SourceStatistics statistics) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SourceStatistics.Source source : statistics.sources()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("source", XmlText.legal(source.source()));
            map.put("unit", XmlText.legal(source.unit()));
            map.put("sections", source.sections());
            map.put("characters", source.characters());
            out.add(map);
        }
        return out;
    }

    /** report.figures[]: {value, sentence, unit, source, line} — the figures the sources quote. */
    private static List<Map<String, Object>> figures(SourceStatistics statistics) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SourceStatistics.Figure figure : statistics.figures()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("value", XmlText.legal(figure.value()));
            map.put("sentence", XmlText.legal(figure.sentence()));
            map.put("unit", XmlText.legal(figure.unit()));
            map.put("source", XmlText.legal(figure.source()));
            map.put("line", figure.line());
            out.add(map);
        }
        return out;
    }

    private static List<Map<String, Object>> diagnostics(List<Diagnostic> diagnostics) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("severity", diagnostic.severity().name().toLowerCase(java.util.Locale.ROOT));
            map.put("code", diagnostic.code());
            map.put("message", XmlText.legal(diagnostic.message()));
            map.put("line", diagnostic.line());
            out.add(map);
        }
        return out;
    }

    /** 2026-03-31 → 2026年3月31日; anything else as written. */
    private static String chineseDate(String date) {
        String[] parts = date.split("-");
        if (parts.length == 3 && date.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
            return parts[0] + "年" + Integer.parseInt(parts[1]) + "月" + Integer.parseInt(parts[2]) + "日";
        }
        return XmlText.legal(date);
    }

    private static List<Map<String, Object>> sections(List<Section> sections, int level, int[] counter,
                                                      List<Map<String, Object>> toc, int tocLevels) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Section section : sections) {
            String id = "h" + (++counter[0]);
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", id);
            map.put("level", level);
            map.put("marker", XmlText.legal(section.marker()));
            map.put("heading", XmlText.legal(section.heading()));
            map.put("display", XmlText.legal(section.displayHeading()));
            map.put("kind", section.kind().name().toLowerCase(java.util.Locale.ROOT));
            map.put("line", section.line());
            if (level <= tocLevels) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", id);
                entry.put("level", level);
                entry.put("marker", XmlText.legal(section.marker()));
                entry.put("display", XmlText.legal(section.displayHeading()));
                toc.add(entry);
            }
            map.put("paragraphs", paragraphs(section.paragraphs()));
            map.put("sections", sections(section.sections(), level + 1, counter, toc, tocLevels));
            out.add(map);
        }
        return out;
    }

    private static List<Map<String, Object>> paragraphs(List<Paragraph> paragraphs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            Map<String, Object> map = new LinkedHashMap<>();
            String lead = nullToEmpty(paragraph.lead());
            String text = XmlText.legal(paragraph.text());
            boolean leadAtStart = !lead.isEmpty() && text.startsWith(lead);
            map.put("text", text);
            map.put("lead", leadAtStart ? lead : "");
            map.put("rest", leadAtStart ? text.substring(lead.length()) : text);
            map.put("marker", nullToEmpty(paragraph.marker()));
            map.put("table", paragraph.isTable() ? legalRows(paragraph.table()) : List.of());
            map.put("cells", paragraph.isTable() ? cells(paragraph) : List.of());
            map.put("widths", paragraph.widths() == null ? List.of() : percents(paragraph.widths()));
            map.put("line", paragraph.line());
            out.add(map);
        }
        return out;
    }

    /** 主送机关: a short first line of the body that names the recipients and ends with a colon. */
    private static boolean isAddressee(String text) {
        return text.length() <= 80 && (text.endsWith("：") || text.endsWith(":")) && !text.contains("。");
    }

    /**
     * The closing block (落款, 成文日期, 附注) with the GB/T 9704 (7.3.5.2) right distances in
     * characters: the issuing body two characters in from the right, the date below it starting two
     * characters further right; a date longer than that stays two in and pushes the body left.
     */
    private static Map<String, Object> closing(Document document, Theme theme) {
        String signature = XmlText.legal(document.meta().get("signature").orElse(""));
        String signed = XmlText.legal(document.meta().get("signed").orElse(""));
        Map<String, Object> closing = new LinkedHashMap<>();
        closing.put("signature", signature);
        closing.put("signed", signed);
        closing.put("note", XmlText.legal(document.meta().get("note").orElse("")));
        double signatureWidth = TitleLines.width(signature);
        double dateWidth = TitleLines.width(signed);
        double signatureRight = 2;
        double dateRight = signature.isEmpty() ? 2 : signatureRight + signatureWidth - 2 - dateWidth;
        if (dateRight < 2) {
            dateRight = 2;
            signatureRight = dateRight + dateWidth + 2 - signatureWidth;
        }
        double pitch = theme.page().charPitchPt();
        closing.put("signatureRight", chars(signatureRight));
        closing.put("signatureRightPt", chars(signatureRight * pitch));
        closing.put("signedRight", chars(dateRight));
        closing.put("signedRightPt", chars(dateRight * pitch));
        return closing;
    }

    private static String chars(double value) {
        return org.wenshu.render.Decimals.fixed(value, 2);
    }

    /** Full-width characters of a role's size that fit the text width on the theme's character grid. */
    private static double charsPerLine(Theme theme, String role) {
        double bodySize = theme.role("body").size();
        double pitch = theme.page().charPitchPt() * theme.role(role).size() / bodySize;
        return Math.floor(theme.page().textWidth() * 72 / 25.4 / pitch + 1e-6);
    }

    /** Never null, and only characters XML allows (see {@link XmlText}). */
    private static String nullToEmpty(String value) {
        return value == null ? "" : XmlText.legal(value);
    }

    private static Map<String, String> legal(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((key, value) -> out.put(XmlText.legal(key), XmlText.legal(value)));
        return out;
    }

    /** The table's rows of cells with their spans ({@code text}, {@code rowspan}, {@code colspan}). */
    private static List<List<Map<String, Object>>> cells(Paragraph table) {
        List<List<Map<String, Object>>> out = new ArrayList<>();
        for (int r = 0; r < table.table().size(); r++) {
            List<Map<String, Object>> row = new ArrayList<>();
            for (int c = 0; c < table.table().get(r).size(); c++) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("text", XmlText.legal(table.table().get(r).get(c)));
                cell.put("rowspan", table.span(r, c).rows());
                cell.put("colspan", table.span(r, c).columns());
                row.add(cell);
            }
            out.add(row);
        }
        return out;
    }

    /** The source's column widths as percentages of the table's width ("12.5"), one per grid column. */
    private static List<String> percents(org.wenshu.model.ColumnWidths widths) {
        return widths.perMille().stream().map(w -> org.wenshu.render.Decimals.fixed(w / 10.0, 1)).toList();
    }

    private static List<List<String>> legalRows(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : rows) {
            out.add(row.stream().map(XmlText::legal).toList());
        }
        return out;
    }
}
