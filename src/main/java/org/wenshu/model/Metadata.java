package org.wenshu.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Facts about a document that are not body text, in the order they were found. Well-known keys:
 * {@code source}, {@code date} (YYYY-MM-DD), {@code author}, {@code speaker}, {@code editor},
 * {@code collection} (the title of the compilation an article came from).
 */
public record Metadata(Map<String, String> fields) {
    public static final Metadata EMPTY = new Metadata(Map.of());

    public Metadata {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** A copy with {@code key} set, keeping the first value when the key is already present. */
    public Metadata withDefault(String key, String value) {
        if (fields.containsKey(key) || value == null || value.isBlank()) {
            return this;
        }
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put(key, value);
        return new Metadata(copy);
    }

    /** A copy with {@code key} set to {@code value}, replacing any earlier value. */
    public Metadata with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put(key, value);
        return new Metadata(copy);
    }
}
