package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link CharsIterator} answers as {@link StringCharacterIterator} does, so Java's line break iterator finds the same breaks. */
class CharsIteratorTest {
    @Property(tries = 2000)
    void sameLineBreaksAsOverTheString(@ForAll("texts") String text) {
        assertThat(breaks(new CharsIterator(text.toCharArray()))).isEqualTo(breaks(new StringCharacterIterator(text)));
    }

    @Property(tries = 500)
    void sameAnswersToEveryCall(@ForAll("texts") String text, @ForAll("calls") List<Integer> calls) {
        CharacterIterator ours = new CharsIterator(text.toCharArray());
        CharacterIterator theirs = new StringCharacterIterator(text);
        for (int call : calls) {
            switch (call % 6) {
                case 0 -> assertThat(ours.next()).isEqualTo(theirs.next());
                case 1 -> assertThat(ours.previous()).isEqualTo(theirs.previous());
                case 2 -> assertThat(ours.first()).isEqualTo(theirs.first());
                case 3 -> assertThat(ours.last()).isEqualTo(theirs.last());
                case 4 -> assertThat(ours.current()).isEqualTo(theirs.current());
                default -> {
                    int index = (call / 6) % (text.length() + 1);
                    assertThat(ours.setIndex(index)).isEqualTo(theirs.setIndex(index));
                }
            }
            assertThat(ours.getIndex()).isEqualTo(theirs.getIndex());
        }
        assertThat(((CharacterIterator) ours.clone()).getIndex()).isEqualTo(theirs.getIndex());
        assertThat(ours.getBeginIndex()).isEqualTo(theirs.getBeginIndex());
        assertThat(ours.getEndIndex()).isEqualTo(theirs.getEndIndex());
        assertThatThrownBy(() -> ours.setIndex(text.length() + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void aCharacterReadAsAnother(@ForAll("texts") String text) {
        CharacterIterator replaced = CharsIterator.of(text, HangingPunctuation.KERN, '\u200B');
        StringBuilder read = new StringBuilder();
        for (char c = replaced.first(); c != CharacterIterator.DONE; c = replaced.next()) {
            read.append(c);
        }
        assertThat(read.toString()).isEqualTo(text.replace(HangingPunctuation.KERN, '\u200B'));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab1 ./:-,;!?\t\n中文，。“”（）%/—…·" + HangingPunctuation.KERN + "\uD83D\uDE00\uD840\uDC00")
                .ofMaxLength(60);
    }

    @Provide
    Arbitrary<List<Integer>> calls() {
        return Arbitraries.integers().between(0, 600).list().ofMaxSize(40);
    }

    private static List<Integer> breaks(CharacterIterator text) {
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(text);
        List<Integer> positions = new ArrayList<>();
        for (int p = breaks.first(); p != BreakIterator.DONE; p = breaks.next()) {
            positions.add(p);
        }
        for (int p = breaks.last(); p != BreakIterator.DONE; p = breaks.previous()) {
            positions.add(p);
        }
        for (int at = 0; at <= text.getEndIndex(); at += 3) {
            positions.add(breaks.following(Math.min(at, Math.max(0, text.getEndIndex() - 1))));
        }
        return positions;
    }
}
