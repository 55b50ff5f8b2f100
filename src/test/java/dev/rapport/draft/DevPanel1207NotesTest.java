package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Faults blind reviewers (r155 to r158) found in a sample of 40 development first notes read on 7 December, each held on
 * its own pair.
 */
class DevPanel1207NotesTest {
    private static final Path RESOURCES = Path.of("src", "test", "resources");
    private final OfflineDrafter drafter = new OfflineDrafter();

    private String first(String panel, String slug) {
        return Pairs.firstNote(drafter, RESOURCES.resolve(panel).resolve("pairs"), slug);
    }

    @Test
    void someoneTheSenderSpentRealTimeWithIsToldNoJobTitle() {
        // "I am a founding partner at Visser Ahn Architecten" to a fellow juror of three days cost the note its sign-off, and
        // reviewers read job titles to a kitchen neighbour and a negotiating partner as stiff
        assertThat(first("panel-2", "32-copenhagen-jury-neighbour")).doesNotContain("founding partner").endsWith("Maarten");
        assertThat(first("panel-2", "14-nairobi-coworking-kitchen")).doesNotContain("creative director").endsWith("Njeri");
        assertThat(first("panel-6", "07-union-congrats-hr-director")).doesNotContain("ombudsman");
        // time the sender spent with the one who passed the name on is no time with the recipient: who writes is still said
        DraftRequest referred = Pairs.request(RESOURCES.resolve("panel-6").resolve("pairs"), "34-dubai-photographer-curator-referral");
        assertThat(OfflineDrafter.mayNotPlaceSender(referred, referred.purpose())).isTrue();
        DraftRequest juror = Pairs.request(RESOURCES.resolve("panel-2").resolve("pairs"), "32-copenhagen-jury-neighbour");
        assertThat(OfflineDrafter.mayNotPlaceSender(juror, juror.purpose())).isFalse();
    }

    @Test
    void congratulationsThatOpenTheNoteAreFollowedByGoodWishesNotAnotherPurposesClose() {
        // "… tough but fair. Johan": the note just stopped (r158); with a close from the intent it would have said "Would love
        // to hear what you think." or "Thanks for sharing your work." after congratulations on a new job
        assertThat(first("panel-6", "07-union-congrats-hr-director")).endsWith("Wishing you every success with it. Johan");
        assertThat(first("panel-12", "17-export-ops-lead-congrats")).doesNotContain("Best regards").contains("All the best with it.");
        // two who worked together close on catching up, as before
        assertThat(first("panel-8", "06-accountant-congrats-cfo")).contains("Would love to hear how you are getting on.");
    }

    @Test
    void aBandsPressBioIsSignedWithTheSingersName() {
        // "LA MAREA ELÉCTRICA – press bio (EN)" over "I'm Valentina "Vale" Ospina, …" signed the note "LA" (r156)
        assertThat(first("panel-2", "29-musician-tour-engineer-studio")).endsWith("Valentina").doesNotContain(" LA");
    }

    @Test
    void theSendersNewsBeforeSoIsToldBeforeTheThanksItExplains() {
        // "im moving to the community paramedic program now so wont see her at the ambulance bay anymore, want to say thanks":
        // r160 found the note left out why the paramedic wrote now
        String note = first("panel-3", "06-paramedic-er-charge-nurse");
        assertThat(note).contains("I'm moving to the community paramedic program now. Thank you!");
    }

    @Test
    void aQuestionFromSomeoneNeverMetSaysWhatItIsAboutBeforeItIsAsked() {
        // "never met her. Im using her TurbineSound-22 dataset for my thesis, one question: …" gave the bare question
        // (found reading development notes for what they leave out of the reason); "22 dataset" is no count either
        assertThat(first("panel-3", "28-phd-question-turbine-dataset"))
                .contains("I'm using your TurbineSound-22 dataset for my thesis.").contains("Were the Site B recordings");
    }

    @Test
    void timeAskedForAQuestionStepsDownToTheQuestionNotToAFewQuestions() {
        // "I want to ask her for 20 min: what should a junior planner learn first, P6 scheduling or cost control?" became
        // "Could I send you a few questions?" (found reading development notes for what they leave out)
        assertThat(first("panel-5", "15-cairo-project-controls-referral"))
                .contains("What should a junior planner learn first, P6 scheduling or cost control?").doesNotContain("a few questions")
                .doesNotContain("20 min");
    }

    @Test
    void aSpeakerTheSenderOnlyHeardIsNotToldItWasGoodToMeetThem() {
        // "Hope to cross paths again soon" to someone the sender only heard speak (a new user's note); the librarian was "in the
        // audience but we never spoke"
        assertThat(first("panel-11", "05-librarian-thanks-speaker")).doesNotContain("cross paths").doesNotContain("stay in touch")
                .doesNotContain("met you");
        assertThat(dev.rapport.ground.GroundFinder.heardOnly("she spoke at our school career day last Friday and asked me to message her"))
                .isFalse();
    }

