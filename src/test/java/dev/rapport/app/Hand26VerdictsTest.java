package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.ground.GroundKind;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.purpose.Intent;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * A new user's verdicts for sellers, recruiters and a graduate (7 December, midday; these profiles are our own, in the
 * same layouts): products put to a stranger without a cue were follow-first, a newcomer to procurement was told not to
 * sell, and the recipient was named as her own referrer.
 */
class Hand26VerdictsTest {
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile sdr = ProfileReaders.parse("Jordan Blake\nSales Development Representative at Spendwise\nAustin, Texas\n\n"
            + "Experience\nSales Development Representative\nSpendwise\n2024 - Present\n", "jordan.txt");
    private final Profile graduate = ProfileReaders.parse("Samuel Reed\nRecent graduate, BA Economics\nDallas, Texas\n\n"
            + "Education\nUniversity of North Texas\nBA Economics\n2021 - 2025\n", "samuel.txt");
    private final Profile buyer = ProfileReaders.parse("Dana Ortiz\nDirector of Procurement at Gulfline Logistics\nHouston, Texas\n\n"
            + "About\nI lead procurement and contract management for a regional logistics firm.\n\n"
            + "Experience\nDirector of Procurement\nGulfline Logistics\n2018 - Present\n", "dana.txt");

    @Test
    void aProductPutToAStrangerIsASaleWithoutACue() {
        for (String why : new String[] {"I want to connect because our product Spendwise can help her clients reduce costs",
                "want to share our contract management module with her",
                "we've never met but I think Spendwise would be a great fit for her clients"}) {
            Assessment a = advisor.check(sdr, buyer, why);
            assertThat(a.verdict().decision()).as(why).isEqualTo(Decision.DO_NOT_CONNECT);
            assertThat(a.purpose().intents()).as(why).contains(Intent.SELLING);
        }
        // a recruiter's fit names the post, and stays hiring
        assertThat(advisor.check(sdr, buyer, "I'm hiring an interim head of procurement and she would be a great fit for the role")
                .purpose().intents()).contains(Intent.HIRING).doesNotContain(Intent.SELLING);
    }

    @Test
    void theSendersOwnFieldIsNoBuyingProcess() {
        Assessment a = advisor.check(graduate, buyer, "I'm new to procurement and would love her advice on getting started");
        assertThat(a.purpose().intents()).contains(Intent.ADVICE).doesNotContain(Intent.LEAD_GEN);
        assertThat(a.verdict().decision()).isNotEqualTo(Decision.DO_NOT_CONNECT);
        // asking about their buying process is still lead generation
        assertThat(advisor.check(sdr, buyer, "I want to learn about their procurement process and who the decision makers are")
                .purpose().intents()).contains(Intent.LEAD_GEN);
    }

    @Test
    void theRecipientIsNotHerOwnReferrerAndTheReferrersTiesAreNotHers() {
        Assessment a = advisor.check(sdr, buyer, "My old boss at Lone Star Freight, Mike Reyes, worked with Dana and said I should reach out");
        assertThat(a.purpose().people()).containsExactly("Mike Reyes");
        assertThat(a.commonGround()).extracting(g -> g.kind()).contains(GroundKind.MUTUAL_CONTACT).doesNotContain(GroundKind.WORKED_TOGETHER);
    }

    @Test
    void aSubjectlessStoryDoneTogetherIsToldAsWeAndAnEventKeepsItsLowerCaseWords() {
        Profile principal = ProfileReaders.parse("Grace Wanjiru\nPrincipal at Kilimani Girls High School\nNairobi, Kenya\n\n"
                + "Experience\nPrincipal\nKilimani Girls High School\n2015 - Present\n", "grace.txt");
        String note = advisor.draft(graduate, principal, "sat next to each other on the flight from Nairobi to Dallas in August, she told me"
                + " about her school's science club", DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(note).doesNotContain("I sat next to each other");
        Assessment fair = advisor.check(graduate, principal, "we met at the Nairobi regional science and engineering fair in March, I"
                + " judged the chemistry projects");
        assertThat(fair.verdict().reasons()).anySatisfy(r -> assertThat(r.message()).contains("regional science and engineering fair"));
    }
}
