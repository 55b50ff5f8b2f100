package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * A hand session (6 December): a data analyst between jobs, who also taught for two terms after her last analyst job,
 * applied to a Data Analyst opening; her note introduced her as "until April 2026 I was a teaching assistant".
 */
class ApplicantWhoLineTest {
    private static final Path DIR = Path.of("src", "test", "resources", "unseen", "applicant-side-job");
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile mariana = ProfileReaders.read(DIR.resolve("seeker.json"));
    private final Profile jonathan = ProfileReaders.read(DIR.resolve("hiringmgr.txt"));

    @Test
    void anApplicantBetweenJobsIsIntroducedByTheJobOfTheKindSheAppliesFor() {
        Assessment a = advisor.draft(mariana, jonathan,
                "I applied yesterday via careers page to the Data Analyst job of his team. want ask him one question: the team use Python or mostly SQL?",
                new DraftOptions(300, 1, dev.rapport.draft.Style.DEFAULT));
        assertThat(a.notes()).isNotEmpty();
        assertThat(a.notes().get(0).text()).contains("I was a data analyst at Magazine Luiza").doesNotContain("teaching assistant")
                .contains("Does the team use Python or mostly SQL?");
    }
}
