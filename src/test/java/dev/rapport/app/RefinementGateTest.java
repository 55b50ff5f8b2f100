package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.NoteVerdict;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * A hand session (hand16): a recruiter who met a nurse at a career fair. "mention that we have a $10,000 sign-on bonus
 * for ICU nurses" was added and shown as passing, while critique of the same note said do-not-send (pitch): the
 * refinement's gate read the user's added words as part of a reason that sells nothing. The gate and critique agree.
 */
class RefinementGateTest {
    private static final Path DIR = Path.of("src", "test", "resources", "unseen", "recruiter-nurse");
    private static final String WHY = "met keisha at the columbus nursing career fair 2 weeks ago, she came by our booth and asked about ICU residencies";
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile dana = ProfileReaders.read(DIR.resolve("dana.txt"));
    private final Profile keisha = ProfileReaders.read(DIR.resolve("keisha.txt"));

    @Test
    void aSalesLineTheUserAsksToMentionIsRefusedAsCritiqueWouldCallIt() {
        Assessment drafted = advisor.draft(dana, keisha, WHY, DraftOptions.DEFAULT);
        Advisor.Refined r = advisor.refineNote(drafted, 1, "mention that we have a $10,000 sign-on bonus for ICU nurses", DraftOptions.DEFAULT);
        String note = r.assessment().notes().get(0).text();
        NoteReview review = advisor.critique(note, dana, keisha, r.assessment().purpose().text(), 300);
        // whatever the refinement did, the note it shows is one critique would let go
        assertThat(review.critique().verdict()).as(note).isNotEqualTo(NoteVerdict.DO_NOT_SEND);
        assertThat(r.changed()).isFalse();
        assertThat(r.report()).contains("pitch");
    }

    @Test
    void theListSheAskedAboutAtTheBoothIsAddedAndCritiqueLetsItGo() {
        Assessment drafted = advisor.draft(dana, keisha, WHY, DraftOptions.DEFAULT);
        Advisor.Refined r = advisor.refineNote(drafted, 1, "mention that I can send her our list of ICU openings", DraftOptions.DEFAULT);
        assertThat(r.changed()).as(r.report()).isTrue();
        String note = r.assessment().notes().get(0).text();
        assertThat(note).contains("I can send you our list of ICU openings.");
        assertThat(advisor.critique(note, dana, keisha, WHY, 300).critique().findings()).noneMatch(f -> f.rule().equals("pitch"));
    }
}