    @Test
    void aManagerCutShorterKeepsWhatKindOfManager() {
        // a second new user's "I'm a manager at Fleetwise Telematics" for a key account manager read as overclaiming
        assertThat(first("panel-3", "13-delayed-flight-solar-farms")).contains("farm manager").doesNotContain("I'm a manager");
    }

    @Test
    void theSendersOwnSituationTypedWithoutItsApostropheIsTold() {
        // "im now doing the APC pathway to register in australia": r157 found the note never said why the question was asked
        assertThat(first("panel-5", "20-brisbane-physio-observership")).contains("I'm now doing the APC pathway to register in Australia");
    }

    @Test
    void whenTheSentenceThatSaysWhoIsWhoIsLeftOutTheOtherPersonsPronounIsNotTheRecipients() {
        // "met him at the launch … at La Grande Page …, we talked a lot about her short stories (La Femme du phare)": with
        // the first sentence left out as French, the note said "your short stories" to him
        DraftRequest launch = Pairs.request(RESOURCES.resolve("panel-2").resolve("pairs"), "25-translator-montreal-launch");
        assertThat(drafter.draft(launch)).allSatisfy(n -> assertThat(n.text()).doesNotContain("your short stories"));
        // a French aside goes, and the referral around it stays
        assertThat(first("panel-5", "29-montreal-illustrator-referral")).startsWith("Hi Élodie, Sophie Arsenault suggested I contact you.");
    }

    @Test
    void aThirdPersonBioIsReadAndWhatTheUserKeepsBackStaysOut() {
        // panel-11 14: "Dilani Wickramasinghe is a community organiser …" gave "no name found" (the tagger read the surname as
        // a pronoun); read, the note said the venue the user had said not to, and asked "Could I send you a few questions?"
        // in place of the speaking invitation the meeting-ask rule held back
        String note = first("panel-11", "14-alumni-career-evening");
        assertThat(note).doesNotContain("BMICH").doesNotContain("few questions").contains("Would you like to speak on careers in seafood export?")
                .endsWith("Dilani");
        // at 200 characters the user's own detail (what the invitation is for) outranks a job title read off the profile
        assertThat(note).contains("We are planning the career evening").doesNotContain("programme officer");
    }

    @Test
    void theJudgeAgreesWithTheAuthorsOnThreeDevelopmentPairsItGotWrong() {
        // a data pipeline read as a sales pipeline (do-not-connect), "said to write her" read as no referral (follow-first),
        // and a third-person bio that gave "no name found"; their authors expect connect
        for (String slug : java.util.List.of("30-riyadh-analyst-applied", "29-felt-moth-referral", "14-alumni-career-evening")) {
            DraftRequest r = Pairs.request(RESOURCES.resolve("panel-11").resolve("pairs"), slug);
            assertThat(r.verdict().decision()).as(slug).isEqualTo(dev.rapport.etiquette.Decision.CONNECT);
        }
    }

    @Test
    void theRecipientsTeamIsYouNotThey() {
        // r157: "You mentioned the trolleybus AVL data they share" (the "-us" of "trolleybus" was read as a plural, someone else)
        assertThat(first("panel-5", "12-vilnius-workshop-dataset")).contains("the trolleybus AVL data you share");
        // "I want to ask what they did when the temperature loggers kept failing", of the recipient's rollout
        assertThat(first("panel-5", "01-solar-fridge-referral")).contains("what you did when").doesNotContain("what they did");
        assertThat(WishToAct.of("I want to ask what they did when the loggers kept failing")).contains("what you did when");
    }

    @Test
    void aTraineesLabelledQuestionAfterItsContextIsAskedAndNoSaleIsReadFromTheWholeBag() {
        // panel-11 03: the models read a sale at 0.51 from the whole reason and from none of its sentences (do-not-connect);
        // once connected, the note lost the question, which followed a clause of context after "real question:"
        String note = first("panel-11", "03-trainee-auditor-question");
        assertThat(note).contains("One of our HAs is changing from accrual to performance model this year.")
                .contains("How would you expect the change to be justified?");
        assertThat(dev.rapport.purpose.PurposeReader.read("I sell slotting software. I want to show her how our tool cuts pick times")
                .has(dev.rapport.purpose.Intent.SELLING)).isTrue();
    }

    @Test
    void herBeforeAWordOfTimeIsWhoWasAsked() {
        // a new user's session on public pages: "asked her afterwards how mid-size plants should …" became "asked your afterwards"
        String why = "I was in the audience at the Washington Post Live session on manufacturing in October and asked her afterwards how "
                + "mid-size plants should sequence automation spend against workforce training.";
        DraftRequest r = Pairs.withReason(RESOURCES.resolve("panel-5").resolve("pairs").resolve("12-vilnius-workshop-dataset"), why);
        assertThat(drafter.said(why, r)).hasValueSatisfying(said -> assertThat(said.fact()).contains("asked you afterwards")
                .doesNotContain("your afterwards"));
    }
}
