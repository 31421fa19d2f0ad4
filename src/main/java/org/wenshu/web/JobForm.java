package org.wenshu.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the page's build form sends: the report kind, its metadata (cover fields, 期号, 发文字号 …),
 * the chosen sources in their order (by id), the options and settings as a job file has them, the
 * masked words to restore ({@code D员=党员}, one a line), for a summary its {@code summary:}
 * part as YAML text, and the sections left out of each source (by id: the paths of {@code omit:}).
 */
record JobForm(String kind, Map<String, String> metadata, List<Integer> sources, Integer toc, Boolean dedupe,
               String placeholders, String restore, Map<String, String> settings, String plan,
               Map<Integer, List<String>> omit) {
    JobForm {
        omit = omit == null ? Map.of() : new LinkedHashMap<>(omit);
        kind = kind == null ? "" : kind.strip();
        metadata = metadata == null ? Map.of() : new LinkedHashMap<>(metadata);
        sources = sources == null ? List.of() : List.copyOf(sources);
        settings = settings == null ? Map.of() : new LinkedHashMap<>(settings);
    }
}
