package org.wenshu.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.wenshu.model.Quote;

/**
 * The {@code summary:} part of a job: the report's own outline with the routing rules that fill each
 * heading, how contributions are attributed to their units, and the opening and closing text.
 *
 * <pre>
 * summary:
 *   opening: 开头段
 *   closing: {heading: 下一步工作打算, text: …}
 *   attribution: lead | suffix | heading
 *   unit: "^(.+?[县区])"        # regular expression on a source's title; group 1 is the unit
 *   unmatched: 其他               # a last heading for what no rule takes; without it, left out and listed
 *   outline:
 *     - heading: 理论学习走深走实
 *       match: 学习|理论          # heading or lead text of a source's section or paragraph
 *       text: 主要预期目标        # paragraph text anywhere
 *       position: 1              # each source's first 一、 section
 *       leads: [县级层面]          # paragraphs whose lead is one of these labels
 *       sections: [ … ]          # （一）… under it, with rules of their own
 * </pre>
 */
record SummaryPlan(String opening, String closingHeading, String closingText, Attribution attribution,
                   Pattern unit, String unmatched, List<Heading> outline) {

    /** How a contribution says which unit it comes from. */
    enum Attribution {
        /** {@code 某某县：} before the contribution's first paragraph. */
        LEAD,
        /** {@code （某某县）} after its last paragraph. */
        SUFFIX,
        /** a sub-heading per unit. */
        HEADING
    }

    /** One heading of the report's outline with the rules that send material under it. */
    record Heading(String heading, Rule rule, List<Heading> children, int line) {
        Heading {
            children = List.copyOf(children);
        }
    }

    /** What a heading takes: sections or leads matching {@code match}, paragraphs matching {@code text}, … */
    record Rule(Pattern match, Pattern text, int position, List<String> leads) {
        Rule {
            leads = List.copyOf(leads);
        }

        boolean takesHeading(String heading, int topPosition) {
            return (match != null && match.matcher(heading).find()) || (position > 0 && position == topPosition);
        }

        boolean takesParagraph(String lead, String text) {
            if (lead != null && !lead.isEmpty()) {
                String label = lead.replaceAll("[：:。，,]+$", "");
                if (leads.stream().anyMatch(l -> l.equals(label) || lead.startsWith(l))) {
                    return true;
                }
                if (match != null && match.matcher(lead).find()) {
                    return true;
                }
            }
            return this.text != null && this.text.matcher(text).find();
        }
    }

    private static final List<String> KEYS = List.of("opening", "closing", "attribution", "unit", "unmatched", "outline");
    private static final List<String> HEADING_KEYS = List.of("heading", "match", "text", "position", "leads", "sections");
    /** A unit named at the start of a title: a place or an organisation before what it did. */
    static final Pattern DEFAULT_UNIT = Pattern.compile(
            "(?:^|[年_\\s])([^，。、\\s_0-9年]{1,10}?(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道)"
            + "(?:[^，。、\\s_]{0,6}?(?:委员会|委|局|办|厅|院|部|联|会|公司|集团|中心|所|队))?)");

    static SummaryPlan read(JobValue value, String origin) {
        JobFileReader.Checker errors = new JobFileReader.Checker(origin);
        if (value == null || !value.isMap()) {
            throw errors.mistake(value == null ? 0 : value.line(), "summary.missing");
        }
        Map<String, JobValue> map = value.map();
        errors.knownKeys(map, KEYS, "summary.");
        String opening = map.containsKey("opening") ? errors.text(map.get("opening"), "summary.opening") : "";
        String closingHeading = "";
        String closingText = "";
        if (map.containsKey("closing")) {
            JobValue closing = map.get("closing");
            if (closing.isMap()) {
                errors.knownKeys(closing.map(), List.of("heading", "text"), "summary.closing.");
                closingHeading = closing.map().containsKey("heading")
                        ? errors.text(closing.map().get("heading"), "summary.closing.heading") : "";
                closingText = closing.map().containsKey("text")
                        ? errors.text(closing.map().get("text"), "summary.closing.text") : "";
            } else {
                closingText = errors.text(closing, "summary.closing");
            }
            if (closingHeading.isEmpty()) {
                closingHeading = "下一步工作打算";
            }
        }
        Attribution attribution = Attribution.LEAD;
        if (map.containsKey("attribution")) {
            String name = errors.text(map.get("attribution"), "summary.attribution").toLowerCase(Locale.ROOT);
            attribution = switch (name) {
                case "lead" -> Attribution.LEAD;
                case "suffix" -> Attribution.SUFFIX;
                case "heading" -> Attribution.HEADING;
                default -> throw errors.mistake(map.get("attribution").line(), "summary.badAttribution", Quote.of(name));
            };
        }
        Pattern unit = map.containsKey("unit") ? errors.pattern(map.get("unit"), "summary.unit") : DEFAULT_UNIT;
        String unmatched = map.containsKey("unmatched") ? errors.text(map.get("unmatched"), "summary.unmatched") : "";
        if (!map.containsKey("outline")) {
            throw errors.mistake(value.line(), "summary.noOutline");
        }
        List<Heading> outline = headings(map.get("outline"), "summary.outline", errors, 1);
        if (outline.isEmpty()) {
            throw errors.mistake(map.get("outline").line(), "summary.emptyOutline");
        }
        return new SummaryPlan(opening, closingHeading, closingText, attribution, unit, unmatched, outline);
    }

    private static List<Heading> headings(JobValue value, String key, JobFileReader.Checker errors, int depth) {
        if (value.value() == null) {
            return List.of();
        }
        if (!value.isList()) {
            throw errors.mistake(value.line(), "summary.notHeadings", key);
        }
        if (depth > 2) {
            throw errors.mistake(value.line(), "summary.tooDeep", key);
        }
        List<Heading> headings = new ArrayList<>();
        for (JobValue item : value.list()) {
            if (!item.isMap()) {
                throw errors.mistake(item.line(), "summary.notHeading", key);
            }
            Map<String, JobValue> map = item.map();
            errors.knownKeys(map, HEADING_KEYS, key + ".");
            if (!map.containsKey("heading")) {
                throw errors.mistake(item.line(), "summary.noHeading", key);
            }
            String heading = errors.text(map.get("heading"), key + ".heading");
            Pattern match = map.containsKey("match") ? errors.pattern(map.get("match"), key + ".match") : null;
            Pattern text = map.containsKey("text") ? errors.pattern(map.get("text"), key + ".text") : null;
            int position = 0;
            if (map.containsKey("position")) {
                String number = errors.text(map.get("position"), key + ".position");
                if (!number.matches("[1-9][0-9]?")) {
                    throw errors.mistake(map.get("position").line(), "summary.badPosition", key, Quote.of(number));
                }
                position = Integer.parseInt(number);
            }
            List<String> leads = new ArrayList<>();
            if (map.containsKey("leads")) {
                JobValue list = map.get("leads");
                for (JobValue lead : list.isList() ? list.list() : List.of(list)) {
                    leads.add(errors.text(lead, key + ".leads").replaceAll("[：:。]+$", ""));
                }
            }
            List<Heading> children = map.containsKey("sections")
                    ? headings(map.get("sections"), key + ".sections", errors, depth + 1) : List.of();
            headings.add(new Heading(heading, new Rule(match, text, position, leads), children, item.line()));
        }
        return headings;
    }
}
