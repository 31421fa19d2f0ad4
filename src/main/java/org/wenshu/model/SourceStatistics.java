package org.wenshu.model;

import java.util.List;

/**
 * What a report kind counted in its sources, for templates to show: per source its unit, number of
 * sections and characters, and the figures the sources quote (a number with its measure word or
 * unit, such as 发现问题193个, 87人次, 1.2亿元, 76.5%) with the sentence, unit, file and line.
 */
public record SourceStatistics(List<Source> sources, List<Figure> figures) {
    public static final SourceStatistics NONE = new SourceStatistics(List.of(), List.of());

    public SourceStatistics {
        sources = List.copyOf(sources);
        figures = List.copyOf(figures);
    }

    /** One source document: where it came from, the unit it speaks for, its size. */
    public record Source(String source, String unit, int sections, int characters) {}

    /** A figure quoted in a source, with the sentence it stands in. */
    public record Figure(String value, String sentence, String unit, String source, int line) {}
}
