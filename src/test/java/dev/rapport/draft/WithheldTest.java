package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WithheldTest {

    @Test
    void aNameTheUserAsksNotToNameIsSaidAsAClientEverywhere() {
        // panel-10 pair 26 (development): the note named the client the recruiter had marked confidential
        String why = "Recruiting a Production Manager for Harbourlight Pictures (client, confidential till Jan so dont name them!!) - "
                + "8 ep drama. Harbourlight Pictures shoots in Wellington.";
        assertThat(Withheld.of(why)).doesNotContain("Harbourlight").contains("for a client - 8 ep drama").contains("a client shoots");
    }

    @Test
    void anAsideThatIsNotAboutNamingLeavesTheReasonAlone() {
        String why = "Recruiting for Harbourlight Pictures (client) - it's confidential how much they pay";
        assertThat(Withheld.of(why)).isEqualTo(why);
        assertThat(Withheld.of("we met at ProMat (Chicago) in March")).isEqualTo("we met at ProMat (Chicago) in March");
    }

    @Test
    void theDraftedNoteNeverCarriesTheWithheldName() {
        ReasonWords words = new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless());
        ReasonWords.Said said = new ReasonPoint(words).of("Recruiting a Production Manager for Harbourlight Pictures (client, confidential "
                + "till Jan so dont name them!!) - 8 ep drama, contract. want to connect + offer a quick chat",
                Requests.named("Chloe Martin"), Requests.named("Hannah Reid"), List.of()).orElseThrow();
        assertThat(said.fact() + said.wish() + said.detail()).doesNotContain("Harbourlight");
        // (the sentence's capital goes with the "I am" put before it)
        assertThat(said.fact()).startsWith("I am recruiting a Production Manager for a client");
    }

    @org.junit.jupiter.api.Test
    void anAlternativeAskTheUserDoubtsIsLeftOut() {
        // development pair (panel-12 15): "or maybe anonymised claim data (maybe too much to ask in first message?)" was asked
        String why = "my thesis is parametric flood cover, I want ask if 20 min interview possible, or maybe anonymised claim data "
                + "(maybe too much to ask in first message?)";
        assertThat(Withheld.withoutDoubtedAsks(why)).isEqualTo("my thesis is parametric flood cover, I want ask if 20 min interview possible");
        String sure = "I want to ask if a call is possible, or maybe a site visit (in March)";
        assertThat(Withheld.withoutDoubtedAsks(sure)).isEqualTo(sure);
    }
}
