package org.wenshu.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wenshu.model.SourceLine;

/**
 * Joins the lines a PDF broke at the page width back into paragraphs. A line ends its paragraph
 * when it stops short of the right margin, ends with 。！？ (or such a stop and a closing quote),
 * or the next line is indented, set in another size or further down than the line spacing. Each
 * page is measured on its own lines (text block edges, type size, the line pitch it uses most), so
 * a page set on a wide fixed line pitch joins like any other. Lines continue across page breaks. Paragraphs are numbered 1, 2, 3… in reading order.
 */
final class PdfParagraphs {
    /** Punctuation that may not open a line, so it travels with the character before it. */
    private static final String CLOSING = "。，、；：！？”’）》」』…";
    private static final String OPENING = "“‘（《「『【〔";

    /** A page with fewer lines than this is measured with the whole document's measure. */
    private static final int MIN_LINES_MEASURED = 6;

    /**
     * What a page's own lines say about its text block: the type size (as the width of a full-width
     * character), the left and right edges of the text block, and the line pitch the page uses most.
     */
    private record Measure(float charWidth, float left, float right, float pitch) {
        static Measure of(List<PdfLine> lines, Measure fallback) {
            if (lines.size() < MIN_LINES_MEASURED && fallback != null) {
                return fallback;
            }
            float charWidth = median(lines.stream().map(PdfLine::size).toList());
            float pitch = usualPitch(lines, charWidth);
            return new Measure(charWidth, leftEdge(lines.stream().map(PdfLine::left).toList()),
                    percentile(lines.stream().map(PdfLine::right).toList(), 0.9f),
                    pitch > 0 || fallback == null ? pitch : fallback.pitch());
        }

        /**
         * The most common distance between consecutive baselines of lines in the body size, to the
         * half point; 0 when the lines give none. Word's fixed line spacing can set 14 pt text on a
         * 31 pt pitch: the page's own pitch, not a ratio to the type size, says where a gap is wider.
         */
        private static float usualPitch(List<PdfLine> lines, float charWidth) {
            Map<Integer, Integer> counts = new TreeMap<>();
            for (int i = 1; i < lines.size(); i++) {
                PdfLine above = lines.get(i - 1);
                PdfLine line = lines.get(i);
                float gap = line.baseline() - above.baseline();
                if (line.page() == above.page() && gap > 0.5f * charWidth
                        && Math.abs(line.size() - charWidth) <= 0.2f * charWidth && Math.abs(above.size() - charWidth) <= 0.2f * charWidth) {
                    counts.merge(Math.round(gap * 2), 1, Integer::sum);
                }
            }
            return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .map(e -> e.getKey() / 2f).orElse(0f);
        }

        /** A gap wider than the usual pitch by more than half a line of type: space between paragraphs. */
        boolean isWideGap(PdfLine line, PdfLine next) {
            float gap = next.baseline() - line.baseline();
            float usual = pitch > 0 ? pitch : 1.5f * Math.max(line.size(), 1);
            return gap > usual + 0.5f * Math.max(line.size(), 1);
        }
    }

