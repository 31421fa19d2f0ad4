package org.wenshu.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Quote;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;

/**
 * Sentences that two units' material in a summary share word for word (punctuation width and spaces aside): a
 * summary merging them would say the same thing twice, so each repeat is reported with both places.
 */
final class SentenceRepeats {
    /** Shorter sentences (套话 such as 取得了明显成效) repeat by nature and are not worth a warning. */
    static final int MIN_LENGTH = 16;

    private record Place(String unit, Document source, int line) {}

    /** Material of one unit's source that goes into the report. */
    record Piece(String unit, Document source, List<Paragraph> paragraphs) {}

    List<Diagnostic> find(List<Piece> pieces) {
        Map<String, Place> first = new HashMap<>();
        List<Diagnostic> repeats = new ArrayList<>();
        for (Piece piece : pieces) {
            String unit = piece.unit();
            Document document = piece.source();
            for (Paragraph paragraph : piece.paragraphs()) {
                if (paragraph.isTable()) {
                    continue;
                }
                for (String sentence : paragraph.text().split("(?<=[。！？；!?;])")) {
                    String key = normalised(sentence);
                    if (key.length() < MIN_LENGTH) {
                        continue;
                    }
                    Place earlier = first.putIfAbsent(key, new Place(unit, document, paragraph.line()));
                    if (earlier != null && earlier.source() != document && !earlier.unit().equals(unit)) {
                        repeats.add(Diagnostic.warning("duplicate-sentence", paragraph.line(),
                                "duplicateSentence", Quote.of(shortened(sentence.strip())), Quote.of(earlier.unit()),
                                Quote.of(earlier.source().source()), earlier.line(), Quote.of(unit),
                                Quote.of(document.source()), paragraph.line()));
                    }
                }
            }
        }
        return repeats;
    }

    private static String normalised(String sentence) {
        StringBuilder out = new StringBuilder();
        sentence.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c >= 0xFF10 && c <= 0xFF5A ? c - 0xFEE0 : c);
            }
        });
        return out.toString();
    }

    private static String shortened(String sentence) {
        return sentence.length() <= 40 ? sentence : sentence.substring(0, 38) + "……";
    }
}
