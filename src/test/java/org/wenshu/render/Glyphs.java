package org.wenshu.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The glyphs of the first page in reading order (by baseline, then left to right). */
record Glyphs(String text, List<TextPosition> positions) {
    record Word(double left, double right, double baseline) {}

    static Glyphs of(PDDocument pdf) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (!text.getUnicode().isBlank()) {
                    all.add(text);
                }
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(pdf);
        all.sort((a, b) -> Math.round(a.getYDirAdj()) != Math.round(b.getYDirAdj())
                ? Float.compare(a.getYDirAdj(), b.getYDirAdj()) : Float.compare(a.getXDirAdj(), b.getXDirAdj()));
        StringBuilder text = new StringBuilder();
        all.forEach(p -> text.append(p.getUnicode()));
        return new Glyphs(text.toString(), all);
    }

    int count(String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }

    /** A word printed on one line (its glyphs adjacent in reading order). */
    Word find(String word) {
        int at = text.indexOf(word);
        assertThat(at).as(word).isNotNegative();
        TextPosition first = positions.get(at);
        TextPosition last = positions.get(at + word.length() - 1);
        return new Word(first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj());
    }
}