    List<SourceLine> join(List<List<PdfLine>> pages) {
        List<PdfLine> lines = pages.stream().flatMap(List::stream).toList();
        List<SourceLine> paragraphs = new ArrayList<>();
        if (lines.isEmpty()) {
            return paragraphs;
        }
        Measure whole = Measure.of(lines, null);
        Map<Integer, Measure> measures = new java.util.HashMap<>();
        for (List<PdfLine> page : pages) {
            if (!page.isEmpty()) {
                measures.put(page.get(0).page(), Measure.of(page, whole));
            }
        }
        long indented = lines.stream().filter(l -> {
            Measure m = measures.getOrDefault(l.page(), whole);
            return l.left() > m.left() + 1.5f * m.charWidth() && l.left() < m.left() + 2.5f * m.charWidth();
        }).count();
        // where paragraphs open with an indent, that indent is the surer sign: a full line ending
        // in 。 before an unindented line is a sentence that happened to end at the margin
        boolean indents = indented * 10 >= lines.size();
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            append(paragraph, line.text());
            PdfLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (next == null || endsParagraph(line, next, measures.getOrDefault(line.page(), whole),
                    measures.getOrDefault(next.page(), whole), indents)) {
                paragraphs.add(new SourceLine(paragraph.toString(), paragraphs.size() + 1));
                paragraph.setLength(0);
            }
        }
        return paragraphs;
    }

    /**
     * Whether {@code line} ends its paragraph, measured on its own page ({@code own}) and, for the
     * next line's indent, on the next line's page ({@code nexts}).
     */
    private static boolean endsParagraph(PdfLine line, PdfLine next, Measure own, Measure nexts, boolean indents) {
        String text = line.text();
        String last = text.replaceAll("[”’」』）)\\s]+$", "");
        if (!indents && !last.isEmpty() && "。！？!?".indexOf(last.charAt(last.length() - 1)) >= 0) {
            return true;
        }
        float charWidth = own.charWidth();
        float room = own.right() - line.right();
        if (room > 1.5f * charWidth && !firstChunkDidNotFit(next.text(), room, charWidth)) {
            return true; // stops short of the margin
        }
        boolean centred = isCentred(line, own.left(), own.right(), charWidth)
                && isCentred(next, nexts.left(), nexts.right(), nexts.charWidth());
        float nextLeft = nexts.left();
        if (!centred && (next.left() > nextLeft + 0.8f * nexts.charWidth() || next.left() < nextLeft - 0.8f * nexts.charWidth())) {
            return true; // an indented first line, or a line outside the text block
        }
        if (Math.abs(next.size() - line.size()) > 0.2f * charWidth) {
            return true;
        }
        return next.page() == line.page() && own.isWideGap(line, next);
    }

    /**
     * A line can stop short because what opens the next one did not fit: a number or word
     * ("25.5%。"), or a character tied to punctuation that may not open or end a line ("伐，", "“盟").
     */
    private static boolean firstChunkDidNotFit(String next, float room, float charWidth) {
        int latin = 0;
        while (latin < next.length() && next.charAt(latin) < 0x2000 && next.charAt(latin) != ' ') {
            latin++;
        }
        int opening = 0;
        while (latin == 0 && opening < next.length() - 1 && OPENING.indexOf(next.charAt(opening)) >= 0) {
            opening++; // an opening mark may not end a line: it travels with the character after it
        }
        int end = latin > 0 ? latin : Math.min(opening + 1, next.length());
        int stops = end;
        while (stops < next.length() && CLOSING.indexOf(next.charAt(stops)) >= 0) {
            stops++;
        }
        float width = latin > 0 ? latin * 0.6f + (stops - end) + 1.2f : stops + 0.5f;
        return room < width * charWidth;
    }

    /** Set in the middle of the text block, not flush left: a centred title or subtitle line. */
    private static boolean isCentred(PdfLine line, float leftMargin, float rightMargin, float charWidth) {
        float left = line.left() - leftMargin;
        float right = rightMargin - line.right();
        return left > 0.2f * charWidth && Math.abs(left - right) < charWidth;
    }

    /** Words of Latin script keep a space where the line broke; CJK text joins directly. */
    private static void append(StringBuilder paragraph, String text) {
        if (paragraph.length() > 0 && isLatin(paragraph.charAt(paragraph.length() - 1)) && isLatin(text.charAt(0))) {
            paragraph.append(' ');
        }
        paragraph.append(withoutCjkSpaces(text));
    }

    /** Extraction inserts spaces where CJK text is spread out; they are not in the text. */
    private static String withoutCjkSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < text.length() && joinsAcrossSpace(text.charAt(i - 1), text.charAt(i + 1))) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * CJK next to CJK, or next to a Latin letter or digit: Word and LibreOffice widen the gap
     * between Chinese and Latin text ("2026 年"), and extraction takes the gap for a space.
     */
    private static boolean joinsAcrossSpace(char before, char after) {
        return isCjk(before) && (isCjk(after) || isLatin(after)) || isLatin(before) && isCjk(after);
    }

    private static boolean isCjk(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…';
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static float median(List<Float> values) {
        return percentile(values, 0.5f);
    }

    private static float percentile(List<Float> values, float p) {
        float[] sorted = new float[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
    }

    /**
     * The left edge of body text: the leftmost position, to the nearest point, where a fair share of
     * lines start (indented first lines can outnumber the others in short paragraphs).
     */
    private static float leftEdge(List<Float> values) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (float v : values) {
            counts.merge(Math.round(v), 1, Integer::sum);
        }
        int needed = Math.max(2, values.size() / 20);
        for (Map.Entry<Integer, Integer> count : counts.entrySet()) {
            if (count.getValue() >= needed) {
                return count.getKey();
            }
        }
        return counts.keySet().iterator().next();
    }
}
