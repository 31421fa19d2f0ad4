package org.wenshu.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Quote;

/**
 * Removes what a printed page repeats outside the text: page numbers ("— 3 —", "第3页", "3",
 * "3/12") at the top or bottom of a page, and running headers and footers (the same line, digits
 * aside, at the top or bottom of at least half of the pages). Each kind removed is reported once
 * as a {@code furniture-removed} diagnostic.
 */
final class PdfPageFurniture {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^([-—–－―─]*\\d{1,4}[-—–－―─]*|第\\d{1,4}页(,?共\\d{1,4}页)?|\\d{1,4}/\\d{1,4}|(?i)page\\d{1,4}(of\\d{1,4})?)$");
    /** How many lines at each end of a page are searched for page numbers and running lines. */
    private static final int EDGE = 2;

    record Result(List<List<PdfLine>> pages, List<Diagnostic> diagnostics) {}

    Result remove(List<List<PdfLine>> pages) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<PdfLine> page : pages) {
            for (PdfLine line : edges(page)) {
                edgeCounts.merge(shape(line.text()), 1, Integer::sum);
            }
        }
        int pagesWithText = (int) pages.stream().filter(p -> !p.isEmpty()).count();
        int pageNumbers = 0;
        String pageNumberExample = null;
        Map<String, Integer> running = new LinkedHashMap<>();
        List<List<PdfLine>> kept = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            List<PdfLine> edges = edges(page);
            List<PdfLine> out = new ArrayList<>();
            for (PdfLine line : page) {
                boolean edge = edges.contains(line);
                String compact = halfWidthDigits(line.text().replaceAll("\\s+", ""));
                if (edge && PAGE_NUMBER.matcher(compact).matches()) {
                    pageNumbers++;
                    pageNumberExample = pageNumberExample == null ? line.text() : pageNumberExample;
                } else if (edge && pagesWithText >= 2 && edgeCounts.get(shape(line.text())) * 2 >= pagesWithText
                        && edgeCounts.get(shape(line.text())) >= 2) {
                    running.merge(line.text(), 1, Integer::sum);
                } else {
                    out.add(line);
                }
            }
            kept.add(out);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (pageNumbers > 0) {
            diagnostics.add(Diagnostic.info("furniture-removed", 0,
                    "pdfPageNumbers", pageNumbers, Quote.of(pageNumberExample)));
        }
        for (Map.Entry<String, Integer> line : running.entrySet()) {
            diagnostics.add(Diagnostic.info("furniture-removed", 0,
                    "pdfRunningHead", line.getValue(), Quote.of(line.getKey())));
        }
        return new Result(kept, diagnostics);
    }

    private static List<PdfLine> edges(List<PdfLine> page) {
        List<PdfLine> byPosition = new ArrayList<>(page);
        byPosition.sort((a, b) -> Float.compare(a.baseline(), b.baseline()));
        List<PdfLine> edges = new ArrayList<>();
        for (int i = 0; i < byPosition.size(); i++) {
            if (i < EDGE || i >= byPosition.size() - EDGE) {
                edges.add(byPosition.get(i));
            }
        }
        return edges;
    }

    /** "－３－" is "－3－": full-width digits read as digits. */
    private static String halfWidthDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return out.toString();
    }

    /** Digits aside: "第 3 页" and "第 4 页" are the same running line. */
    private static String shape(String text) {
        return halfWidthDigits(text.replaceAll("\\s+", "")).replaceAll("\\d+", "#");
    }
}
