package org.wenshu.assemble;

import java.util.List;
import java.util.Map;

/**
 * A value read from a job file with the line it stands on (the line of its key, for a keyed
 * value), so every mistake can be reported at its place: a text ({@code null} for an empty
 * value), a list of values or a map of keys in the order written.
 */
record JobValue(Object value, int line) {

    boolean isText() {
        return value == null || value instanceof String;
    }

    boolean isList() {
        return value instanceof List<?>;
    }

    boolean isMap() {
        return value instanceof Map<?, ?>;
    }

    String text() {
        return (String) value;
    }

    @SuppressWarnings("unchecked")
    List<JobValue> list() {
        return (List<JobValue>) value;
    }

    @SuppressWarnings("unchecked")
    Map<String, JobValue> map() {
        return (Map<String, JobValue>) value;
    }
}
