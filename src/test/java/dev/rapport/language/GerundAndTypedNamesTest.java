package dev.rapport.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The -ing form for thanks said for a deed, and the pair's names typed in lower case. */
class GerundAndTypedNamesTest {

    @Test
    void regularIrregularAndYEndingPastsTakeTheirIngForm() {
        assertThat(Gerund.of("trialled")).isEqualTo("trialling");
        assertThat(Gerund.of("organised")).isEqualTo("organising");
        assertThat(Gerund.of("studied")).isEqualTo("studying");
        assertThat(Gerund.of("gave")).isEqualTo("giving");
        assertThat(Gerund.of("agreed")).isEqualTo("agreeing");
        assertThat(Gerund.of("red")).isEmpty();
        assertThat(Gerund.of("wrong")).isEmpty();
    }

    @Test
    void theirNamesTypedInLowerCaseAreSpelledAsNamesButEverydayWordsAreNot() {
        List<String> names = List.of("Margareta Lindqvist", "Rūta Grace");
        assertThat(TypedNames.capitalised("lindqvist supervised my thesis, grace was there", names))
                .isEqualTo("Lindqvist supervised my thesis, grace was there");
        assertThat(TypedNames.capitalised("met margareta at the fair", names)).isEqualTo("met Margareta at the fair");
        assertThat(TypedNames.capitalised("LINDQVIST said", names)).isEqualTo("LINDQVIST said");
    }

    @Test
    void acronymsAndCoinedNamesFromTheProfilesAreSpelledAsTheProfilesWriteThem() {
        List<String> profiles = List.of("Speaking: ECCMID 2026 in Vienna, KubeCon EU.\nNEW: our SAP report", "We moved off sap last year");
        assertThat(TypedNames.spelledAsProfiles("we spoke at eccmid and kubecon", profiles))
                .isEqualTo("we spoke at ECCMID and KubeCon");
        assertThat(TypedNames.spelledAsProfiles("a new report on sap", profiles))
                .as("'NEW' is a headline shouting; 'sap' is also written in lower case").isEqualTo("a new report on sap");
        assertThat(TypedNames.spelledAsProfiles("SREcon and pydata", List.of("ALL CAPS LINE PYDATA"))).isEqualTo("SREcon and pydata");
        // development pair (panel-12 11): her post's "… is BEFORE you book the inspection" made the user's question shout "BEFORE"
        assertThat(TypedNames.spelledAsProfiles("does the branch need its own pharmacist before we book inspection",
                List.of("Sort out who your superintendent pharmacist is BEFORE you book the inspection.")))
                .isEqualTo("does the branch need its own pharmacist before we book inspection");
    }

    @org.junit.jupiter.api.Test
    void aPlaceOfWorkTypedInLowerCaseIsItsName() {
        // a new user's "met mel at the ACP week celebration at lincoln county hospital" kept it lower case in the note
        org.assertj.core.api.Assertions.assertThat(TypedNames.institutionsNamed("met mel at lincoln county hospital on tuesday"))
                .isEqualTo("met mel at Lincoln County Hospital on tuesday");
        org.assertj.core.api.Assertions.assertThat(TypedNames.institutionsNamed("she works at a local hospital in town"))
                .isEqualTo("she works at a local hospital in town");
        // ("university of nairobi": the institution word first is left to the profiles' own spelling)
        org.assertj.core.api.Assertions.assertThat(TypedNames.institutionsNamed("I studied at university of nairobi"))
                .isEqualTo("I studied at university of nairobi");
    }

    @org.junit.jupiter.api.Test
    void aTitledNameAndAnEverydayWordNameAreSpelledAsThePagesSpellThem() {
        // a second new user's "saw he won share farmer of the year" and "worked under will on the hinds farm"
        org.assertj.core.api.Assertions.assertThat(TypedNames.phrasesAsProfiles("saw he won share farmer of the year, want to say congrats",
                java.util.List.of("The 2022 Share Farmer of the Year winner is humbled."))).isEqualTo("saw he won Share Farmer of the Year, want to say congrats");
        org.assertj.core.api.Assertions.assertThat(TypedNames.capitalised("worked under will on the farm, he will say yes",
                java.util.List.of("Will Green"))).isEqualTo("worked under Will on the farm, he will say yes");
    }

    @Test
    void aNameThePageWritesWithOnOrItsOpeningWordsIsWrittenAsThePageDoes() {
        // a new user's notes kept "your council on port performance" and "at fort peck" in lower case
        List<String> page = List.of("She coordinates the Port's Council on Port Performance. She works on the Fort Peck Reservation.");
        assertThat(TypedNames.phrasesAsProfiles("we talked about her council on port performance", page))
                .isEqualTo("we talked about her Council on Port Performance");
        assertThat(TypedNames.phrasesAsProfiles("ask what her first winter at fort peck was like", page))
                .isEqualTo("ask what her first winter at Fort Peck was like");
        // a single word of a name is not enough ("port" stays a port)
        assertThat(TypedNames.phrasesAsProfiles("the port was busy", page)).isEqualTo("the port was busy");
    }
}
