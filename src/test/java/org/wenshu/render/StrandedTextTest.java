package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenshu.model.Section;

/**
 * No stranded text on the pages of the rendered corpus: a heading is never the last line of a page
 * (it keeps with the text it heads), and a heading that wraps never leaves a single character on
 * its last line.
 */
class StrandedTextTest {

    @Test
    void noHeadingEndsAPageAndNoWrappedHeadingEndsInOneCharacter() {
        List<String> violations = new ArrayList<>();
        int headings = 0;
        for (CorpusPages.Rendered rendered : CorpusPages.all()) {
            List<PdfLines.Line> lines = rendered.lines();
            int cursor = 0;
            for (Section section : headings(rendered.document().sections(), new ArrayList<>())) {
                // An attachment prints its label (附件) apart from its title.
                String heading = section.kind() == Section.Kind.ATTACHMENT && !section.heading().isEmpty() ? section.heading() : section.displayHeading();
                String wanted = compact(heading);
                String prefix = wanted.substring(0, Math.min(6, wanted.length()));
                int first = cursor;
                while (first < lines.size() && !compact(lines.get(first).text()).startsWith(prefix)) {
                    first++;
                }
                if (first == lines.size()) {
                    violations.add(rendered.source().getFileName() + ": heading not found: " + heading);
                    continue;
                }
                int last = first;
                StringBuilder printed = new StringBuilder(compact(lines.get(first).text()));
                while (printed.length() < wanted.length() && last + 1 < lines.size()) {
                    last++;
                    printed.append(compact(lines.get(last).text()));
                }
                headings++;
                cursor = last + 1;
                String where = rendered.source().getFileName() + " p." + lines.get(last).page() + ": " + heading;
                boolean endsPage = last + 1 < lines.size() && lines.get(last + 1).page() != lines.get(last).page();
                if (endsPage) {
                    violations.add(where + " ends the page");
                }
                if (last > first && lines.get(last).characters() <= 1) {
                    violations.add(where + " leaves “" + lines.get(last).text() + "” alone on its last line");
                }
            }
        }
        assertThat(headings).isGreaterThan(500);
        assertThat(violations).isEmpty();
    }

    private static List<Section> headings(List<Section> sections, List<Section> out) {
        for (Section section : sections) {
            out.add(section);
            headings(section.sections(), out);
        }
        return out;
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
