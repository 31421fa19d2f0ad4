package org.wenshu.parse;

import java.util.List;

/** "产业结构持续优化。" is a heading only where a sibling under the same parent has the same shape. */
final class SentencePairRun extends CandidateRun {
    SentencePairRun() {
        super(ShortSentenceRule.NAME);
    }

    @Override
    public String name() {
        return "sentence-pairs";
    }

    @Override
    List<OutlineItem.Head> keep(List<OutlineItem.Head> group) {
        return group.size() >= 2 ? group : List.of();
    }
}
