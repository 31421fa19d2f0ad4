package org.wenshu.parse;

import java.util.Optional;
import org.wenshu.model.Paragraph;

/** A line that stands for a table of the source format stays a table. */
final class TableLineRule implements HeadingRule {
    @Override
    public String name() {
        return "table";
    }

    @Override
    public Optional<Proposal> propose(Context context) {
        if (!context.line().isTable()) {
            return Optional.empty();
        }
        return context.one(new OutlineItem.Para(
                Paragraph.table(context.line().table(), context.line().spans(), context.line().widths(), context.text(),
                        context.line().number())));
    }
}
