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

    @Test
    void aHyphenatedSurnameIsOnePartOfTheName() {
        // the tokenizer gives "Mensah", "-", "Bonsu", or "Solberg", "-Haugen": third-person bios gave "no name found"
        assertThat(BioName.of("Kofi Mensah-Bonsu is a sound designer and audio engineer based in Accra, Ghana."))
                .isEqualTo("Kofi Mensah-Bonsu");
        assertThat(BioName.of("Dr. Ingrid Solberg-Haugen leads the materials testing laboratory at Nordvik Composites in Trondheim."))
                .isEqualTo("Ingrid Solberg-Haugen");
        // hand session: the second half tagged a common noun
        assertThat(BioName.of("Dana Okonkwo-Reyes is Director of Data Science at Tidewater Logistics in Louisville."))
                .isEqualTo("Dana Okonkwo-Reyes");
    }

    @Test
    void aSpotlightPageIntroducesItsSubjectAfterSettingTheScene() {
        // a new user's session: an interview page ("… Meet David Speedy, who has …") gave "no name found"
        String page = "Spotlight On Talent: The Importance of Finance Leadership\n\nLet's face it, if you want to get anything done in your"
                + " organization, you have to be on good terms with the finance executive. Meet Dana Whitlock, who has run plant finance"
                + " for two manufacturing sites. We caught up with her for an interview.";
        assertThat(BioName.of(page)).isEqualTo("Dana Whitlock");
        // a meeting is no introduction, and a sentence far into the page is not its subject's
        assertThat(BioName.of("Our board had a busy year. Meeting Dana Whitlock, the new chair, was one highlight.")).isEmpty();
        assertThat(BioName.of("We run plant finance. It is hard. Costs rise. Plants close. Budgets shrink. Teams change. People leave. Then"
                + " more. Meet Dana Whitlock, who wrote about it.")).isEmpty();
    }

    @Test
    void aSurnamesLowerCaseParticlesArePartOfTheName() {
        // a hand session: "Dr. Joost van der Berg is an infectious diseases physician …" gave "no name found"
        assertThat(BioName.of("Dr. Joost van der Berg is an infectious diseases physician at the Radboud university medical center."))
                .isEqualTo("Joost van der Berg");
        assertThat(BioName.of("Maria da Silva Santos leads the cold chain team at Porto Frio.")).isEqualTo("Maria da Silva Santos");
        assertThat(BioName.of("The team of de facto leaders met.")).isEmpty();
    }

    @Test
    void aHeadingBeforeTheBioIsSkippedButANameIsNoHeading() {
        assertThat(BioName.of("About the author\nMariana \"Mari\" Quispe has worked as a freelance illustrator in Lima since 2015."))
                .isEqualTo("Mariana Quispe");
        assertThat(BioName.of("About the author\nThe studio has worked in Lima since 2015.")).isEmpty();
    }

    @Test
    void aFirstNameTheTaggerCallsACommonNounStillStartsTheName() {
        // a hand session: "Thabo/NOUN Nkosi-/PROPN Mahlangu/PROPN is …" gave "no name found"
        assertThat(BioName.of("Thabo Nkosi-Mahlangu is a transport planner at Limpopo Fresh Exports in Polokwane."))
                .isEqualTo("Thabo Nkosi-Mahlangu");
        assertThat(BioName.of("Senior Engineer at Limpopo Fresh Exports, based in Polokwane.")).isEmpty();
    }

    @Test
    void aFirstNameAloneIsTheNameOnlyWhenTheBioGoesOnAboutHerOrHim() {
        // a hand session: "Maria is a nurse at St James's Hospital …" gave "no name found"
        assertThat(BioName.of("Maria is a nurse at St James's Hospital in Dublin. She volunteers with the Simon Community."))
                .isEqualTo("Maria");
        assertThat(BioName.of("Dublin is a city of volunteers. The Simon Community runs a shelter there.")).isEmpty();
        assertThat(BioName.of("Dr. Okafor is a marine biologist. She dives.")).as("a title and a surname: not a first name").isEmpty();
    }
}
