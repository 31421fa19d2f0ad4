package org.wenshu.render;

import java.util.List;
import java.util.Optional;

/**
 * Compares the text read back from an output with what the template should print of the model
 * ({@link ShownText}): as sequences of letters, digits and ideographs (punctuation, spaces and line
 * breaks are layout), piece by piece and in order, so a lost, repeated or moved line fails at the
 * first piece it touches. Template-added pieces must be there exactly as well; a table-of-contents
 * page number is any run of one to four digits.
 */
final class OutputConservation {

    /** The first difference, described for a test failure, or empty when the texts agree. */
    static Optional<String> compare(List<ShownText.Piece> pieces, String rendered) {
        String actual = letters(rendered);
        int at = 0;
        for (int i = 0; i < pieces.size(); i++) {
            ShownText.Piece piece = pieces.get(i);
            if (piece.pageNumber()) {
                String next = nextLiteral(pieces, i + 1);
                int digits = 0;
                while (digits < 4 && at + digits < actual.length() && isAsciiDigit(actual.charAt(at + digits))) {
                    digits++;
                }
                int taken = next.isEmpty() && digits > 0 ? digits : -1;
                for (int n = 1; n <= digits && taken < 0; n++) {
                    if (actual.startsWith(next, at + n)) {
                        taken = n;
                    }
                }
                if (taken < 0) {
                    return Optional.of(difference("页码 " + piece.origin(), "（页码）" + next, actual, at));
                }
                at += taken;
                continue;
            }
            String expected = letters(piece.text());
            if (!actual.startsWith(expected, at)) {
                return Optional.of(difference((piece.furniture() ? "模板文字 " : "") + piece.origin(), expected, actual, at));
            }
            at += expected.length();
        }
        if (at < actual.length()) {
            return Optional.of("输出在模型文字之后还有文字（重复或多出）：第 " + at + " 个字起「"
                    + excerpt(actual, at, 60) + "」");
        }
        return Optional.empty();
    }

    /** Letters, digits and ideographs of {@code text}, in order; everything else left out. */
    static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(OutputConservation::counts).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean counts(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || Character.isIdeographic(cp)
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String nextLiteral(List<ShownText.Piece> pieces, int from) {
        for (int i = from; i < pieces.size(); i++) {
            if (!pieces.get(i).pageNumber()) {
                String text = letters(pieces.get(i).text());
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static String difference(String origin, String expected, String actual, int at) {
        return "输出与模型文字在第 " + at + " 个字处不同（" + origin + "）：\n  应为「" + excerpt(expected, 0, 60)
                + "」\n  实为「" + excerpt(actual, at, 60) + "」\n  此前「" + actual.substring(Math.max(0, at - 30), at) + "」";
    }

    private static String excerpt(String text, int from, int length) {
        return text.substring(Math.min(from, text.length()), Math.min(text.length(), from + length));
    }

    private OutputConservation() {
    }
}
