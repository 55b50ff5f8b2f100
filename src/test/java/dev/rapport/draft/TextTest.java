package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void containsWholeWordsOnlyWhateverTheCase() {
        assertThat(Text.containsWord("We never used SAP here", "sap")).isTrue();
        assertThat(Text.containsWord("a sapling grew", "sap")).isFalse();
        assertThat(Text.containsWord("saps", "sap")).isFalse();
        assertThat(Text.containsWord("the ISMB 2025 poster", "ismb 2025")).isTrue();
        assertThat(Text.containsWord("ISMB2025", "ismb")).isFalse();
        assertThat(Text.containsWord("at São Paulo.", "são paulo")).isTrue();
        assertThat(Text.containsWord("anything", "  ")).isFalse();
        // the second occurrence counts when the first is inside a word
        assertThat(Text.containsWord("sapling and sap", "sap")).isTrue();
    }
}
