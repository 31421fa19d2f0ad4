package org.wenshu.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.model.Paragraph;

/**
 * Inside a list part, a numbered line is an item: "1.“四上”企业：…", "［1］一降三减：" with its
 * definition on the next line, which is joined to it.
 */
final class GlossaryItemRule implements HeadingRule {
    private static final Pattern NOTE_REF = Pattern.compile("^([［\\[〔](\\d{1,3})[］\\]〕])\\s*");
    /** In a glossary "20.2026年10件民生实事：" is item 20 all the same, if 19 came before it. */
    private static final Pattern LOOSE_ITEM = Pattern.compile("^((\\d{1,3})[.．、])\\s*");
    private static final int MAX_LABEL = 40;

    @Override
    public String name() {
        return "glossary-item";
    }

    @Override
    public Optional<Proposal> propose(Context context) {
        if (!context.scope().list()) {
            return Optional.empty();
        }
        String text = context.text();
        String next = context.next();
        Matcher ref = NOTE_REF.matcher(text);
        Matcher loose = LOOSE_ITEM.matcher(text);
        String marker;
        String rest;
        if (ref.lookingAt()) {
            marker = ref.group(1);
            rest = text.substring(ref.end());
        } else if (loose.lookingAt() && Integer.parseInt(loose.group(2)) == context.scope().lastItem() + 1) {
            marker = loose.group(1);
            rest = text.substring(loose.end());
        } else {
            Optional<Marker> found = Marker.find(text);
            if (found.isEmpty() || found.get().kind() == MarkerKind.CHINESE
                    || found.get().kind() == MarkerKind.CHAPTER) {
                return Optional.empty();
            }
            marker = found.get().text();
            rest = found.get().rest();
        }
        int lines = 1;
        if ((rest.endsWith("：") || rest.endsWith(":")) && next != null && Marker.find(next).isEmpty()
                && !NOTE_REF.matcher(next).lookingAt()) {
            rest = rest + next; // the definition on the next line belongs to its term
            lines = 2;
        }
        int colon = TextShape.indexOfAny(rest, "：:", 0);
        String lead = colon > 0 && colon <= MAX_LABEL ? rest.substring(0, colon + 1) : null;
        Scope scope = context.scope();
        return Optional.of(new Proposal(new OutlineItem.Para(new Paragraph(rest, lead, marker, context.line().number())),
                lines, scope.withItem(itemNumber(marker))));
    }

    private static int itemNumber(String marker) {
        String digits = marker.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
