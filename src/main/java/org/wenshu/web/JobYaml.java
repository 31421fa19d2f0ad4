package org.wenshu.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Map;
import org.wenshu.model.WenshuException;

/**
 * Writes the job file a build form stands for, so that the page builds exactly what
 * {@code wenshu build} would build from the file the user downloads. The sources are named by their
 * file names, relative to the job file: put it beside the files and the command line builds the same.
 */
final class JobYaml {
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private JobYaml() {
    }

    /** The job file's text for {@code form} with the chosen sources' file names, in order, leaving no section out. */
    static String write(JobForm form, List<String> sourceNames) {
        return write(form, sourceNames, Map.of());
    }

    /** ... and {@code omit}: the sections to leave out, by source file name ({@code omit:}). */
    static String write(JobForm form, List<String> sourceNames, Map<String, List<String>> omit) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode job = nodes.objectNode();
        job.put("kind", form.kind());
        ObjectNode metadata = job.putObject("metadata");
        for (Map.Entry<String, String> field : form.metadata().entrySet()) {
            String value = field.getValue() == null ? "" : field.getValue().strip();
            if (!value.isEmpty() && field.getKey().matches("[a-z][a-z0-9_]*")) {
                metadata.put(field.getKey(), value);
            }
        }
        if (metadata.isEmpty()) {
            job.remove("metadata");
        }
        ArrayNode sources = job.putArray("sources");
        sourceNames.forEach(sources::add);
        ObjectNode omitted = nodes.objectNode();
        omit.forEach((name, paths) -> {
            if (sourceNames.contains(name) && !paths.isEmpty()) {
                ArrayNode list = omitted.putArray(name);
                paths.forEach(list::add);
            }
        });
        if (!omitted.isEmpty()) {
            job.set("omit", omitted);
        }
        ObjectNode options = nodes.objectNode();
        if (form.toc() != null) {
            options.put("toc", form.toc());
        }
        if (form.dedupe() != null) {
            options.put("dedupe", form.dedupe());
        }
        if (form.placeholders() != null && !form.placeholders().isBlank()) {
            options.put("placeholders", form.placeholders().strip());
        }
        ArrayNode restore = restore(form.restore());
        if (!restore.isEmpty()) {
            options.set("restore", restore);
        }
        if (!options.isEmpty()) {
            job.set("options", options);
        }
        ObjectNode settings = nodes.objectNode();
        form.settings().forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                settings.put(key, value.strip());
            }
        });
        if (!settings.isEmpty()) {
            job.set("settings", settings);
        }
        JsonNode plan = plan(form);
        if (plan != null) {
            job.set(form.kind(), plan);
        }
        ArrayNode outputs = job.putArray("outputs");
        outputs.add("pdf");
        outputs.add("docx");
        job.put("output", outputName(form));
        try {
            return "# wenshu serve 生成的任务文件：放在材料所在的文件夹，运行 wenshu build 本文件 即可生成同样的报告\n"
                    + YAML.writeValueAsString(job);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The output file name (without extension): the title made safe, else the kind. */
    static String outputName(JobForm form) {
        String title = form.metadata().getOrDefault("title", "");
        return UploadName.of(title == null || title.isBlank() ? "报告" : title.strip());
    }

    /** {@code D员=党员} (or {@code D员: 党员}), one a line, as the job file's list of one-entry maps. */
    private static ArrayNode restore(String text) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        if (text == null) {
            return list;
        }
        int number = 0;
        for (String line : text.split("\\R")) {
            number++;
            String rule = line.strip();
            if (rule.isEmpty()) {
                continue;
            }
            String[] pair = rule.split("\\s*[=:：＝]\\s*", 2);
            if (pair.length != 2 || pair[0].isEmpty() || pair[1].isEmpty()) {
                throw new WenshuException("恢复被遮盖的字 第 " + number + " 行：“" + rule + "”应写成 遮盖的词=原词，例如 D员=党员")
                        .translatable(null, "restoreRule", number, rule, "D员=党员");
            }
            list.addObject().put(pair[0], pair[1]);
        }
        return list;
    }

    /** The kind's own part ({@code summary:}) from its YAML text; a wrapping {@code summary:} key is taken off. */
    private static JsonNode plan(JobForm form) {
        if (form.plan() == null || form.plan().isBlank()) {
            return null;
        }
        JsonNode tree;
        try {
            tree = YAML.readTree(form.plan());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String why = e.getOriginalMessage().lines().findFirst().orElse("");
            WenshuException error = new WenshuException(form.kind() + " 规则" + (line > 0 ? " 第 " + line + " 行" : "")
                    + "：不是正确的 YAML（" + why + "）");
            throw line > 0 ? error.translatable(null, "planYamlLine", form.kind(), line, why)
                    : error.translatable(null, "planYaml", form.kind(), why);
        }
        if (tree != null && tree.isObject() && tree.size() == 1 && tree.has(form.kind())) {
            tree = tree.get(form.kind());
        }
        return tree == null || tree.isMissingNode() || tree.isNull() ? null : tree;
    }
}
