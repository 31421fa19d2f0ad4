package org.wenshu.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.wenshu.model.Document;
import org.wenshu.model.Metadata;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Report;
import org.wenshu.model.WenshuException;

/**
 * {@code official} (公文, GB/T 9704): the first selected document is the 公文's body, every further
 * one an attachment (附件1, 附件2, … each on a new page, listed in the 附件说明 after the body). The
 * 版头 and 版记 come from the job's metadata, and where the job leaves a field out, from the body
 * document's own head as the parser read it (a red-header document's {@code issuer}, {@code number},
 * 份号, 密级, 紧急程度, 签发人, 落款, 成文日期, 附注):
 * <pre>
 * copy 份号 · classification 密级 · urgency 紧急程度 · issuer 发文机关 (its mark is "issuer文件"
 * unless mark gives the whole mark) · number 发文字号 · signer 签发人 · title 标题 · addressee 主送机关
 * signature 落款 · date 成文日期 (YYYY-MM-DD) · note 附注 · copy_to 抄送 · printed_by 印发机关
 * print_date 印发日期 (YYYY-MM-DD)
 * </pre>
 * The report's cover carries them as the template shows them ({@code mark}, {@code print_date} and
 * {@code signed} as written on the page); the body document's meta gets the 落款 and 成文日期 so that
 * its closing block is set as GB/T 9704 7.3.5.2 says.
 */
final class OfficialKind implements ReportKind {
    /** Head fields a red-header source fills when the job does not give them. */
    private static final List<String> FROM_SOURCE = List.of("copy", "classification", "urgency", "issuer",
            "number", "signer", "note");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    /** A 主送机关 line: the first paragraph of the body, naming recipients, ending with a colon. */
    private static final int ADDRESSEE_MAX = 400;

    @Override
    public String name() {
        return "official";
    }

    @Override
    public String template() {
        return "official";
    }

    @Override
    public Report assemble(List<Document> documents, Metadata cover) {
        if (documents.isEmpty()) {
            throw new WenshuException("公文需要正文：sources 里第一篇是正文，其余各篇是附件").translatable(null, "officialNoBody");
        }
        Document body = documents.get(0);
        Map<String, String> fields = new LinkedHashMap<>(cover.fields());
        for (String key : FROM_SOURCE) {
            body.meta().get(key).filter(v -> !v.isBlank()).ifPresent(v -> fields.putIfAbsent(key, v));
        }
        String issuer = fields.getOrDefault("issuer", "").strip();
        String mark = fields.getOrDefault("mark", "").strip();
        if (issuer.isEmpty() && mark.isEmpty()) {
            throw new WenshuException("公文需要发文机关：请在 metadata 下写 issuer: …（如“某某市人民政府”，版头印作“某某市人民政府文件”），"
                    + "或用 mark: 写出整个发文机关标志").translatable(null, "officialNoIssuer");
        }
        fields.put("mark", mark.isEmpty() ? issuer + "文件" : mark);
        for (String key : List.of("print_date")) {
            String value = fields.getOrDefault(key, "");
            if (!value.isEmpty() && !ISO_DATE.matcher(value.strip()).matches()) {
                throw new WenshuException("metadata." + key + ": " + value + " 应写成 YYYY-MM-DD，例如 2026-03-31")
                        .translatable(null, "badDate", "metadata." + key, org.wenshu.model.Quote.of(value));
            }
            if (!value.isEmpty()) {
                fields.put(key, chineseDate(value.strip()));
            }
        }

        // 主送机关: the job's, else the body's first paragraph when it is one (it then leaves the body).
        List<Paragraph> preamble = new ArrayList<>(body.preamble());
        if (!preamble.isEmpty() && isAddressee(preamble.get(0).text())) {
            Paragraph first = preamble.remove(0);
            fields.putIfAbsent("addressee", first.text().strip().replaceFirst(":$", "："));
        }
        String title = fields.getOrDefault("title", "").strip();
        if (title.isEmpty()) {
            title = body.title();
            fields.put("title", title);
        }

        // 落款 and 成文日期 in Arabic numerals (2026年1月5日): the job's, else the source's.
        Metadata source = body.meta();
        Metadata meta = source;
        String signature = fields.getOrDefault("signature", meta.get("signature").orElse("")).strip();
        String signed = fields.containsKey("date") ? chineseDate(fields.get("date"))
                : source.get("date").filter(d -> source.get("signed").isPresent()).map(OfficialKind::chineseDate)
                .orElse(source.get("signed").orElse(""));
        meta = meta.with("signature", signature).with("signed", signed);
        if (signature.isEmpty()) {
            meta = without(meta, "signature");
        }
        if (signed.isEmpty()) {
            meta = without(meta, "signed");
        }
        fields.put("signature", signature);
        fields.put("signed", signed);
        fields.putIfAbsent("note", meta.get("note").orElse(""));
        meta = without(meta, "note"); // the template sets the 附注 from the report's fields, after the 落款
        fields.values().removeIf(String::isBlank);

        Document main = new Document(body.source(), title, body.kicker(), body.subtitle(), meta, preamble,
                body.sections(), body.diagnostics());
        List<Document> parts = new ArrayList<>();
        parts.add(main);
        parts.addAll(documents.subList(1, documents.size()));
        return new Report(name(), new Metadata(fields), parts, List.of());
    }

    private static boolean isAddressee(String text) {
        String t = text.strip();
        return t.length() <= ADDRESSEE_MAX && (t.endsWith("：") || t.endsWith(":")) && !t.contains("。");
    }

    private static Metadata without(Metadata meta, String key) {
        Map<String, String> copy = new LinkedHashMap<>(meta.fields());
        copy.remove(key);
        return new Metadata(copy);
    }

    /** 2026-01-05 → 2026年1月5日 (no leading zeros); anything else as written. */
    static String chineseDate(String date) {
        var m = ISO_DATE.matcher(date.strip());
        if (!m.matches()) {
            return date.strip();
        }
        return m.group(1) + "年" + Integer.parseInt(m.group(2)) + "月" + Integer.parseInt(m.group(3)) + "日";
    }
}
