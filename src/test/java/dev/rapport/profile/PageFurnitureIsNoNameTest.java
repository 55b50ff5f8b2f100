package dev.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Public pages a new user pasted (7 December, midday): a podcast page's "All Episodes" and a leader's
 * title line were taken for the person's name, so rapport advised "Follow Chief Nursing Executive"
 * instead of asking for the name; a name opening with an initial was refused.
 */
class PageFurnitureIsNoNameTest {

    @Test
    void aPagesFurnitureIsNoNameSoTheNameIsAskedFor() {
        assertThatThrownBy(() -> ProfileReaders.parse("""
                All Episodes

                June 14, 2025 159 mins

                A marine scientist on cold storage for small-scale fishers and the blue economy.
                """, "pasted")).isInstanceOf(UnnamedProfileException.class);
        assertThatThrownBy(() -> ProfileReaders.parse("""
                Chief Nursing Executive, URMC; Chief Nursing Officer, Strong Memorial Hospital
                With the organization since: 1997.
                Education: doctorate in nursing practice, University of Rochester School of Nursing.
                """, "pasted")).isInstanceOf(UnnamedProfileException.class);
    }

    @Test
    void aNameWithAnInitialIsAName() {
        Profile p = ProfileReaders.parse("""
                E. Kate Valcin
                Chief Nursing Executive, URMC
                """, "pasted");
        assertThat(p.name()).isEqualTo("E. Kate Valcin");
        assertThat(p.firstName()).isEqualTo("Kate");
    }

    @Test
    void namesThatLookLikeWordsStayNames() {
        assertThat(PersonName.plausible("Wei Zhang")).isTrue();
        assertThat(PersonName.plausible("Chief Emeka Anyaoku")).isTrue();
        assertThat(PersonName.plausible("Jim Becker")).isTrue();
        assertThat(PersonName.plausible("Our Team")).isFalse();
        assertThat(PersonName.plausible("Senior Software Engineer")).isFalse();
    }
}
