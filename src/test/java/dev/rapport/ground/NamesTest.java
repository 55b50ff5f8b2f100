package dev.rapport.ground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void aPossessiveIsAlwaysApostropheS() {
        // a hand session: one line said "Inès' profile", the rule messages "Inès's profile"
        assertThat(Names.possessive(People.named("Inès Moreau").build())).isEqualTo("Inès's");
        assertThat(Names.possessive(People.named("Priya Raman").build())).isEqualTo("Priya's");
    }
}
