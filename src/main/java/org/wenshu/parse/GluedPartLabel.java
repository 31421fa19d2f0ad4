package org.wenshu.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Quote;
import org.wenshu.model.SourceLine;

/**
 * An attachment's label glued to the end of the last item of the attachment list by a lost line
 * break ("8.…资金测算表附件1", then the attachment's title on the next line): split into the item
 * and the label, as two lines of the same number, so the attachment starts where it does. A
 * reference to an attachment ("…标准见附件1") is no label: only an item of an 附件： list whose next
 * line is a title is split.
 */
final class GluedPartLabel {
    private static final Pattern LABEL = Pattern.compile("附件\\s*[0-9一二三四五六七八九十]{1,3}");
    /** A character before 附件N that makes it a reference (见附件1, 按附件1, 附件1和附件2), not a glued label. */
    private static final String REFERENCE = "见如按据照及和与、：:（(";
    private static final int MAX_LABEL = 7;
    private static final Pattern LIST_NOTE = Pattern.compile("^附[件表]?\\s*[:：]");
    /** The attachment list is at most this many lines above the glued item. */
    private static final int LIST_REACH = 20;
    private static final int MAX_TITLE = 60;

    private GluedPartLabel() {}

    static List<SourceLine> split(List<SourceLine> lines, Consumer<Diagnostic> report) {
        List<SourceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line.text();
            int at = text.lastIndexOf("附件");
            boolean split = at > 0 && text.length() - at <= MAX_LABEL && LABEL.matcher(text.substring(at)).matches()
                    && REFERENCE.indexOf(text.charAt(at - 1)) < 0 && !Character.isWhitespace(text.charAt(at - 1))
                    && line.headingLevel() == null && !line.isTable()
                    && Marker.find(line.text()).filter(m -> m.kind() == MarkerKind.ARABIC).isPresent()
                    && i + 1 < lines.size() && TextShape.isTitleLike(lines.get(i + 1).text(), MAX_TITLE)
                    && inList(lines, i);
            if (split && out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            if (split) {
                out.add(line.withText(text.substring(0, at)));
                out.add(line.withText(text.substring(at)));
                report.accept(Diagnostic.info("label-unglued", line.number(), "labelUnglued", Quote.of(text.substring(at))));
            } else if (out != null) {
                out.add(line);
            }
        }
        return out == null ? lines : out;
    }

    private static boolean inList(List<SourceLine> lines, int index) {
        for (int k = index; k >= Math.max(0, index - LIST_REACH); k--) {
            if (LIST_NOTE.matcher(lines.get(k).text()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
