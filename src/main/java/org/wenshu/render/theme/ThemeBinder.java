package org.wenshu.render.theme;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a theme written the way the documentation writes one straight to {@link Theme}: every key
 * a known setting, every value of the setting's own JSON type. Jackson's data binding gives the same
 * theme, but setting it up costs a cold start about 0.1 s of CPU (its object mapper, a deserializer
 * built by reflection for each record); this reads the JSON with Jackson's streaming parser alone.
 *
 * <p>Anything else (an unknown key, a {@code null}, a number where text belongs, a value a record
 * refuses, JSON that does not parse) gives no theme here, and {@link ThemeLoader} binds it with
 * Jackson as before: its result, or its error message, is the same as it always was.
 */
final class ThemeBinder {
    private static final JsonFactory JSON = new JsonFactory();

    private ThemeBinder() {
    }

    /** The JSON text as a tree of maps (in key order), lists, strings, longs, doubles and booleans; empty if it does not parse or holds a null. */
    static Optional<Object> tree(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken first = parser.nextToken();
            return first == null ? Optional.empty() : Optional.of(value(parser, first));
        } catch (IOException | NotBound e) {
            return Optional.empty();
        }
    }

    /** The theme {@code tree} describes, or empty when it is not written as the documentation writes it. */
    static Optional<Theme> bind(Object tree) {
        try {
            return Optional.of(theme(tree));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Objects merge recursively; any other value (arrays included) replaces the default, as in {@link ThemeLoader}. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> overrides) {
        for (Map.Entry<String, Object> entry : overrides.entrySet()) {
            Object existing = target.get(entry.getKey());
            if (existing instanceof Map<?, ?> existingObject && entry.getValue() instanceof Map<?, ?> value) {
                merge((Map<String, Object>) existingObject, (Map<String, Object>) value);
            } else {
                target.put(entry.getKey(), entry.getValue());
            }
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String key = parser.currentName();
                    object.put(key, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() != JsonParser.NumberType.INT && parser.getNumberType() != JsonParser.NumberType.LONG) {
                    throw new NotBound();
                }
                return parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            default -> throw new NotBound();
        }
    }

    private static Theme theme(Object tree) {
        Fields f = new Fields(tree, Set.of("name", "description", "page", "pageNumber", "faces", "latinFace",
                "glyphFallbackFaces", "roles", "leadBold", "tocTitle", "tocLevels", "lineBreaking", "tables"));
        Map<String, Theme.Face> faces = new LinkedHashMap<>();
        f.object("faces").forEach((name, face) -> faces.put(name, face(face)));
        Map<String, Theme.RoleStyle> roles = new LinkedHashMap<>();
        f.object("roles").forEach((name, role) -> roles.put(name, role(role)));
        return new Theme(f.string("name"), f.string("description"), f.has("page") ? page(f.get("page")) : null,
                f.has("pageNumber") ? pageNumber(f.get("pageNumber")) : null, faces, f.string("latinFace"),
                f.strings("glyphFallbackFaces"), roles, f.bool("leadBold"), f.string("tocTitle"), f.integer("tocLevels"),
                f.has("lineBreaking") ? lineBreaking(f.get("lineBreaking")) : null, f.has("tables") ? tables(f.get("tables")) : null);
    }

    private static Theme.Page page(Object tree) {
        Fields f = new Fields(tree, Set.of("width", "height", "top", "bottom", "left", "right", "linesPerPage", "charsPerLine"));
        return new Theme.Page(f.number("width"), f.number("height"), f.number("top"), f.number("bottom"), f.number("left"),
                f.number("right"), f.integer("linesPerPage"), f.integer("charsPerLine"));
    }

    private static Theme.PageNumber pageNumber(Object tree) {
        Fields f = new Fields(tree, Set.of("role", "prefix", "suffix", "gap", "insetChars"));
        return new Theme.PageNumber(f.string("role"), f.string("prefix"), f.string("suffix"), f.number("gap"), f.number("insetChars"));
    }

    private static Theme.Face face(Object tree) {
        Fields f = new Fields(tree, Set.of("wordName", "files", "fallbacks"));
        return new Theme.Face(f.string("wordName"), f.strings("files"), f.strings("fallbacks"));
    }

    private static Theme.RoleStyle role(Object tree) {
        Fields f = new Fields(tree, Set.of("face", "size", "bold", "align", "indentChars", "spaceBefore", "spaceAfter", "color",
                "ruleAbove", "ruleBelow", "ruleColor", "rightTab"));
        return new Theme.RoleStyle(f.string("face"), f.number("size"), f.bool("bold"), f.string("align"), f.number("indentChars"),
                f.number("spaceBefore"), f.number("spaceAfter"), f.string("color"), f.number("ruleAbove"), f.number("ruleBelow"),
                f.string("ruleColor"), f.bool("rightTab"));
    }

    private static Theme.LineBreaking lineBreaking(Object tree) {
        Fields f = new Fields(tree, Set.of("noStart", "noEnd", "hang", "scriptSpace"));
        return new Theme.LineBreaking(f.string("noStart"), f.string("noEnd"), f.string("hang"), f.number("scriptSpace"));
    }

    private static Theme.Tables tables(Object tree) {
        Fields f = new Fields(tree, Set.of("numericCell", "spaceBeforeHeading", "smallerSizes"));
        return new Theme.Tables(f.string("numericCell"), f.number("spaceBeforeHeading"), f.numbers("smallerSizes"));
    }

    /** One JSON object's settings, each read as its record component's type; a missing one is Jackson's default. */
    private static final class Fields {
        private final Map<?, ?> object;

        Fields(Object tree, Set<String> known) {
            if (!(tree instanceof Map<?, ?> map) || !known.containsAll(map.keySet())) {
                throw new NotBound();
            }
            this.object = map;
        }

        boolean has(String key) {
            return object.containsKey(key);
        }

        Object get(String key) {
            return object.get(key);
        }

        String string(String key) {
            Object value = object.get(key);
            return value == null ? null : expect(value, String.class);
        }

        double number(String key) {
            Object value = object.get(key);
            return value == null ? 0 : expect(value, Number.class).doubleValue();
        }

        int integer(String key) {
            Object value = object.get(key);
            if (value == null) {
                return 0;
            }
            long number = expect(value, Long.class);
            if (number != (int) number) {
                throw new NotBound();
            }
            return (int) number;
        }

        boolean bool(String key) {
            Object value = object.get(key);
            return value != null && expect(value, Boolean.class);
        }

        List<String> strings(String key) {
            return list(key, item -> expect(item, String.class));
        }

        List<Double> numbers(String key) {
            return list(key, item -> expect(item, Number.class).doubleValue());
        }

        /** A list setting, each item read by {@code read}; null when missing. */
        private <T> List<T> list(String key, java.util.function.Function<Object, T> read) {
            Object value = object.get(key);
            if (value == null) {
                return null;
            }
            List<T> items = new ArrayList<>();
            for (Object item : expect(value, List.class)) {
                items.add(read.apply(item));
            }
            return items;
        }

        Map<String, Object> object(String key) {
            Object value = object.get(key);
            if (value == null) {
                throw new NotBound(); // Theme needs its faces and roles
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = expect(value, Map.class);
            return map;
        }

        private static <T> T expect(Object value, Class<T> type) {
            if (!type.isInstance(value)) {
                throw new NotBound();
            }
            return type.cast(value);
        }
    }

    /** The theme is not written as this binder reads it: Jackson decides. */
    private static final class NotBound extends RuntimeException {
        NotBound() {
            super(null, null, false, false);
        }
    }
}
