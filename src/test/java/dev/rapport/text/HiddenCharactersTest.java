package dev.rapport.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HiddenCharactersTest {
    @Test
    void zeroWidthCharactersAreRemovedButEmojiStayWhole() {
        assertThat(Sanitizer.clean("Pri\u200Bya Ra\u200Cman\u2060\uFEFF")).isEqualTo("Priya Raman");
        assertThat(Sanitizer.clean("Ana\u200D Lee")).isEqualTo("Ana Lee");
        String coder = "\uD83D\uDC69\u200D\uD83D\uDCBB";
        assertThat(Sanitizer.clean("dev " + coder)).isEqualTo("dev " + coder);
    }
}
