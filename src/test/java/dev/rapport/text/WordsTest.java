package dev.rapport.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void capitalisesTheFirstCodePointOnly() {
        assertThat(Words.capitalise("élan vital")).isEqualTo("Élan vital");
        assertThat(Words.capitalise("𝒶bc")).isEqualTo("𝒶bc");
        assertThat(Words.capitalise("")).isEmpty();
    }

    @Test
    void distanceCountsEdits() {
        assertThat(Words.distance("chek", "check")).isEqualTo(1);
        assertThat(Words.distance("lead-gen", "lead-gen")).isZero();
        assertThat(Words.distance("pitch", "link")).isEqualTo(4);
    }

    @Test
    void foldsCaseAndAccentsTheSameWayForAsciiAndForOtherScripts() {
        assertThat(Words.fold("Paweł")).isEqualTo(Words.fold("PAWEL")).isEqualTo("pawel");
        assertThat(Words.fold("Ørsted")).isEqualTo("orsted");
        assertThat(Words.fold("Straße")).isEqualTo("strasse");
        assertThat(Words.fold("São Paulo")).isEqualTo("sao paulo");
        assertThat(Words.fold("Kōwhai")).isEqualTo("kowhai");
        assertThat(Words.fold(null)).isEmpty();
    }
}
