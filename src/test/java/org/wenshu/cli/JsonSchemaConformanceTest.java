package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;

/**
 * The JSON that {@code parse} prints for the whole corpus conforms to the published schema:
 * required keys present, no key the schema does not name, types and enums as declared.
 */
class JsonSchemaConformanceTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void corpusOutputConformsToThePublishedSchema() throws Exception {
        JsonNode schema = mapper.readTree(Path.of("schema/parse-output.schema.json").toFile());
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("src/test/resources/corpus"))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Document> documents = Wenshu.standard().parseAll(files).documents();
        JsonNode output = mapper.readTree(new DocumentJson().write(documents));
        List<String> errors = new ArrayList<>();
        validate(output, schema, schema, "$", errors);
        assertThat(errors).isEmpty();
        assertThat(output.get("documents")).hasSize(files.size() + 11);
    }

    @Test
    void tablesWithSpansAndWidthsConformToo() throws Exception {
        JsonNode schema = mapper.readTree(Path.of("schema/parse-output.schema.json").toFile());
        List<Document> documents = Wenshu.standard().parseAll(List.of(Path.of("src/test/resources/word-real/rm093.doc"),
                Path.of("src/test/resources/render/merged-table.html"), Path.of("src/test/resources/render/column-widths.html")))
                .documents();
        String json = new DocumentJson().write(documents);
        assertThat(json).contains("\"spans\"").contains("\"widths\"");
        List<String> errors = new ArrayList<>();
        validate(mapper.readTree(json), schema, schema, "$", errors);
        assertThat(errors).isEmpty();
    }

    @Test
    void theCheckerItselfRejectsAnUnknownKey() throws Exception {
        JsonNode schema = mapper.readTree(Path.of("schema/parse-output.schema.json").toFile());
        JsonNode bad = mapper.readTree("{\"documents\":[{\"source\":\"a\",\"title\":\"t\",\"meta\":{},\"preamble\":[],"
                + "\"sections\":[],\"diagnostics\":[{\"severity\":\"loud\",\"code\":\"x\",\"message\":\"m\",\"line\":1}],\"extra\":1}]}");
        List<String> errors = new ArrayList<>();
        validate(bad, schema, schema, "$", errors);
        assertThat(errors).anyMatch(e -> e.contains("extra")).anyMatch(e -> e.contains("loud"));
    }

    /** A checker for the part of JSON Schema our schema uses. */
    private static void validate(JsonNode value, JsonNode schema, JsonNode root, String path, List<String> errors) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/$defs/", "");
            validate(value, root.get("$defs").get(name), root, path, errors);
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) {
                found |= option.equals(value);
            }
            if (!found) {
                errors.add(path + ": " + value + " not in enum");
            }
        }
        String type = schema.has("type") ? schema.get("type").asText() : null;
        if ("string".equals(type) && !value.isTextual() || "integer".equals(type) && !value.isInt()
                || "array".equals(type) && !value.isArray() || "object".equals(type) && !value.isObject()) {
            errors.add(path + ": not " + type);
            return;
        }
        if (schema.has("pattern") && value.isTextual() && !value.asText().matches(schema.get("pattern").asText())) {
            errors.add(path + ": " + value + " does not match " + schema.get("pattern").asText());
        }
        if (schema.has("minimum") && value.isInt() && value.asInt() < schema.get("minimum").asInt()) {
            errors.add(path + ": below minimum");
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(value.get(i), schema.get("items"), root, path + "[" + i + "]", errors);
            }
        }
        if (value.isObject()) {
            if (schema.has("required")) {
                for (JsonNode key : schema.get("required")) {
                    if (!value.has(key.asText())) {
                        errors.add(path + ": missing " + key.asText());
                    }
                }
            }
            JsonNode properties = schema.get("properties");
            JsonNode additional = schema.get("additionalProperties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String childPath = path + "." + field.getKey();
                if (properties != null && properties.has(field.getKey())) {
                    validate(field.getValue(), properties.get(field.getKey()), root, childPath, errors);
                } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                    errors.add(childPath + ": not allowed by the schema");
                } else if (additional != null && additional.isObject()) {
                    validate(field.getValue(), additional, root, childPath, errors);
                }
            }
        }
    }
}
