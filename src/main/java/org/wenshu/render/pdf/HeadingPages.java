package org.wenshu.render.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/** The page (1-based) each heading, by its XHTML id, landed on in the PDF layout. */
public record HeadingPages(Map<String, Integer> pageById, int pageCount) {
    public HeadingPages {
        pageById = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pageById));
    }

    public OptionalInt pageOf(String id) {
        Integer page = pageById.get(id);
        return page == null ? OptionalInt.empty() : OptionalInt.of(page);
    }
}
