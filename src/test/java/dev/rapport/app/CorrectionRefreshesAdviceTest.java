package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A correction of fact ("it was two weeks ago") holds for the verdict's reasons and advice too, not only for the notes. */
class CorrectionRefreshesAdviceTest {
    private final Advisor advisor = LabelledNotes.advisor(RuleSet.builtIn());

    @Test
    void afterItWasTwoWeeksAgoTheAdviceNoLongerSaysToSendWithinAWeek() {
        // a fresh-clone hand session: after "it was two weeks ago", "why?" still advised "Send it within a week of …"
        Profile me = LabelledNotes.profile("03-met-at-meetup", "me");
        Profile them = LabelledNotes.profile("03-met-at-meetup", "them");
        Assessment drafted = advisor.draft(me, them, "we met at DevOpsDays Denver last week after her talk on on-call fatigue",
                DraftOptions.DEFAULT);
        assertThat(drafted.suggestions()).anyMatch(s -> s.contains("within a week"));
        Advisor.Refined refined = advisor.refineNote(drafted, 1, "it was two weeks ago", DraftOptions.DEFAULT);
        assertThat(refined.assessment().notes().get(0).text()).contains("two weeks ago");
        assertThat(refined.assessment().suggestions()).noneMatch(s -> s.contains("within a week"));
        assertThat(refined.assessment().verdict().decision()).isEqualTo(drafted.verdict().decision());
    }

    @Test
    void aYearCorrectionBothProfilesContradictChangesNoNote() {
        // a hand session: "it was 2021 not 2022" (both profiles end at Pennine in 2022) rewrote the year in every note;
        // declined, it must not redraft the other notes either, since no fact changed
        Profile me = ProfileReaders.parse(String.join("\n", "Hannah Whitcombe", "Senior Recruitment Consultant at Aireside Talent", "Leeds, England, United Kingdom", "", "Experience", "Senior Recruitment Consultant", "Aireside Talent", "Mar 2022 - Present", "", "Recruitment Consultant", "Pennine People Partners", "Sep 2018 - Feb 2022", "", "Skills", "Recruitment · Finance Hiring", ""), "me");
        Profile them = ProfileReaders.parse(String.join("\n", "Oliver Pradhan", "Talent Acquisition Lead at Northgate Foods", "Sheffield, England, United Kingdom", "", "Experience", "Talent Acquisition Lead", "Northgate Foods", "Apr 2022 - Present", "", "Recruitment Consultant", "Pennine People Partners", "Jan 2017 - Mar 2022", "", "Skills", "Talent Acquisition · Recruitment", ""), "them");
        Assessment drafted = advisor.draft(me, them, "Oliver and I worked together at Pennine People Partners, we both left in 2022. "
                + "I'd like to reconnect now he is in-house at Northgate", new DraftOptions(DraftOptions.FREE_LIMIT, 3, dev.rapport.draft.Style.DEFAULT));
        Assessment warmed = advisor.refineNote(drafted, 1, "make it warmer", new DraftOptions(DraftOptions.FREE_LIMIT, 3, dev.rapport.draft.Style.DEFAULT)).assessment();
        Advisor.Refined refined = advisor.refineNote(warmed, 1, "it was 2021 not 2022", new DraftOptions(DraftOptions.FREE_LIMIT, 3, dev.rapport.draft.Style.DEFAULT),
                List.of("make it warmer"));
        assertThat(refined.changed()).isFalse();
        assertThat(refined.report()).contains("Both profiles give 2022");
        assertThat(refined.assessment().notes().stream().map(n -> n.text()).toList())
                .isEqualTo(warmed.notes().stream().map(n -> n.text()).toList());
    }

    @Test
    void aYearBeforeTheirTimeAtThePlaceTheReasonNamesIsNotPutIntoTheNote() {
        // a hand session: "it was 2021, not 2022" put "I placed you in your CVICU job in 2021" into the note of a
        // recruiter to the therapist she placed, whose profile has him at Mount Carmel Grove City from December 2022
        java.nio.file.Path dir = java.nio.file.Path.of("src", "test", "resources", "unseen", "recruiter");
        Profile me = ProfileReaders.read(dir.resolve("dana.txt"));
        Profile them = ProfileReaders.read(dir.resolve("tomas.txt"));
        Assessment drafted = advisor.draft(me, them, "I was his recruiter, I placed Tomas in his CVICU job in 2022 when he moved up "
                + "from Houston. saw his 4 year anniversary post, want to congratulate him", DraftOptions.DEFAULT);
        assertThat(drafted.notes()).isNotEmpty();
        Advisor.Refined refined = advisor.refineNote(drafted, 1, "it was 2021, not 2022", DraftOptions.DEFAULT);
        assertThat(refined.changed()).isFalse();
        assertThat(refined.report()).contains("Mount Carmel Grove City from December 2022");
        assertThat(refined.assessment().notes().get(0).text()).doesNotContain("2021");
        // a year within their time there is the user's to correct
        assertThat(advisor.refineNote(drafted, 1, "it was 2023, not 2022", DraftOptions.DEFAULT).changed()).isTrue();
    }
}
