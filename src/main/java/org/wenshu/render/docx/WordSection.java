package org.wenshu.render.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code w:sectPr}: footer references, page size (portrait), margins, numbering from 1, and the
 * document grid of lines and characters. All lengths in twips.
 */
final class WordSection {
    private final List<String[]> footers = new ArrayList<>();
    private final long width;
    private final long height;
    private final long[] margins;
    private final long linePitch;
    private final long charSpace;
    private boolean restartNumbering;

    /** {@code margins}: top, bottom, left, right, footer, header, gutter. */
    WordSection(long width, long height, long[] margins, long linePitch, long charSpace) {
        this.width = width;
        this.height = height;
        this.margins = margins.clone();
        this.linePitch = linePitch;
        this.charSpace = charSpace;
    }

    WordSection copy() {
        WordSection copy = new WordSection(width, height, margins, linePitch, charSpace);
        copy.footers.addAll(footers);
        copy.restartNumbering = restartNumbering;
        return copy;
    }

    /** A footer for {@code type} ("default": odd pages, "even") in the relationship {@code relationId}. */
    void footer(String type, String relationId) {
        footers.add(new String[] {type, relationId});
    }

    void clearFooters() {
        footers.clear();
    }

    void restartNumbering() {
        restartNumbering = true;
    }

    void write(WordXml xml) {
        xml.open("w:sectPr").end();
        for (String[] footer : footers) {
            xml.open("w:footerReference").attr("w:type", footer[0]).attr("r:id", footer[1]).close();
        }
        xml.open("w:pgSz").attr("w:w", width).attr("w:h", height).attr("w:orient", "portrait").close();
        xml.open("w:pgMar").attr("w:top", margins[0]).attr("w:bottom", margins[1]).attr("w:left", margins[2])
                .attr("w:right", margins[3]).attr("w:footer", margins[4]).attr("w:header", margins[5])
                .attr("w:gutter", margins[6]).close();
        if (restartNumbering) {
            xml.open("w:pgNumType").attr("w:start", 1).close();
        }
        xml.open("w:docGrid").attr("w:type", "lines").attr("w:linePitch", linePitch).attr("w:charSpace", charSpace).close();
        xml.endTag("w:sectPr");
    }
}
