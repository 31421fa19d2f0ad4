package org.wenshu.assemble;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.wenshu.model.Quote;
import org.wenshu.model.WenshuException;
import org.wenshu.model.Wording;

/**
 * Reads and checks a job file. Every mistake — an unknown key, a value of the wrong shape, a kind
 * or format that does not exist — is a {@link WenshuException} naming the job file, the line and
 * the key, before anything is parsed or written.
 */
public final class JobFileReader {
    private static final List<String> TOP_KEYS = List.of("kind", "template", "metadata", "sources", "exclude",
            "options", "outputs", "output", "settings", "omit");
    private static final List<String> OPTION_KEYS = List.of("dedupe", "restore", "placeholders", "toc");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Set<String> TRUE = Set.of("true", "yes", "on", "1", "是");
    private static final Set<String> FALSE = Set.of("false", "no", "off", "0", "否");
    private static final int MAX_TOC_DEPTH = 3;

    private final Set<String> kinds;
    private final Set<String> planKinds;
    private final List<String> formats;

    /** {@code kinds}: the report kinds there are; {@code formats}: the output formats the writers offer. */
    public JobFileReader(Set<String> kinds, List<String> formats) {
        this(kinds, Set.of(), formats);
    }

    /** {@code planKinds}: the kinds that take a part of their own, under a key named like the kind. */
    public JobFileReader(Set<String> kinds, Set<String> planKinds, List<String> formats) {
        this.kinds = Set.copyOf(kinds);
        this.planKinds = Set.copyOf(planKinds);
        this.formats = List.copyOf(formats);
    }

