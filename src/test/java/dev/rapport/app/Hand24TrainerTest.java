package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.etiquette.Finding;
import dev.rapport.etiquette.NoteVerdict;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * A trainer's session with notes quoted on public career-advice pages (7 December, midday): a shared
 * membership and an offer of help were scored sales pitches, a greeting without "Hi" was not read as a
 * greeting, and two pitches without product words were sent.
 */
class Hand24TrainerTest {
    private final Advisor advisor = LabelledNotes.advisor(RuleSet.builtIn());

    private NoteReview critique(String note) {
        return advisor.critique(note, null, null, null, 0);
    }

    @Test
    void aGroupBothBelongToIsNoPitch() {
        for (String note : new String[] {"Hi Ann, we are both members of IEEE. Dan", "Hi Ann, we're both members of NYEBN. Dan",
                "Hi Ann, as fellow members of the ACM chapter I'd like to connect. Dan"}) {
            assertThat(critique(note).critique().findings()).as(note).extracting(Finding::rule).doesNotContain("pitch");
        }
    }

    @Test
    void helpOfferedWithNothingToSellIsNoPitchButHelpWithTheirBusinessIs() {
        NoteReview courtesy = critique("Hi Ann, we met at PyCon last week. Let me know if there is anything I can help with. Dan");
        assertThat(courtesy.critique().findings()).extracting(Finding::rule).doesNotContain("pitch");
        assertThat(courtesy.critique().verdict()).isEqualTo(NoteVerdict.SEND);
        NoteReview sale = critique("Hi Ann, let me know if there is anything I can help with on your cloud costs. Dan");
        assertThat(sale.critique().findings()).extracting(Finding::rule).contains("pitch");
    }

    @Test
    void whatTheSendersStartupDoesOfferedToAStrangerIsAPitch() {
        NoteReview startup = critique("Hi Joanne, we are both based in the Bay Area. I would like to share with you what my new startup is "
                + "doing in the Sales area. Best, Tom");
        assertThat(startup.critique().findings()).filteredOn(f -> f.rule().equals("pitch")).singleElement()
                .satisfies(f -> assertThat(startup.note().substring(f.start(), f.end())).contains("what my new startup is doing"));
        NoteReview kind = critique("Hi Gary, I work for a really great company called Podwave, and we're passionate about showing "
                + "entrepreneurs like you how powerful podcasting is.");
        assertThat(kind.critique().findings()).extracting(Finding::rule).contains("pitch");
        assertThat(kind.critique().verdict()).isEqualTo(NoteVerdict.DO_NOT_SEND);
    }

    @Test
    void aNameAndACommaGreetByName() {
        Profile them = LabelledNotes.profile("03-met-at-meetup", "them");
        NoteReview wrong = advisor.critique("Darla, great to meet you at DevOpsDays Denver last week. Marcus", null, them, null, 0);
        assertThat(wrong.critique().findings()).extracting(Finding::rule).contains("wrong-name");
        String first = them.name().split("\\s+")[0];
        NoteReview right = advisor.critique(first + ", great to meet you at DevOpsDays Denver last week. Marcus", null, them, null, 0);
        assertThat(right.critique().findings()).extracting(Finding::rule).doesNotContain("wrong-name", "no-name");
        // an opening word and a comma greet nobody
        NoteReview thanks = critique("Thanks, I enjoyed your DevOpsDays talk on on-call fatigue last week. Marcus");
        assertThat(thanks.critique().findings()).extracting(Finding::rule).contains("no-name");
    }

    @Test
    void aNoteOverTheLimitIsSaidToBeOverNotCut() {
        NoteReview r = advisor.critique("Hi Ann, " + "we met at the PyCon sprint and fixed the flaky CI job together. ".repeat(5), null, null, null, 200);
        assertThat(r.critique().findings()).filteredOn(f -> f.rule().equals("over-length")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("LinkedIn takes at most 200").doesNotContain("cut"));
    }

    @Test
    void aSellerHelpingOthersWithTheirProductAndSynergiesArePitches() {
        // a new user's: one meeting-ask finding only, the sale read as the sender's own affairs
        NoteReview r = critique("Hi Mathew, I loved your Impact Masters episode about Vua Solutions! We are helping fish landing sites in"
                + " East Africa cut spoilage with our cold-chain sensors, would you have 15 min next week to explore synergies? Best, Liam");
        assertThat(r.critique().findings()).extracting(Finding::rule).contains("pitch", "meeting-ask");
        assertThat(r.critique().verdict()).isEqualTo(NoteVerdict.DO_NOT_SEND);
    }

    @Test
    void anInitialAfterTheNameStaysInTheGreeting() {
        NoteReview r = critique("Hi Gary A., I was impressed with your profile. I work for a company called Podwave, and we're passionate"
                + " about showing entrepreneurs like you how powerful podcasting is.");
        assertThat(r.rewrite()).startsWith("Hi Gary A., ");
        assertThat(critique("Hi Tom A., we met at PyCon last week and talked about packaging. Dan").critique().verdict())
                .isEqualTo(NoteVerdict.SEND);
    }
}
