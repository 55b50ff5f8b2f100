package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * A by-hand session: "mention that I'm training as an ACP …" and then "/limit 200" kept the mention and the talk's topic
 * and dropped the user's question, which was the note's point.
 */
class LimitKeepsThePointTest {
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile aoife = ProfileReaders.parse("Aoife Brennan\nStaff Nurse, Emergency Department at Pilgrim Hospital Boston\n"
            + "Boston, Lincolnshire, England\n\nExperience\nStaff Nurse, Emergency Department\nUnited Lincolnshire Hospitals NHS Trust\n"
            + "Mar 2018 - Present\n", "aoife.txt");
    private final Profile karen = ProfileReaders.parse("Karen Moore\nLead Nurse, Division of Surgery at Wythenshawe Hospital\n"
            + "Manchester, England\n\nAbout\nI became a lead nurse after ten years as a ward sister.\n", "karen.txt");

    @Test
    void aSmallerLimitLeavesOutTheAddedLineBeforeTheUsersQuestion() {
        Assessment drafted = advisor.draft(aoife, karen, "We talked after her session on the lead nurse role at the Lincolnshire nursing"
                + " conference in October. I want to ask her how she moved from ward sister to lead nurse", DraftOptions.DEFAULT);
        Advisor.Refined mentioned = advisor.refineNote(drafted, 1, "mention that I'm training as an ACP at Pilgrim Hospital", DraftOptions.DEFAULT);
        assertThat(mentioned.assessment().notes().get(0).text()).contains("training as an ACP");
        String at200 = advisor.refit(mentioned.assessment(), new DraftOptions(200, 3, dev.rapport.draft.Style.DEFAULT), 1)
                .orElseThrow().notes().get(0).text();
        assertThat(at200).contains("how you moved from ward sister").doesNotContain("training as an ACP");
        assertThat(at200.codePointCount(0, at200.length())).isLessThanOrEqualTo(200);
    }
}
