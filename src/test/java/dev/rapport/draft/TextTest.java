package dev.rapport.draft;

import dev.rapport.text.Words;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void containsWholeWordsOnlyWhateverTheCase() {
        assertThat(Words.containsWord("We never used SAP here", "sap")).isTrue();
        assertThat(Words.containsWord("a sapling grew", "sap")).isFalse();
        assertThat(Words.containsWord("saps", "sap")).isFalse();
        assertThat(Words.containsWord("the ISMB 2025 poster", "ismb 2025")).isTrue();
        assertThat(Words.containsWord("ISMB2025", "ismb")).isFalse();
        assertThat(Words.containsWord("at São Paulo.", "são paulo")).isTrue();
        assertThat(Words.containsWord("anything", "  ")).isFalse();
        // the second occurrence counts when the first is inside a word
        assertThat(Words.containsWord("sapling and sap", "sap")).isTrue();
    }
}
