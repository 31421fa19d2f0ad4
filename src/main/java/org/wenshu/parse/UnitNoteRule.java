package org.wenshu.parse;

import java.util.Optional;
import java.util.regex.Pattern;
import org.wenshu.model.Paragraph;

/**
 * A table's unit note on its own line (单位：亿元（保留两位小数）, 金额单位：万元): a plain paragraph,
 * neither a heading over the table nor a paragraph with a run-in lead "单位：".
 */
final class UnitNoteRule implements HeadingRule {
    private static final Pattern UNIT_NOTE = Pattern.compile("^[（(]?(计量|金额|数量|面积|货币)?单位\\s*[:：]");
    private static final int MAX_NOTE = 40;

    @Override
    public String name() {
        return "unit-note";
    }

    @Override
    public Optional<Proposal> propose(Context context) {
        String text = context.text();
        if (text.length() > MAX_NOTE || !UNIT_NOTE.matcher(text).lookingAt()) {
            return Optional.empty();
        }
        return context.one(new OutlineItem.Para(new Paragraph(text, null, null, context.line().number()), name()));
    }
}
