package org.wenshu.parse;

import java.util.ArrayList;
import java.util.List;
import org.wenshu.model.Paragraph;
import org.wenshu.model.SourceLine;

/**
 * A run rule over the candidates one heading rule proposed: the candidates under one parent (not
 * parted by any other heading) are judged together; those not kept go back to being paragraphs.
 */
abstract class CandidateRun implements RunRule {
    private final String rule;

    CandidateRun(String rule) {
        this.rule = rule;
    }

    /** From one parent's candidates, in order, those that stay headings. */
    abstract List<OutlineItem.Head> keep(List<OutlineItem.Head> group);

    @Override
    public List<OutlineItem> decide(List<OutlineItem> items, List<SourceLine> origins) {
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            OutlineItem item = items.get(i);
            if (item instanceof OutlineItem.Head head && head.rule().equals(rule)) {
                current.add(i);
            } else if (item instanceof OutlineItem.Head || item instanceof OutlineItem.Part) {
                groups.add(current);
                current = new ArrayList<>();
            }
        }
        groups.add(current);
        List<OutlineItem> out = new ArrayList<>(items);
        for (List<Integer> group : groups) {
            if (group.isEmpty()) {
                continue;
            }
            List<OutlineItem.Head> heads = group.stream().map(index -> (OutlineItem.Head) items.get(index)).toList();
            List<OutlineItem.Head> kept = keep(heads);
            for (int index : group) {
                OutlineItem.Head head = (OutlineItem.Head) items.get(index);
                if (!kept.contains(head)) {
                    String original = origins.get(index).text(); // its own line, not one sharing its number
                    out.set(index, new OutlineItem.Para(
                            new Paragraph(original, LeadFinder.find(original), null, head.line())));
                }
            }
        }
        return out;
    }
}
