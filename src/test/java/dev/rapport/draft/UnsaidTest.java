package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UnsaidTest {
    @Test
    void aLineThatFillsTheFreedRoomIsToldButACutTheReportNamesIsNot() {
        String before = "Hi Hannah, we were on the same panel in York. Would you share the parts list? Grace";
        String after = "Hi Hannah, we were on the same panel in York. Your post on the airway trainer caught my attention. Grace";
        Unsaid.Changes c = Unsaid.in(before, after, "Removed “Would you share the parts list?”.", Set.of());
        assertThat(c.added()).containsExactly("Your post on the airway trainer caught my attention.");
        assertThat(c.removed()).isEmpty();
    }

    @Test
    void aSignOffThatLostItsNameOrItsValedictionSaysWhich() {
        String before = "Dear Oliver, we worked together at Pennine. How is in-house? Kind regards, Hannah";
        assertThat(Unsaid.unsigned(before, "Dear Oliver, we worked together at Pennine. How is in-house? Kind regards.")).contains("Hannah");
        assertThat(Unsaid.unsigned(before, "Dear Oliver, we worked together at Pennine. How is in-house? Hannah")).contains("Kind regards");
        assertThat(Unsaid.unsigned(before, before)).isEmpty();
    }

    @Test
    void aSentenceCutDownIsOneChangeAndTheGreetingAndSignatureAreNotSentences() {
        String before = "Hi Keiko, we met at the meetup and talked about cold starts. Good to have met you. Sam";
        String after = "Hey Keiko, we met at the meetup. Good to have met you. Best, Sam";
        assertThat(Unsaid.in(before, after, "Left out “and talked about cold starts”.", Set.of()).none()).isTrue();
    }

    @Test
    void aSwappedCloseIsNamedByTheToneChangeButAnyOtherLineThatWentIsTold() {
        String before = "Hi Marieke, we met at the fair. I am a coordinator at Bayhead. Good to have met you. Sam";
        String after = "Hi Marieke, we met at the fair. Thank you so much for considering it! Sam";
        Unsaid.Changes c = Unsaid.in(before, after, "In a warmer tone: it closes with “Thank you so much for considering it!”",
                Set.of("Good to have met you."));
        assertThat(c.removed()).containsExactly("I am a coordinator at Bayhead.");
        assertThat(c.added()).isEmpty();
    }

    @Test
    void whatACutTookOutOfASentenceIsToldWhenTheReportDoesNotNameIt() {
        // a hand session (hand16): "more formal" and "/limit 120" took "when you moved up from Houston" out of a sentence
        // and the report named only the greeting and the close
        String before = "Hi Tomas, I was your recruiter. I placed you in your CVICU job in 2022 when you moved up from Houston. Congratulations! Dana";
        String after = "Hello Tomas, I was your recruiter. I placed you in your CVICU job in 2022. Congratulations! Thank you for your time. Dana";
        Unsaid.Changes c = Unsaid.in(before, after, "In a more formal tone: it greets with “Hello Tomas,” and closes with “Thank you for your time.”",
                Set.of());
        assertThat(c.removed()).containsExactly("when you moved up from Houston");
        assertThat(c.added()).isEmpty();
        assertThat(Unsaid.difference("I'm a senior healthcare recruiter at CarePath Staffing.", "I'm a recruiter at CarePath Staffing."))
                .contains("senior healthcare");
        assertThat(Unsaid.difference("we met at the fair and talked.", "we talked at the fair.")).isEmpty();
    }
}
