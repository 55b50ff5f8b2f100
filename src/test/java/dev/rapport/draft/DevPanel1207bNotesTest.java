package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Faults blind reviewers (r168 to r175) found in the 134 development first notes of panels 1 to 5, read on the
 * afternoon of 7 December at the session's starting build, each held on its own pair.
 */
class DevPanel1207bNotesTest {
    private static final Path RESOURCES = Path.of("src", "test", "resources");
    private final OfflineDrafter drafter = new OfflineDrafter();

    private String first(String panel, String slug) {
        return Pairs.firstNote(drafter, RESOURCES.resolve(panel).resolve("pairs"), slug);
    }

    @Test
    void theSendersNewsBeforeAWishWithItsILeftOutIsTold() {
        // "I'm now a preceptor in NZ and want to ask how she runs simulation training": the question came "out of nowhere"
        assertThat(first("panel", "03-nursing-classmates")).contains("I'm now a preceptor in NZ. Could I ask how you run simulation training?");
    }

    @Test
    void whatTheSenderMadeReadyIsNamedInsteadOfIt() {
        // "I pulled the measured data from our Majorna blocks project and want to send it to her": "May I send it to you?"
        // had nothing for "it" to refer to
        assertThat(first("panel-3", "25-speaker-to-sharp-questioner"))
                .contains("May I send you the measured data from our Majorna blocks project?").doesNotContain("send it");
    }

    @Test
    void anOpenToWorkBadgeKeepsTheHeadlineAndSelfEmployedWorkIsNoJobAtTheEmployerAbove() throws Exception {
        // "#OpenToWork" above the headline was read as the section and took the headline; "Data Analyst (project-based) /
        // Self-employed" below the warehouse's roles gave "I am a data analyst (project-based) at Almacenes del Norte"
        Path pair = RESOURCES.resolve("panel-3").resolve("pairs").resolve("24-referral-supply-chain-analytics");
        dev.rapport.profile.Profile me = dev.rapport.profile.ProfileReaders.read(pair.resolve("me.txt"));
        assertThat(me.headline()).startsWith("Warehouse Operations Lead");
        assertThat(me.positions()).filteredOn(p -> p.title().startsWith("Data Analyst")).extracting(dev.rapport.profile.Position::company)
                .containsExactly("");
        assertThat(first("panel-3", "24-referral-supply-chain-analytics")).doesNotContain("at Almacenes del Norte")
                .contains("switching from warehouse ops into supply chain analytics");
    }

    @Test
    void whatIsAskedOfTheRecipientIsAskedOfYou() {
        // "so I can ask her stuff early" was drafted "so I can ask your stuff early" (r170: garbled)
        assertThat(first("panel-2", "06-site-manager-building-inspector")).contains("ask you stuff early").doesNotContain("your stuff");
    }

    @Test
    void aPostTheSenderSawAfterTheRecipientsRaceIsTheSendersSeeing() {
        // "she ran with my group till km 19 and got her PB, saw her post thanking the pacer" said Clara saw her own post (r170: no)
        assertThat(first("panel-4", "32-half-marathon-pacer")).contains("You ran with my group till km 19 and got your PB. I saw your post");
    }

    @Test
    void someoneTheSenderSharedShiftsOrAPanelWithIsToldNoJobTitle() {
        // "I am a ceramic artist" to a partner of five nights' kiln shifts, "I'm the chief executive officer of …" to a fellow
        // panellist: stiff (r169, r168)
        assertThat(first("panel-3", "35-anagama-firing-kiln-partner")).doesNotContain("ceramic artist").contains("night stoking shifts");
        assertThat(first("panel-5", "05-tallinn-panel-appointment")).doesNotContain("chief executive officer").contains("Congratulations");
    }

    @Test
    void aBareThanksIsSaidForWhatTheyDidInTheClauseBeforeIt() {
        // "also she took 5 copies of my chapbook for the shop, want to say thanks" ended the note on "Thanks." (r169: thanks for what?)
        assertThat(first("panel-3", "33-poet-bookshop-reading")).contains("Thank you for taking 5 copies of my chapbook for the shop!");
    }

    @Test
    void whatTheApplicantDidIsJoinedToWhatTheyHave() {
        // "I have 5 yrs appium, built the mobile regression suite for a bank app": a comma splice with words missing (r169)
        assertThat(first("panel-2", "24-applying-mobile-qa-team-lead")).contains("I have 5 years of Appium and built the mobile regression suite");
    }

    @Test
    void whatTheyAskedTheSenderForIsOfferedWhenTheReasonSaysNoMore() {
        // "Amine asked for our reefer rates at the Sfax meeting": the note mentioned the request and never offered them (r173)
        assertThat(first("panel-5", "16-sfax-reefer-rates")).contains("you asked for our reefer rates").contains("I'd like to send them over.");
    }
}
