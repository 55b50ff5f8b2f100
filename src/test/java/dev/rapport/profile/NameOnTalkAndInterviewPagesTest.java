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

    @Test
    void aStoryAboutAStateUniversitysAlumniNamesThePersonNotTheUniversity() {
        // a careers adviser's pasted alumni story (7 December, evening) gave the name "Penn State" and a note to "Penn" saying
        // "I'm a you biology PhD student"; this text is our own, in that layout
        Profile p = ProfileReaders.parse("""
                Why numbers travel well
                Two Ohio State graduates find their way to analytics
                3 March 2021

                As a doctoral student in ecology at Ohio State, alumnus Rafael Quintero travelled to rivers in four countries to sample fish. \
                He co-wrote a dozen papers on river fish genetics.

                When he finished his doctorate in 2017, Quintero chose to work as a data scientist at Ohio State Libraries. He says the work is \
                much the same: the data are no longer from fish but from readers across Ohio State's campuses.
                """, "story.txt");
        assertThat(p.name()).isEqualTo("Rafael Quintero");
        // the role the story opened with was then, not now
        assertThat(p.headline()).doesNotContain("doctoral student");
    }

    @Test
    void aStoryThatOpensOnWhatThePersonDidNamesThemAndTheirRoleNow() {
        // the same session's nurse-to-UX story ("… spent ten years as a nurse … She has now been a UX Designer at …") gave
        // "no name found", and once the name was typed its headline was the article's title
        Profile p = ProfileReaders.parse("""
                From ward to wireframes
                Company blog · 2 May 2024

                Marta Lindqvist spent eight years as a theatre nurse before she moved into design. She has now been a Product Designer \
                at Nordvik Health for a year, and she says the ward taught her most of what she knows about users.
                """, "story.txt");
        assertThat(p.name()).isEqualTo("Marta Lindqvist");
        assertThat(p.headline()).isEqualTo("Product Designer at Nordvik Health");
    }
}
