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

    @Test
    void theVenueTheUserKeepsBackIsLeftOut() {
        // panel-11 14 (a development pair): the note said "… on 23 Jan at the BMICH" though the user wrote "not say the venue"
        assertThat(Withheld.withoutWhatIsNotToBeSaid("We are planning the career evening on 23 Jan at the BMICH (hall booking "
                + "not confirmed yet so not say the venue). want to invite her to speak"))
                .doesNotContain("at the BMICH").contains("career evening on 23 Jan (hall booking");
    }

    @Test
    void anotherThingTheUserKeepsBackIsLeftToTheNotesOwnReading() {
        // taking out every clause that named it took a held-aside note's whole story with it: only a place is taken out
        String reason = "we met at the expo, the funding came through last week, want to talk pilots. dont say anything about funding";
        assertThat(Withheld.withoutWhatIsNotToBeSaid(reason)).isEqualTo(reason);
        // a direction told of the past is no direction to the tool
        String told = "We could not say the venue at the Hilton was bad";
        assertThat(Withheld.withoutWhatIsNotToBeSaid(told)).isEqualTo(told);
    }

    @Test
    void aDirectionThatPointsAtItsOwnAsideChangesNothing() {
        String reason = "I'm also applying to wabash summer internships but maybe don't mention that yet";
        assertThat(Withheld.withoutWhatIsNotToBeSaid(reason)).isEqualTo(reason);
        assertThat(Withheld.withoutWhatIsNotToBeSaid("we met at DevOpsDays")).isEqualTo("we met at DevOpsDays");
    }

    @Test
    void leaveToNameTheReferrerIsNotSaidToTheRecipient() {
        // r161: "said to write to you and use his name" repeated the sender's private instruction
        assertThat(Withheld.withoutWhatIsNotToBeSaid("Yusuf told me Hessa is looking for photos and said write to her and use "
                + "his name. I have the series")).isEqualTo("Yusuf told me Hessa is looking for photos and said write to her. I have the series");
        assertThat(Withheld.withoutWhatIsNotToBeSaid("he said she expect my message and I can say his name.")).isEqualTo(
                "he said she expect my message.");
    }
}
