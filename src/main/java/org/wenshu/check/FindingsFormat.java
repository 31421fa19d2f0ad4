package org.wenshu.check;

import java.util.List;
import java.util.Map;

/** One way of printing a check's findings; {@link #all()} is the registry the CLI offers. */
public interface FindingsFormat {
    /** The name the user types after {@code --format}. */
    String name();

    /** The whole output for the result, ending in a line break (or empty). */
    String write(CheckResult result);

    /** Every format by name. A new format is one class and one line here. */
    static Map<String, FindingsFormat> all() {
        // in registration order, as help and usage errors list them (Map.copyOf's order changes from run to run)
        Map<String, FindingsFormat> formats = new java.util.LinkedHashMap<>();
        for (FindingsFormat format : List.of(new TextFindings(), new JsonFindings(), new GithubFindings(),
                new JunitFindings())) {
            formats.put(format.name(), format);
        }
        return java.util.Collections.unmodifiableMap(formats);
    }
}
