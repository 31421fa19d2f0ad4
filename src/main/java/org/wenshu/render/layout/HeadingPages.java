package org.wenshu.render.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The page layout as a service any writer may ask for (the PDF writer makes it; the DOCX writer
 * reads it for its TOC field and blank pages). Where the layout put things: the page number shown on the page each element, by its XHTML id,
 * begins on (numbers start at 1 on the first page of {@code div.main}, when there is one);
 * {@code pageCount} physical pages, of which the first {@code frontPages} come before page 1;
 * {@code blankPagesBefore} names the blocks ({@code toc}, {@code main}) that got an empty page
 * before them so that they start on a right-hand page.
 */
public record HeadingPages(Map<String, Integer> pageById, int pageCount, int frontPages, List<String> blankPagesBefore) {
    public HeadingPages {
        pageById = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pageById));
        blankPagesBefore = List.copyOf(blankPagesBefore);
    }

    public HeadingPages(Map<String, Integer> pageById, int pageCount) {
        this(pageById, pageCount, 0, List.of());
    }

    public OptionalInt pageOf(String id) {
        Integer page = pageById.get(id);
        return page == null ? OptionalInt.empty() : OptionalInt.of(page);
    }

    /** Whether the layout put an empty page before the block named {@code name} ({@code toc}, {@code main}). */
    public boolean blankPageBefore(String name) {
        return blankPagesBefore.contains(name);
    }
}
