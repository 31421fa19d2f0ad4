package org.wenshu.render.pdf;

import java.text.CharacterIterator;

/**
 * A {@link CharacterIterator} over a {@code char[]}, as {@link java.text.StringCharacterIterator}
 * iterates a String: Java's line break iterator reads every character through it, and
 * {@code String.charAt} checks the string's coding and the index again on each call, which the
 * compiler of a cold start keeps (a tenth of the break iterator's samples). Same answers, so the
 * same break positions.
 */
final class CharsIterator implements CharacterIterator {
    private final char[] text;
    private int position;

    CharsIterator(char[] text) {
        this.text = text;
    }

    /** {@code text} with each {@code from} read as {@code to}. */
    static CharsIterator of(String text, char from, char to) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == from) {
                chars[i] = to;
            }
        }
        return new CharsIterator(chars);
    }

    @Override
    public char first() {
        position = 0;
        return current();
    }

    @Override
    public char last() {
        position = text.length > 0 ? text.length - 1 : 0;
        return current();
    }

    @Override
    public char current() {
        return position >= 0 && position < text.length ? text[position] : DONE;
    }

    @Override
    public char next() {
        if (position < text.length - 1) {
            return text[++position];
        }
        position = text.length;
        return DONE;
    }

    @Override
    public char previous() {
        if (position > 0) {
            return text[--position];
        }
        return DONE;
    }

    @Override
    public char setIndex(int position) {
        if (position < 0 || position > text.length) {
            throw new IllegalArgumentException("Invalid index");
        }
        this.position = position;
        return current();
    }

    @Override
    public int getBeginIndex() {
        return 0;
    }

    @Override
    public int getEndIndex() {
        return text.length;
    }

    @Override
    public int getIndex() {
        return position;
    }

    @Override
    public Object clone() {
        CharsIterator copy = new CharsIterator(text);
        copy.position = position;
        return copy;
    }
}
