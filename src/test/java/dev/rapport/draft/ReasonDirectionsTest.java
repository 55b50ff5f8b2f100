package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonDirectionsTest {

    @Test
    void theVenueTheUserKeepsBackIsLeftOut() {
        // panel-11 14 (a development pair): the note said "… on 23 Jan at the BMICH" though the user wrote "not say the venue"
        assertThat(ReasonDirections.withoutWhatIsNotToBeSaid("We are planning the career evening on 23 Jan at the BMICH (hall booking "
                + "not confirmed yet so not say the venue). want to invite her to speak"))
                .doesNotContain("at the BMICH").contains("career evening on 23 Jan (hall booking");
    }

    @Test
    void anotherThingTheUserKeepsBackIsLeftToTheNotesOwnReading() {
        // taking out every clause that named it took a held-aside note's whole story with it: only a place is taken out
        String reason = "we met at the expo, the funding came through last week, want to talk pilots. dont say anything about funding";
        assertThat(ReasonDirections.withoutWhatIsNotToBeSaid(reason)).isEqualTo(reason);
        // a direction told of the past is no direction to the tool
        String told = "We could not say the venue at the Hilton was bad";
        assertThat(ReasonDirections.withoutWhatIsNotToBeSaid(told)).isEqualTo(told);
    }

    @Test
    void aDirectionThatPointsAtItsOwnAsideChangesNothing() {
        String reason = "I'm also applying to wabash summer internships but maybe don't mention that yet";
        assertThat(ReasonDirections.withoutWhatIsNotToBeSaid(reason)).isEqualTo(reason);
        assertThat(ReasonDirections.withoutWhatIsNotToBeSaid("we met at DevOpsDays")).isEqualTo("we met at DevOpsDays");
    }

    @Test
    void leaveToNameTheReferrerIsNotSaidToTheRecipient() {
        // r161: "said to write to you and use his name" repeated the sender's private instruction
        assertThat(ReasonDirections.withoutWhatIsNotToBeSaid("Yusuf told me Hessa is looking for photos and said write to her and use "
                + "his name. I have the series")).isEqualTo("Yusuf told me Hessa is looking for photos and said write to her. I have the series");
        assertThat(ReasonDirections.withoutWhatIsNotToBeSaid("he said she expect my message and I can say his name.")).isEqualTo(
                "he said she expect my message.");
    }
}
