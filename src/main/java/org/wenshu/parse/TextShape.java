package org.wenshu.parse;

/** Small facts about the shape of a line of Chinese text that several parse steps share. */
final class TextShape {
    /** Punctuation that ends a sentence or clause: a line ending in one is running text. */
    static final String CLOSING = "。！？；：，、…!?;:,";

    private TextShape() {}

    static char last(String text) {
        return text.isEmpty() ? 0 : text.charAt(text.length() - 1);
    }

    /** Ends with sentence or clause punctuation. */
    static boolean endsLikeSentence(String text) {
        return !text.isEmpty() && CLOSING.indexOf(last(text)) >= 0;
    }

    /** Short and open-ended, as a title or heading is. */
    static boolean isTitleLike(String text, int maxLength) {
        return !text.isEmpty() && text.length() <= maxLength && !endsLikeSentence(text);
    }

    /** Drops every trailing full stop, colon and semicolon: unnumbered headings are shown without them. */
    static String stripStop(String text) {
        String stripped = text;
        while (!stripped.isEmpty() && "。.：:；;".indexOf(last(stripped)) >= 0) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped.strip();
    }

    /** A heading shown on its own line loses a closing full stop; other punctuation is kept. */
    static String stripFullStop(String text) {
        return text.endsWith("。") || text.endsWith(".") ? text.substring(0, text.length() - 1).strip() : text.strip();
    }

    /** The first index of any of {@code chars} in {@code text} at or after {@code from}, or -1. */
    static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
