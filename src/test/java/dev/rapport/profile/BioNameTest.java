package dev.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bio's subject without the title before the name, every title coming from the one gazetteer. */
class BioNameTest {
    @Test
    void titlesOfTheGazetteerAreSkipped() {
        assertThat(BioName.of("Dr. Amelia Okafor is a marine biologist based in Lisbon.")).isEqualTo("Amelia Okafor");
        assertThat(BioName.of("Professor Amelia Okafor is a marine biologist based in Lisbon.")).isEqualTo("Amelia Okafor");
        assertThat(BioName.of("Doctor Amelia Okafor is a marine biologist based in Lisbon.")).isEqualTo("Amelia Okafor");
    }

    @Test
    void aSpanishOrPortugueseTitleAndANicknameInQuotesAreNoPartOfTheName() {
        assertThat(BioName.of("Dra. Lucía Fernández is a paediatric dentist in Valencia.")).isEqualTo("Lucía Fernández");
        assertThat(BioName.of("Theodora \"Teddy\" Lindqvist is a ferry captain on the Stockholm archipelago routes."))
                .isEqualTo("Theodora Lindqvist");
    }
}
