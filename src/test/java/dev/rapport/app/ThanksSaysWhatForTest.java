package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * A bare "Thank you!" after the user's story of what the recipient did is said for that deed, and the story is not told
 * to them a second time (a by-hand session with a chef and a hotel manager; development reviewers of panel-14 and panel-5
 * found "Thanks." after a retold visit curt). "say what I'm thanking her for: …" asks for the thanks itself, not a line
 * that reads "What I'm thanking her for: …".
 */
class ThanksSaysWhatForTest {
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile chef = ProfileReaders.parse("Tom Hadley\nHead Chef at Saltbush Kitchen\nOrange, New South Wales\n\n"
            + "Experience\nHead Chef\nSaltbush Kitchen\nJan 2021 - Present\n", "tom.txt");
    private final Profile manager = ProfileReaders.parse("Nadia Rahman\nGeneral Manager at Riverside Suites Dubbo\nDubbo, New South Wales\n\n"
            + "Experience\nGeneral Manager\nRiverside Suites Dubbo\nMar 2022 - Present\n", "nadia.txt");
    private final Profile installer = ProfileReaders.parse("Jake Olsen\nCrew Lead at Prairie Sun Solar\nAmes, Iowa\n\n"
            + "Experience\nCrew Lead\nPrairie Sun Solar\n2020 - Present\n", "jake.txt");
    private final Profile engineer = ProfileReaders.parse("Marisol Vega\nField Applications Engineer at Ridgeline Mounts\nDes Moines, Iowa\n\n"
            + "Experience\nField Applications Engineer\nRidgeline Mounts\n2019 - Present\n", "marisol.txt");

    private static final String HOSTED = "We met at the Dubbo food and wine weekend in October, where I cooked the long lunch and Nadia put our"
            + " crew up at Riverside Suites. I'd like to thank her and ask if she'd host a chef's table night at the hotel next year.";

    @Test
    void aBareThanksIsSaidForWhatTheyDidAndTheDeedIsToldOnce() {
        String note = advisor.draft(chef, manager, HOSTED, DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(note).contains("Thank you for putting our crew up at Riverside Suites!")
                .contains("where I cooked the long lunch.")
                .doesNotContain("you put our crew up")
                .doesNotContain("Thank you!");
    }

    @Test
    void aStoryThatIsAllTheDeedBecomesTheThanks() {
        String note = advisor.draft(installer, engineer, "she drove out to the Hendricks job near Ames and basically saved our week with the"
                + " tile hook layout. wanna say thanks", DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(note).containsIgnoringCase("thank you for driving out to the Hendricks job near Ames and basically saving our week")
                .doesNotContain("Thanks.");
    }

    @Test
    void sayWhatImThankingHerForChangesTheThanksAndQuotesOnlyIt() {
        Assessment drafted = advisor.draft(chef, manager, HOSTED, DraftOptions.DEFAULT);
        Advisor.Refined r = advisor.refineNote(drafted, 1, "say what I'm thanking her for: the three nights of rooms", DraftOptions.DEFAULT);
        String note = r.assessment().notes().get(0).text();
        assertThat(note).contains("Thank you for the three nights of rooms!").doesNotContainIgnoringCase("what I'm thanking");
        assertThat(note).contains("Would you host a chef's table night");
        assertThat(r.report()).contains("“Thank you for putting our crew up at Riverside Suites!”").doesNotContain("Would you host");
    }
}
