package org.wenshu.parse;

import java.util.Optional;
import java.util.regex.Pattern;
import org.wenshu.model.Section;

/** "注释" or "名词解释" alone on a line opens a notes part, a list whose numbered lines are items. */
final class NotesPartRule implements HeadingRule {
    private static final Pattern NOTES = Pattern.compile("^(注释|注|名词解释|名词注释|附注|注解|名词解释及说明)[:：]?$");

    @Override
    public String name() {
        return "notes-part";
    }

    @Override
    public Optional<Proposal> propose(Context context) {
        String text = context.text();
        if (!NOTES.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(new OutlineItem.Part(Section.Kind.NOTES, "", text.replaceAll("[:：]$", ""),
                context.line().number()), 1, new Scope(true, false, 0, false, false)));
    }
}
