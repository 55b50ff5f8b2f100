package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.NoteVerdict;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Preference;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand session (6 December): a student asked his mentor for a referral, and her page says "please don't ask me for
 * referrals before we've talked". Without her profile the note was flagged big-ask; with it, the history they share
 * (he interned where she works) took the finding away and the note scored 100, "send".
 */
class ReferralPolicyTest {
    private static final Path DIR = Path.of("src", "test", "resources", "unseen", "referral-policy");
    private static final String WHY = "she mentored me at a hack society build night in october, want to ask her about the grad scheme";
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile kwame = ProfileReaders.read(DIR.resolve("kwame.txt"));
    private final Profile olivia = ProfileReaders.read(DIR.resolve("olivia.txt"));

    @Test
    void herPageRefusesReferralAsks() {
        assertThat(olivia.prefers(Preference.NO_REFERRAL_ASKS)).isTrue();
        assertThat(kwame.prefers(Preference.NO_REFERRAL_ASKS)).isFalse();
    }

    @Test
    void aReferralAskedOfSomeoneWhoRefusesThemIsFlaggedByHerPolicyAndStaysABigAsk() {
        String note = "Hi Olivia, thanks for mentoring me at build night in October! Could you refer me for the graduate scheme? Kwame";
        NoteReview r = advisor.critique(note, kwame, olivia, WHY, 300);
        List<Finding> findings = r.critique().findings();
        assertThat(findings).extracting(Finding::rule).contains("big-ask", "target-policy");
        assertThat(findings).filteredOn(f -> f.rule().equals("target-policy")).singleElement().satisfies(f -> {
            assertThat(note.substring(f.start(), f.end())).isEqualTo("refer me");
            assertThat(f.message()).contains("don't ask me for referrals");
        });
        assertThat(r.critique().verdict()).isNotEqualTo(NoteVerdict.SEND);
        // "any openings at your company" is the same favour
        NoteReview job = advisor.critique("Hi Olivia, please let me know if there are any openings at your company. Kwame",
                kwame, olivia, WHY, 300);
        assertThat(job.critique().findings()).extracting(Finding::rule).contains("big-ask", "target-policy");
    }

    @Test
    void theQuestionSheInvitesIsNoReferralAsk() {
        String note = "Hi Olivia, thanks for mentoring me at build night in October! What does the grad scheme's first year look like? Kwame";
        NoteReview r = advisor.critique(note, kwame, olivia, WHY, 300);
        assertThat(r.critique().findings()).extracting(Finding::rule).doesNotContain("big-ask", "target-policy");
    }
}
