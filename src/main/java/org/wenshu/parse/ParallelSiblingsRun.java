package org.wenshu.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "这一年，我们…。" sentences are headings only as parallel structure: at least three siblings
 * under one parent that open with the same two characters. The rest are transition sentences.
 */
final class ParallelSiblingsRun extends CandidateRun {
    private static final int OPENING = 2;
    private static final int MIN_SIBLINGS = 3;

    ParallelSiblingsRun() {
        super(ParallelSentenceRule.NAME);
    }

    @Override
    public String name() {
        return "parallel-siblings";
    }

    @Override
    List<OutlineItem.Head> keep(List<OutlineItem.Head> group) {
        Map<String, List<OutlineItem.Head>> byOpening = new HashMap<>();
        for (OutlineItem.Head head : group) {
            byOpening.computeIfAbsent(head.heading().substring(0, OPENING), k -> new ArrayList<>()).add(head);
        }
        return byOpening.values().stream().filter(g -> g.size() >= MIN_SIBLINGS).flatMap(List::stream).toList();
    }
}
