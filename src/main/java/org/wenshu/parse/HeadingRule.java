package org.wenshu.parse;

import java.util.List;
import java.util.Optional;
import org.wenshu.model.SourceLine;

/**
 * One way of recognising what a body line is. Rules are tried in order; the first that proposes
 * something wins for that line. What a rule proposes is not final: the {@link RunRule}s look at
 * whole runs of siblings afterwards and may take a proposal back.
 */
interface HeadingRule {
    /** A stable kebab-case name, recorded on the headings the rule proposes. */
    String name();

    Optional<Proposal> propose(Context context);

    /** Where the scan stands: the body's lines, the current index, the open part's scope, what is known of the lines' shapes. */
    record Context(List<SourceLine> lines, int index, Scope scope, HeadingLimits limits,
                   TabularRunRule.CellShapes cellShapes) {
        /** A context with its own cell shapes; a scan over a body shares one {@code cellShapes} for all its lines. */
        Context(List<SourceLine> lines, int index, Scope scope, HeadingLimits limits) {
            this(lines, index, scope, limits, new TabularRunRule.CellShapes(lines));
        }

        SourceLine line() {
            return lines.get(index);
        }

        String text() {
            return lines.get(index).text();
        }

        /** The next line's text, or null at the end. */
        String next() {
            return index + 1 < lines.size() ? lines.get(index + 1).text() : null;
        }

        /** A proposal of one line that leaves the scope as it is, save that an attachment list ends. */
        Optional<Proposal> one(OutlineItem item) {
            return Optional.of(new Proposal(item, 1, scope.withAttachmentList(false)));
        }
    }

    /**
     * What the lines being read belong to: a list part (glossary, notes) where numbered lines are
     * items, an attachment list (附件：1.… 2.…), the last item number of a list, an attachment part,
     * and a table that fills the rest of an attachment.
     */
    record Scope(boolean list, boolean attachmentList, int lastItem, boolean attachment, boolean table) {
        static final Scope BODY = new Scope(false, false, 0, false, false);

        Scope withAttachmentList(boolean on) {
            return new Scope(list, on, lastItem, attachment, table);
        }

        Scope withItem(int item) {
            return new Scope(true, attachmentList, item, attachment, table);
        }

        Scope withTable() {
            return new Scope(list, false, lastItem, attachment, true);
        }
    }

    /** An item for {@code lines} source lines, and the scope after them. */
    record Proposal(OutlineItem item, int lines, Scope scope) {}
}
