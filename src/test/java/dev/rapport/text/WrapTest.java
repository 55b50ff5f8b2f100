package dev.rapport.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WrapTest {
    @Test
    void breaksBetweenWordsWithAHangingIndent() {
        String wrapped = Wrap.wrap("Hi Tanya, I enjoyed meeting you at DevOpsDays Denver.", 24, "  1. ", "     ");
        assertThat(wrapped).isEqualTo("  1. Hi Tanya, I enjoyed\n     meeting you at\n     DevOpsDays Denver.");
    }

    @Test
    void zeroWidthOnlyIndents() {
        assertThat(Wrap.wrap("one\ntwo", 0, "> ", "  ")).isEqualTo("> one\n  two");
    }

    @Test
    void aWordLongerThanTheLineStandsAlone() {
        assertThat(Wrap.wrap("a supercalifragilistic b", 10, "", "")).isEqualTo("a\nsupercalifragilistic\nb");
    }

    @Property
    void keepsEveryWordInOrderAndNoLineOverflowsUnlessOneWordDoes(
            @ForAll @StringLength(max = 200) String text, @ForAll @IntRange(min = 8, max = 80) int width) {
        String clean = text.replaceAll("\\s+", " ").strip();
        String wrapped = Wrap.wrap(clean, width, "", "");
        assertThat(wrapped.replace('\n', ' ')).isEqualTo(clean.replaceAll(" +", " "));
        wrapped.lines().filter(l -> l.contains(" "))
                .forEach(l -> assertThat(Sanitizer.length(l)).isLessThanOrEqualTo(width));
    }
}
