package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
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
}
