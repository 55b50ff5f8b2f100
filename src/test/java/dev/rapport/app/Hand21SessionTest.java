package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * A new user's session on public pages (7 December, afternoon; the pages are not copied here, these profiles are our
 * own): a connect verdict with no note at all, a stock "came across her profile" scored connect, a question the note still
 * asked said to be held back, and a name put right ("it was PyCon DE, not PyCon") not understood.
 */
class Hand21SessionTest {
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile me = ProfileReaders.parse("Niamh Doyle\nSenior Data Scientist at Lenderly\nDublin, Ireland\n\n"
            + "Experience\nSenior Data Scientist\nLenderly\n2021 - Present\n", "niamh.txt");
    private final Profile speaker = ProfileReaders.parse("Tobias Brandt\nData Scientist and speaker\nBerlin, Germany\n\n"
            + "About\nI talk about Bayesian methods at Python conferences.\n", "tobias.txt");
    private final Profile stranger = ProfileReaders.parse("Maria Lopez\nClinical Education Manager at St Anne's Hospital\nPhoenix, Arizona\n\n"
            + "Experience\nClinical Education Manager\nSt Anne's Hospital\n2018 - Present\n", "maria.txt");

    private static final String MET = "met Tobias at PyCon after his talk, we talked in the hallway about how to pick priors. promised to send"
            + " him the pymc notebook I use for that";

    @Test
    void metAtAnEventAfterTheirTalkGetsANote() {
        // "PyCon after his talk" was read as the event's whole name, and every note was held back as naming the wrong event
        Assessment a = advisor.draft(me, speaker, MET, DraftOptions.DEFAULT);
        assertThat(a.verdict().decision()).isEqualTo(Decision.CONNECT);
        assertThat(a.notes()).isNotEmpty();
        assertThat(a.notes().get(0).text()).contains("we met at PyCon after your talk");
    }

    @Test
    void comingAcrossTheirProfileIsNoSharedHistory() {
        Assessment a = advisor.draft(me, stranger, "came across her profile, impressed by her background", DraftOptions.DEFAULT);
        assertThat(a.verdict().decision()).isEqualTo(Decision.FOLLOW_FIRST);
    }

    @Test
    void aQuestionTheNoteStillAsksIsSaidToBeThere() {
        Assessment a = advisor.draft(me, speaker, MET, DraftOptions.DEFAULT);
        Assessment asked = advisor.refineNote(a, 1, "ask if his slides are online somewhere", DraftOptions.DEFAULT).assessment();
        assertThat(asked.notes().get(0).text()).contains("Are your slides online somewhere?");
        Advisor.Refined r = advisor.refineNote(asked, 1, "you dropped my question", DraftOptions.DEFAULT);
        assertThat(r.report()).contains("already asks").contains("Are your slides online somewhere?").doesNotContain("hold");
        assertThat(r.assessment().notes().get(0).text()).isEqualTo(asked.notes().get(0).text());
    }

    @Test
    void aNamePutRightIsPutRightInTheReason() {
        Assessment a = advisor.draft(me, speaker, MET, DraftOptions.DEFAULT);
        Advisor.Refined r = advisor.refineNote(a, 1, "it was PyCon DE, not PyCon", DraftOptions.DEFAULT);
        assertThat(r.report()).contains("PyCon DE");
        assertThat(r.assessment().notes().get(0).text()).contains("at PyCon DE after your talk").doesNotContain("DE DE");
        // a time put right is still a time
        Advisor.Refined t = advisor.refineNote(r.assessment(), 1, "it was last month, not years ago", DraftOptions.DEFAULT);
        assertThat(t.report()).contains("last month");
    }

    @Test
    void whyIsTheLineNamedByItsWordsInIt() {
        Assessment a = advisor.draft(me, speaker, MET, DraftOptions.DEFAULT);
        assertThat(a.notes().get(0).text()).contains("Lenderly");
        Advisor.Refined r = advisor.refineNote(a, 1, "why is the lenderly line in it?", DraftOptions.DEFAULT);
        assertThat(r.report()).contains("comes from the profiles").doesNotContain("Nothing in the note");
    }
}
