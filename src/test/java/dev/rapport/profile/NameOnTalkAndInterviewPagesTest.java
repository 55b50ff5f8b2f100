package dev.rapport.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two layouts of public pages a new user pasted (7 December, afternoon) gave "no name found": a conference talk page (the
 * talk's title, the speaker's name on a line of its own, the slot, an abstract in the first person) and an interview whose
 * answer to "What's your name?" is "Lily Mercer. I am an Account Executive at …". These texts are our own, in those layouts.
 */
class NameOnTalkAndInterviewPagesTest {

    @Test
    void theSpeakerNamedOverAnAbstractInTheFirstPersonIsTheName() {
        Profile p = ProfileReaders.parse("""
                NorthConf 2026

                Why your forecasts are too confident

                Ines Kowalski

                Thursday 11:30 in Room B

                In this talk I want to show how a few priors change the decisions we make from small data.
                """, "talk.txt");
        assertThat(p.name()).isEqualTo("Ines Kowalski");
        assertThat(p.headline()).doesNotContain("11:30");
    }

    @Test
    void anInterviewsAnswerWithTheirNameGivesIt() {
        Profile p = ProfileReaders.parse("""
                Our career spotlight this month looks at people who moved from clinics into industry.

                What's your name and current role?

                Dana Fischer. I am an Account Executive at Brightwell Health, a patient monitoring company.

                Where did you train?

                I trained as a physiotherapist in Leeds.
                """, "interview.txt");
        assertThat(p.name()).isEqualTo("Dana Fischer");
    }
}
