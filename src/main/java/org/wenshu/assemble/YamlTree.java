package org.wenshu.assemble;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wenshu.model.Quote;
import org.wenshu.model.WenshuException;

/**
 * Reads YAML into {@link JobValue}s that remember their lines. Jackson's tree model forgets where a
 * value stood, so the tree is built from the token stream. Scalars stay text (a job file's
 * {@code 2026-03-31} or {@code true} is checked by whoever reads the key), duplicate keys are an
 * error, anchors and tags are not needed by job files and not interpreted.
 */
final class YamlTree {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    /** The document's root value; {@code origin} names the file in messages. */
    JobValue read(String yaml, String origin) {
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new JobValue(Map.of(), 1);
            }
            return value(parser, origin, line(parser));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new JobFileReader.Checker(origin).mistake(line, "badYaml", reason);
        } catch (IOException e) {
            throw new WenshuException(origin + "：无法读取（" + e.getMessage() + "）", e).translatable(origin, "unreadable", e.getMessage());
        }
    }

    private JobValue value(JsonParser parser, String origin, int line) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, JobValue> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = line(parser);
                if (map.containsKey(key)) {
                    throw new JobFileReader.Checker(origin).mistake(keyLine, "repeatedKey", Quote.of(key), map.get(key).line());
                }
                parser.nextToken();
                map.put(key, value(parser, origin, keyLine));
            }
            return new JobValue(map, line);
        }
        if (token == JsonToken.START_ARRAY) {
            List<JobValue> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(parser, origin, line(parser)));
            }
            return new JobValue(list, line);
        }
        return new JobValue(token == JsonToken.VALUE_NULL ? null : parser.getText(), line);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