    public JobFile read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new WenshuException(path + "：任务文件不存在").translatable(path, "noJob");
        } catch (IOException e) {
            throw new WenshuException(path + "：无法读取任务文件（" + e.getMessage() + "）", e)
                    .translatable(path, "unreadableJob", e.getMessage());
        }
        return read(path, text);
    }

    /** Reads {@code text} as the job file at {@code path}. */
    public JobFile read(Path path, String text) {
        Checker check = new Checker(path.toString());
        JobValue root = new YamlTree().read(text, path.toString());
        if (!root.isMap()) {
            throw check.mistake(root.line(), "notMap");
        }
        Map<String, JobValue> top = root.map();
        String kind = top.containsKey("kind") ? check.text(top.get("kind"), "kind") : "compilation";
        List<String> topKeys = new ArrayList<>(TOP_KEYS);
        if (planKinds.contains(kind)) {
            topKeys.add(kind);
        }
        check.knownKeys(top, topKeys, "");

        if (!kinds.contains(kind)) {
            throw check.mistake(top.get("kind").line(), "unknownKind", Quote.of(kind), kinds.stream().sorted().toList());
        }
        String template = top.containsKey("template") ? check.text(top.get("template"), "template") : null;

        Map<String, String> metadata = top.containsKey("metadata") ? check.textMap(top.get("metadata"), "metadata") : Map.of();
        if (metadata.containsKey("date") && !DATE.matcher(metadata.get("date")).matches()) {
            throw check.mistake(top.get("metadata").map().get("date").line(), "badDate", "metadata.date",
                    Quote.of(metadata.get("date")));
        }

        if (!top.containsKey("sources")) {
            throw check.mistake(root.line(), "noSources");
        }
        List<JobFile.SourceSpec> sources = check.specs(top.get("sources"), "sources");
        if (sources.isEmpty()) {
            throw check.mistake(top.get("sources").line(), "emptySources");
        }
        List<JobFile.SourceSpec> excludes = top.containsKey("exclude") ? check.specs(top.get("exclude"), "exclude") : List.of();

        JobFile.Options options = options(top.get("options"), check);

        List<String> outputs = List.of("pdf", "docx");
        if (top.containsKey("outputs")) {
            JobValue value = top.get("outputs");
            List<JobValue> items = value.isList() ? value.list() : List.of(value);
            List<String> wanted = new ArrayList<>();
            for (JobValue item : items) {
                for (String format : check.text(item, "outputs").split("[,，、\\s]+")) {
                    String name = format.strip().toLowerCase(Locale.ROOT);
                    if (name.isEmpty()) {
                        continue;
                    }
                    if (!formats.contains(name)) {
                        throw check.mistake(item.line(), "unknownOutput", Quote.of(format), formats);
                    }
                    if (!wanted.contains(name)) {
                        wanted.add(name);
                    }
                }
            }
            if (wanted.isEmpty()) {
                throw check.mistake(value.line(), "emptyOutputs", formats);
            }
            outputs = wanted;
        }

        String output = null;
        if (top.containsKey("output")) {
            output = check.text(top.get("output"), "output");
            if (output.isBlank() || output.contains("/") || output.contains("\\") || output.startsWith(".")) {
                throw check.mistake(top.get("output").line(), "badOutputName", Quote.of(output));
            }
        }
        Map<String, String> settings = top.containsKey("settings") ? check.textMap(top.get("settings"), "settings") : Map.of();
        List<JobFile.Omit> omits = top.containsKey("omit") ? omits(top.get("omit"), check) : List.of();
        return new JobFile(path, kind, template, metadata, sources, excludes, options, outputs, output, settings,
                top.get(kind), omits);
    }

    /** {@code omit:}: a map from a source file to the sections to leave out of it (one path, or a list). */
    private static List<JobFile.Omit> omits(JobValue value, Checker check) {
        if (value.value() == null) {
            return List.of();
        }
        if (!value.isMap()) {
            throw check.mistake(value.line(), "omitNotMap");
        }
        List<JobFile.Omit> omits = new ArrayList<>();
        for (Map.Entry<String, JobValue> entry : value.map().entrySet()) {
            List<JobFile.SourceSpec> sections = check.specs(entry.getValue(), "omit." + entry.getKey());
            if (sections.isEmpty()) {
                throw check.mistake(entry.getValue().line(), "omitEmpty", Quote.of(entry.getKey()));
            }
            omits.add(new JobFile.Omit(new JobFile.SourceSpec(entry.getKey(), entry.getValue().line()), sections));
        }
        return omits;
    }

    private static JobFile.Options options(JobValue value, Checker check) {
        boolean dedupe = true;
        List<MaskedWordRule> restore = new ArrayList<>();
        JobFile.PlaceholderPolicy placeholders = JobFile.PlaceholderPolicy.WARN;
        int toc = -1;
        if (value == null || value.value() == null) {
            return new JobFile.Options(dedupe, restore, placeholders, toc);
        }
        if (!value.isMap()) {
            throw check.mistake(value.line(), "optionsNotMap", OPTION_KEYS);
        }
        Map<String, JobValue> map = value.map();
        check.knownKeys(map, OPTION_KEYS, "options.");
        if (map.containsKey("dedupe")) {
            dedupe = check.bool(map.get("dedupe"), "options.dedupe");
        }
        if (map.containsKey("restore")) {
            restore = rules(map.get("restore"), check);
        }
        if (map.containsKey("placeholders")) {
            String policy = check.text(map.get("placeholders"), "options.placeholders").toLowerCase(Locale.ROOT);
            placeholders = switch (policy) {
                case "warn" -> JobFile.PlaceholderPolicy.WARN;
                case "fail" -> JobFile.PlaceholderPolicy.FAIL;
                default -> throw check.mistake(map.get("placeholders").line(), "badPlaceholders", Quote.of(policy));
            };
        }
        if (map.containsKey("toc")) {
            String depth = check.text(map.get("toc"), "options.toc");
            if (!depth.matches("[0-9]") || Integer.parseInt(depth) > MAX_TOC_DEPTH) {
                throw check.mistake(map.get("toc").line(), "badToc", Quote.of(depth), MAX_TOC_DEPTH);
            }
            toc = Integer.parseInt(depth);
        }
        return new JobFile.Options(dedupe, restore, placeholders, toc);
    }

    /** {@code restore}: a map ({@code D员: 党员}), or a list of one-entry maps or {@code "D员: 党员"} texts. */
    private static List<MaskedWordRule> rules(JobValue value, Checker check) {
        List<MaskedWordRule> rules = new ArrayList<>();
        List<JobValue> items = value.isList() ? value.list() : List.of(value);
        for (JobValue item : items) {
            Map<String, String> pairs = new LinkedHashMap<>();
            if (item.isMap()) {
                pairs.putAll(check.textMap(item, "options.restore"));
            } else {
                String text = check.text(item, "options.restore");
                String[] parts = text.split("\\s*[:：=]\\s*", 2);
                if (parts.length == 2) {
                    pairs.put(parts[0].strip(), parts[1].strip());
                } else {
                    pairs.put(text, "");
                }
            }
            for (Map.Entry<String, String> pair : pairs.entrySet()) {
                if (pair.getKey().isBlank() || pair.getValue().isBlank()) {
                    throw check.mistake(item.line(), "badRestore", Quote.of("D员: 党员"));
                }
                rules.add(new MaskedWordRule(pair.getKey(), pair.getValue()));
            }
        }
        return rules;
    }

    /** Shape checks that name the job file, the line and the key (the kinds' own job parts use them too). */
    record Checker(String origin) {
        WenshuException error(int line, String message) {
            return new WenshuException(origin + (line > 0 ? " 第 " + line + " 行" : "") + "：" + message);
        }

        /**
         * The mistake {@code job.KEY} of {@code org/wenshu/model/Messages*.properties} on {@code line}
         * (0: the whole file), said in the reader's language ({@code input.jobLine}).
         */
        WenshuException mistake(int line, String key, Object... arguments) {
            Wording said = Wording.of("job." + key, arguments);
            return error(line, said.chinese()).translatable(origin, line > 0 ? "jobLine" : "jobFile", line, said);
        }

        void knownKeys(Map<String, JobValue> map, List<String> known, String prefix) {
            for (Map.Entry<String, JobValue> entry : map.entrySet()) {
                if (!known.contains(entry.getKey())) {
                    throw mistake(entry.getValue().line(), "unknownKey", Quote.of(prefix + entry.getKey()), known);
                }
            }
        }

        String text(JobValue value, String key) {
            if (!value.isText() || value.text() == null || value.text().isBlank()) {
                throw mistake(value.line(), value.isText() ? "emptyValue" : "notAValue", key);
            }
            return value.text().strip();
        }

        java.util.regex.Pattern pattern(JobValue value, String key) {
            String text = text(value, key);
            try {
                return java.util.regex.Pattern.compile(text);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw mistake(value.line(), "badPattern", key, Quote.of(text), e.getDescription());
            }
        }

        boolean bool(JobValue value, String key) {
            String text = text(value, key).toLowerCase(Locale.ROOT);
            if (TRUE.contains(text)) {
                return true;
            }
            if (FALSE.contains(text)) {
                return false;
            }
            throw mistake(value.line(), "notBoolean", key, Quote.of(text));
        }

        Map<String, String> textMap(JobValue value, String key) {
            if (value.value() == null) {
                return Map.of();
            }
            if (!value.isMap()) {
                throw mistake(value.line(), "notKeyValues", key);
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (Map.Entry<String, JobValue> entry : value.map().entrySet()) {
                out.put(entry.getKey(), text(entry.getValue(), key + "." + entry.getKey()));
            }
            return out;
        }

        List<JobFile.SourceSpec> specs(JobValue value, String key) {
            if (value.value() == null) {
                return List.of();
            }
            List<JobValue> items = value.isList() ? value.list() : List.of(value);
            List<JobFile.SourceSpec> specs = new ArrayList<>();
            for (JobValue item : items) {
                specs.add(new JobFile.SourceSpec(text(item, key), item.line()));
            }
            return specs;
        }
    }
}
