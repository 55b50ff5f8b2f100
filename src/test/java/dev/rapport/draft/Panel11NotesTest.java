package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Faults the blind reviewers found in the eleventh panel's first notes. The set was held aside until its fresh reading of
 * 6 December (night, r134-r135); its reviews were read in the evening session of 6 December and it is a development set
 * from then on. Each fault is held on its own pair.
 */
class Panel11NotesTest {
    private static final Path PANEL_11 = Path.of("src", "test", "resources", "panel-11", "pairs");
    private final OfflineDrafter drafter = new OfflineDrafter();

    private String first(String slug) {
        return Pairs.firstNote(drafter, PANEL_11, slug);
    }

    @Test
    void aPromiseAlreadyKeptIsToldAsKept() {
        // r134: "says he'll still check compatibility, but he has already checked and both tractors are supported"
        assertThat(first("01-dealer-farm-show-promise")).contains("As promised, I checked compatibility: both tractors are supported.")
                .doesNotContain("I'll check");
        // r134: "says she will send the pathway 'when the hospital allow me', but approval has already been given"
        assertThat(first("09-er-doctor-promised-protocol"))
                .contains("Our rewarming pathway for accidental hypothermia is now approved, so as promised, I'll send it to you.")
                .doesNotContain("when the hospital");
    }

    @Test
    void congratulationsAfterADashSayOnWhat() {
        // r135: "no congratulations on the promotion … which was the main reason for writing" ("… at stonefern - want to say
        // congrats and reconnect"); the title as his page writes it
        assertThat(first("06-esports-coach-former-player"))
                .contains("Congratulations on your promotion to Esports Partnerships Manager at Stonefern Games!")
                .startsWith("Hello Kenji, you were my IGL");
        // r135: "never says congratulations; 'You posted the first batch' is flat"
        assertThat(first("28-lutsk-first-batch-excolleague")).containsIgnoringCase("congratulations on the first batch from the new Lutsk plant!")
                .doesNotContain("You posted");
    }

    @Test
    void aClauseInAnotherLanguageAfterTheirNameIsLeftOut() {
        // panel-2 pair 08 (development): once "putri" typed small was spelled as her name, "putri dulu intern di desk
        // lingkungan 2021" came through as "You dulu intern di desk lingkungan 2021": a word after a clause's opening name is
        // the clause's own, not part of the name
        assertThat(Pairs.firstNote(drafter, Path.of("src", "test", "resources", "panel-2", "pairs"), "08-journalist-former-intern-ministry"))
                .doesNotContain("dulu").doesNotContain("lingkungan");
    }

    @Test
    void aCloseNeverSaysTheyMetWhenTheUserSaysTheyNeverSpoke() {
        // r134: "'Good to have met you' is false; they never spoke, she was only in the audience"
        assertThat(first("05-librarian-thanks-speaker")).doesNotContain("met you").doesNotContain("meet you");
    }

    @Test
    void whoWritesIsTheirRoleNowAndAnInterjectionIsNotTheNotes() {
        // r135: "says she is a revenue manager at Palmeraie Atlas Resort; she left in 2020"; "'Oh I just loved meeting you' is
        // gushy and copied from the private reason"
        assertThat(first("26-riad-whatsapp-quote")).contains("Riad & Route").doesNotContain("Palmeraie").doesNotContain("Oh ");
    }

    @Test
    void aNewJobSomewhereIsCongratulatedOnAndWhatTheyDidTogetherIsPast() {
        // r135: "bare 'Congratulations!' does not say on what (new role in Bangkok)"; "'We prepare together' should be 'prepared'"
        assertThat(first("19-excolleague-new-role-bangkok"))
                .startsWith("Hello Rosa, congratulations on your new role as Export Sales Manager Asia in Bangkok!")
                .contains("We prepared together the HACCP and BRCGS audits 2018-2022");
    }

    @Test
    void aRecruitersRoleIsSaidAndTheCallWaitsForAReply() {
        // r135: "vague: does not name the WFM Lead role, the German account, New Cairo" ("we are hiring …" had been held back as
        // a sales pitch); "send him the JD and schedule first call": sending first, the call once he replies (meeting-ask)
        assertThat(first("15-recruiter-wfm-lead")).contains("We are hiring a Workforce Management Lead for a new German account")
                .contains("May I send you the JD?").doesNotContain("call");
    }

    @Test
    void whatTheyOfferedIsNamedAndTheUsersMotiveStaysOut() {
        // r134: "'so I can get that' points to nothing; the trigger level template is never named"; "'You're CEng … so you'd be
        // a good person to know' sounds self-serving"
        assertThat(first("04-site-engineer-hold-point"))
                .contains("You said you'd share the trigger level template Arden Geo use; I'd be grateful for it.")
                .doesNotContain("get that").doesNotContain("good person to know");
    }

    @Test
    void aThanksIsGivenNotAnnounced() {
        // r150: "'I'd like to thank you' puts the thanks off instead of giving it"
        // (the greeting is drawn from the note's own words; "we never spoke" has made the event no meeting since 7 December)
        assertThat(first("05-librarian-thanks-speaker")).containsPattern("^(?:Hello|Hi) Marguerite, thank you for your talk at NNELC");
    }
}
