package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.etiquette.Decision;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Faults the blind reviewers found in the eighth panel's first notes (read at the start of the session of
 * 4 December, afternoon, when that set was retired to development), each held on its own pair.
 */
class RetiredPanelNotesTest {
    private static final Path PANEL_8 = Path.of("src", "test", "resources", "panel-8", "pairs");
    private final OfflineDrafter drafter = new OfflineDrafter();

    private String first(String slug) {
        return Pairs.firstNote(drafter, PANEL_8, slug);
    }

    @Test
    void aCongratulationSaysOnWhatAndTheNewsIsToldOnce() {
        // "Saw he has become CFO of PaySetu, want to congratulate him": it said "I'd like to congratulate you."
        assertThat(first("06-accountant-congrats-cfo")).containsIgnoringCase("Congratulations on becoming CFO of PaySetu!")
                .doesNotContain("like to congratulate");
        // "just saw he got Sous Chef at Blue Mahoe in Kingston!! … want to congratulate"
        assertThat(first("24-commis-to-sous-chef-kingston"))
                .contains("Congratulations on your new role as Sous Chef at Blue Mahoe in Kingston!")
                .doesNotContain("just saw").doesNotContain("like to congratulate");
    }

    @Test
    void aLinkReadOffTheProfilesIsNotAddedBesideTheLinkTheUserTells() {
        // reviewers: "reads like an auto-generated shared-school line", "irrelevant filler"
        assertThat(first("06-accountant-congrats-cfo")).doesNotContain("alumni");
        assertThat(first("07-librarian-seed-library")).doesNotContain("University of Kentucky");
        assertThat(first("24-commis-to-sous-chef-kingston")).doesNotContain("alumni");
        assertThat(first("30-cricket-club-thanks-physio-trinidad")).doesNotContain("University of the West Indies");
        // "kowhai" as typed names Kōwhai Regional Airlines: it was said twice
        assertThat(first("21-ame-nightshift-nelson")).doesNotContain("We were both at");
    }

    @Test
    void theQuestionAfterAnAmpersandIsAskedAndNoStockPlea() {
        assertThat(first("07-librarian-seed-library")).contains("ask how you set yours up with the extension office")
                .doesNotContain("(monthly zoom calls)").doesNotContain("Even a short reply");
        assertThat(first("26-science-club-field-station-sendai")).doesNotContain("Even a short reply");
    }

    @Test
    void whatTheUserSaysAboutTheNoteStaysOutOfIt() {
        // "Hei, I applied … want to make good impression, but i dont want to sound desperate"
        assertThat(first("25-returning-dairy-qa-seinajoki")).startsWith("Hello Riikka, I applied for the Quality Specialist job")
                .doesNotContain("Hei").doesNotContain("desperate").doesNotContain("impression");
    }

    @Test
    void whatTheMentorsFeedbackChangedIsToldAndTheNewCutIsTheSenders() {
        assertThat(first("17-banker-to-documentary-thanks"))
                .contains("Your feedback on my rough cut").contains("changed everything")
                .contains("I cut almost all the voiceover like you said.")
                .contains("show you the new cut").doesNotContain("your new cut");
    }

    @Test
    void aPastToldInThePresentIsPast() {
        assertThat(first("10-consultant-client-pm")).contains("I led the Rheinblick data migration workstream");
        assertThat(first("11-dengue-encuentro-bogota")).contains("we talked after your session");
        assertThat(first("29-shore-power-forum-kaohsiung")).contains("we talked about");
        assertThat(first("30-cricket-club-thanks-physio-trinidad")).contains("you came to our ground");
        assertThat(first("06-accountant-congrats-cfo")).contains("I worked for you in the statutory audit team");
    }

    @Test
    void theReferrersPronounsStayHisAndTheRecipientIsNotShe() {
        // "Petr … now he is SQE in her team … he said she expect my message and I can say his name"
        assertThat(first("28-referral-sqe-mlada-boleslav")).doesNotContain("she expect").doesNotContain("say your name")
                .doesNotContain("catch up");
    }

    @Test
    void aQuotedPanelTitleStaysWholeAndThePromiseIsKept() {
        // "we were together on the panel 'Lakehouse or lake-mess." and no link, though she had promised it
        assertThat(first("04-speaker-panel-promise")).contains("the panel 'Lakehouse or lake-mess?' at DataSummit Wien")
                .contains("As promised, I'll send you the link to our benchmark repo so you can compare with your numbers.")
                .doesNotContain("github.com");
    }

    @Test
    void whatTheQuestionIsAboutIsTold() {
        // "Would you consult on it from Nairobi?" with no "it": the competition win the question is about
        assertThat(first("12-ikorodu-school-kano-clinic")).contains("We just won the Dala PHC competition in Kano")
                .contains("Would you consult on it from Nairobi?")
                // evening review: "leaves out the congratulations on her new practice, which the sender wanted to include"
                .contains("Congratulations on starting your own practice!");
    }

    @Test
    void anOfferAnsweringTheirOwnCallIsThePointAndNoPitch() {
        // "saw Naledi post that she need volunteers good in excel … I do stock spreadsheets everyday at work so I can help":
        // the offer was held back as a sales pitch and the note said only that he volunteers
        assertThat(first("18-clinic-volunteer-excel-offer"))
                .contains("I saw you post that you need volunteers good in Excel")
                .contains("I do stock spreadsheets every day at work so I can help");
    }

    @Test
    void whoWritesIsTheRoleTheRecipientMet() {
        // the physio's post names the club where the sender coordinates youth cricket; it said his day job
        // (the note itself may leave the line out for room: the user's own sentence is long)
        assertThat(drafter.senderLine(Pairs.request(PANEL_8, "30-cricket-club-thanks-physio-trinidad")))
                .hasValueSatisfying(who -> assertThat(who).contains("youth cricket coordinator at Curepe Lions Cricket Club"));
        assertThat(first("30-cricket-club-thanks-physio-trinidad")).doesNotContainIgnoringCase("customer service");
        // a recruiter's prose bio ("is a senior technical recruiter with Northbound Talent Partners"): who writes, before the role
        String recruiter = first("02-recruiter-referral");
        assertThat(recruiter).contains("senior technical recruiter at Northbound Talent Partners");
        assertThat(recruiter.indexOf("recruiter")).isLessThan(recruiter.indexOf("The role is"));
    }

    @Test
    void aWordLeftInAnotherLanguageOrWithoutItsToIsWrittenInEnglish() {
        assertThat(first("11-dengue-encuentro-bogota")).contains("I would like to continue this conversation")
                .contains("and perhaps collaborate with our cohort").doesNotContain("colaboração");
    }

    @Test
    void theirNewsIsWhyNowAndAnAccentedNameIsSpelledAsTheirPageSpellsIt() {
        // "worked nights with him on the ATR line at kowhai in nelson, 2016-22. saw hes gone planning at tasman. keep in touch"
        assertThat(first("21-ame-nightshift-nelson")).contains("on the ATR line at Kōwhai in Nelson")
                .contains("I saw you've gone planning at Tasman.").doesNotContain("you're gone")
                .containsAnyOf("Let's keep in touch.", "Would be good to stay in touch.");
    }

    @Test
    void anApplicantBetweenJobsSaysTheLastJobTheyHeld() {
        // "now my job ended in November": no current job on her page, so the note said nothing of who she is
        DraftRequest r = Pairs.request(Path.of("src", "test", "resources", "panel", "pairs"), "07-referral-in-march");
        assertThat(drafter.draft(r).get(0).text()).contains("I was a senior demand planner at Zielony Koszyk Foods");
    }

    @Test
    void thePlanThatGivesTheQuestionItsReferentIsKept() {
        // evening review of pair 07: "how you set yours up" had nothing to refer to; "We're launching a seed library in
        // March." alone was held back as a pitch, and the composer dropped a clause before the bracketed aside
        assertThat(first("07-librarian-seed-library"))
                .contains("As we're launching a seed library in March, may I ask how you set yours up")
                .contains("Your post says you're happy to share.").doesNotContain("(monthly zoom calls)");
    }

    @Test
    void aWebinarThanksIsToldInThePastAndAsksForTheSlidesTheirPostOffers() {
        // a hand session (development pair 51): "I ask about … and you answer very good", "Thank you and get the deck."
        DraftRequest r = Pairs.request(Pairs.DEV, "51-reefer-webinar-thanks-deck");
        assertThat(drafter.draft(r).get(0).text())
                .contains("I asked about alarm thresholds for citrus in the chat and you answered very well.")
                .contains("Thank you! I would be grateful for the deck.");
    }

    @Test
    void classmatesNoteKeepsTheSharedSemesterCongratulatesAndSaysTheProblemOnce() {
        // a fresh-clone hand session (development pair 52): "tu delft" read as a foreign clause lost the shared semester,
        // the note opened on the reason's last clause and said it twice, and "say congrats" was announced, not said
        DraftRequest r = Pairs.request(Pairs.DEV, "52-exchange-classmates-congrats-vibration");
        String note = drafter.draft(r).get(0).text();
        assertThat(note).startsWith("Hello Ewa, we did the TU Delft exchange semester together in 2016")
                .contains("Congratulations on moving to Reliability Lead")
                .contains("Could I ask how you run vibration routes with only 2 techs? We have the same problem.")
                .doesNotContain("say congrats");
        assertThat(note.split("same problem", -1)).hasSize(2);
    }

    @Test
    void aWorkshopQuestionToldInThePresentIsAMeetingAndTheNoteAsksForTheTemplate() {
        // a fresh-clone hand session (development pair 53): "i was at his … workshop … thursday, i ask him at the break …"
        // was judged follow-first with "no shared history"
        DraftRequest r = Pairs.request(Pairs.DEV, "53-cold-store-workshop-template");
        assertThat(r.verdict().decision()).isEqualTo(dev.rapport.etiquette.Decision.CONNECT);
        assertThat(drafter.draft(r).get(0).text()).contains("workshop").contains("count schedule template");
    }

    @Test
    void aQuestionAskedAtTheBreakIsNotCutToASentenceThatSaysNothing() {
        // the same pair's note said "I asked you at the break." (what was asked cut off), "truganina" and "since we move to new WMS"
        String note = drafter.draft(Pairs.request(Pairs.DEV, "53-cold-store-workshop-template")).get(0).text();
        assertThat(note).doesNotContain("I asked you at the break.").contains("in Truganina on Thursday")
                .contains("since we moved to a new WMS");
    }

    @Test
    void aReferredApplicantSaysWhoSheIsFromHerBioAndNotHerVolunteering() {
        // a fresh-clone hand session (development pair 54): "I'm a tutor at Nairobi R Users Group." and "at twiga"
        String note = drafter.draft(Pairs.request(Pairs.DEV, "54-referred-analyst-application")).get(0).text();
        assertThat(note).contains("I'm a junior data analyst.").doesNotContain("tutor").contains("at Twiga");
    }

    @Test
    void aKenyanEngineersTitleIsNoNameAndTheCongratulationsSayOnWhat() {
        // development panel-8 pair 16: "Eng. Joseph Otieno Ouma" gave "no name found", and "Eng. Grace …" was greeted "Hello Eng"
        String note = first("16-retired-engineer-congrats-kakamega");
        assertThat(note).contains("Grace,").doesNotContain("Eng,").doesNotContain("Engineers Board")
                .contains("Congratulations on becoming Chief Officer");
    }

    @Test
    void flatmatesSayWhereTheyLivedAndProfileOverlapIsNoAcquaintance() {
        // development pairs read by the panel on 4 December (night): the flatmates' note said only that their years at
        // Leeds overlapped (the sentence was guessed a pitch), and an applicant's "We were both at the University of
        // Helsinki" hinted at an acquaintance the profiles do not show
        String flat = drafter.draft(Pairs.request(Path.of("src/test/resources/panel-3/pairs"), "21-leeds-flatmates-measles-pipeline")).get(0).text();
        assertThat(flat).contains("we shared a flat in Leeds");
        String applicant = first("25-returning-dairy-qa-seinajoki");
        // (and since r61 on 5 December the applicant's experience takes that line's place at her 200 limit)
        assertThat(applicant).doesNotContain("We were both at");
        String referred = first("28-referral-sqe-mlada-boleslav");
        assertThat(referred).contains("He said you would be expecting my message.").doesNotContain("say his name");
    }

    @Test
    void aReasonAboutTheClubSaysTheVolunteerRoleNotTheDayJob() {
        // the development panel of 4 December (night): "never names the netball club and gives her payroll job"
        assertThat(first("27-netball-volunteer-admires-expert")).contains("I'm the volunteer secretary at Semaphore Stingrays Netball Club")
                .doesNotContainIgnoringCase("payroll");
    }

    @Test
    void aStrangersBrainIsNotPickedOverAZoomButHerThoughtsAreAskedFor() {
        // "pick her brain over a zoom about how to keep volunteers" became a meeting ask once critique read "pick your brain"
        // and "over a zoom"; the step down keeps the subject and the AGM question
        assertThat(first("27-netball-volunteer-admires-expert")).contains("I would love to hear your thoughts on how to keep volunteers.")
                .contains("speak at our AGM").doesNotContain("pick your brain").doesNotContain("zoom");
    }

    @Test
    void aPodcastTheUserListenedToIsTheContextAndKeepsItsName() {
        // a fresh-clone hand session (development pair 56): "listened to her episode on the diseño latino podcast …"
        // was not read (no "I"), so the note said "your post … caught my attention"; then cut to "I listened to your episode."
        String note = drafter.draft(Pairs.request(Pairs.DEV, "56-teacher-podcast-ux-research")).get(0).text();
        assertThat(note).contains("I listened to your episode on the Diseño Latino podcast").contains("how you recruited the merchants")
                .doesNotContain("your post");
    }
    @Test
    void aTitledStrangerIsGreetedAsTheirPageTitlesThemEvenWhenTheReasonSaysTheyNeverMet() {
        // "never met her. Im using her TurbineSound-22 dataset …" (the pair's author: "Dear Dr Ferreira,"); a meeting
        // denied is none, so "met" in it does not make them known
        String note = drafter.draft(Pairs.request(Path.of("src/test/resources/panel-3/pairs"), "28-phd-question-turbine-dataset")).get(0).text();
        assertThat(note).startsWith("Dear Dr. Ferreira,");
        // someone the sender worked with keeps the first name (panel-10 19: "Carolina was our mentor …")
        String mentor = drafter.draft(Pairs.request(Path.of("src/test/resources/panel-10/pairs"), "19-mentor-thanks-grant")).get(0).text();
        assertThat(mentor).startsWith("Hello Carolina,");
    }

    @Test
    void aStrangerSaysWhoSheIsBeforeWhatSheAsksOrTells() {
        // reviewers: the note "asks before the sender says who they are"; "never says who 'we' is"
        assertThat(first("26-science-club-field-station-sendai"))
                .startsWith("Hello Mariko, I'm a biology teacher at Hirose Gakuen High School. Could our Natural Science Club");
        assertThat(first("27-netball-volunteer-admires-expert"))
                .startsWith("Dear Dr. Whitcombe, I'm the volunteer secretary at Semaphore Stingrays Netball Club. We have lost 4 team managers");
    }

    @Test
    void aContactTheUserRecallsStillLeadsTheNote() {
        // "you asked the sharpest question after my talk …": what the recipient did is how she places the sender
        DraftRequest r = Pairs.request(Path.of("src", "test", "resources", "panel-6", "pairs"), "02-sparky-gabba-fitout");
        assertThat(drafter.draft(r).get(0).text()).startsWith("Hello Megan, I wired your Kangaroo Point job in 2024.");
    }

    @Test
    void aJobSeekersNoteDoesNotNameTheRecipientsJobAdvertAsATopic() {
        // reviewer: "I came across your post about PPAP" is wrong; her post is the Supplier Quality Engineer opening
        assertThat(first("28-referral-sqe-mlada-boleslav")).contains("Petr Dvořák suggested I contact you for the SQE position")
                .doesNotContain("about PPAP").doesNotContain("your post");
    }
    @Test
    void theUsersTheirAtTheHeadOfAPostsTopicIsTheRecipientsTeam() {
        // "She talked about their query costs": a second note said "I read your recent post on their query costs"
        // (without the summit's name: a reason that names it has the post, which thanks the summit, said already)
        DraftRequest r = Pairs.withReason(PANEL_8.resolve("04-speaker-panel-promise"), "We were together on the panel 'Lakehouse or"
                + " lake-mess?' in Vienna on 19.11. She talked about their query costs and I promised to send her the link to our"
                + " benchmark repo so she can compare with her numbers. Danke!");
        assertThat(drafter.draft(r)).extracting(Note::text).noneMatch(t -> t.contains("their query costs"))
                .anyMatch(t -> t.contains("your recent post on your query costs"));
        assertThat(drafter.draft(Pairs.request(PANEL_8, "04-speaker-panel-promise"))).extracting(Note::text)
                .isNotEmpty().noneMatch(t -> t.contains("your recent post"));
    }
    @Test
    void aRetoldInvitationToConnectKeepsTheUsersWordsWithoutACourtesyClose() {
        // at 300 characters "you said to connect" beside "Glad to stay in touch." was a repetition, and the note fell back to
        // a template that ignored the user: "I am looking for my next role, and your path is one I would like to learn from."
        DraftRequest pair = Pairs.request(PANEL_8, "05-student-career-night");
        DraftRequest r = Requests.request(pair.me(), pair.them(), pair.purpose(), pair.ground(), pair.verdict(), 300);
        assertThat(drafter.draft(r).get(0).text()).contains("I was the one who asked which Python courses to take")
                .doesNotContain("next role").doesNotContain("stay in touch");
    }
    @Test
    void congratulationsComeBeforeTheFavourNotAfterIt() {
        // reviewer: "And congratulations on starting your own practice!" after the ask "reads like an afterthought"
        assertThat(first("12-ikorodu-school-kano-clinic")).contains("for the CSEB walls. Congratulations on starting your own practice! We just won")
                .endsWith("Would you consult on it from Nairobi? Adaeze").doesNotContain("And congratulations");
    }
    @Test
    void whatTheRecipientSaidOverCoffeeIsToldToHerAndTheUsersNoteToSelfIsNot() {
        // development pair 57, a fresh-clone hand session
        DraftRequest r = Pairs.request(Pairs.DEV, "57-translator-book-fair-panel");
        List<Note> notes = drafter.draft(r);
        assertThat(notes.get(0).text()).contains("Over coffee afterwards you said Maré Alta needs translators for a Portuguese YA crime series")
                .contains("May I ask how to send a sample?").doesNotContain("remind you");
        assertThat(notes).extracting(Note::text).noneMatch(t -> t.contains("Letras"));
    }
    @Test
    void theCloseIsTheUsersOwnKeepInTouchAndNeverAFirstMeetingToACohortmate() {
        Path res = Path.of("src", "test", "resources");
        // "… keep in touch" typed by the user is the close, before any purpose's stock line
        assertThat(drafter.draft(Pairs.request(res.resolve("panel-3/pairs"), "31-paris-meetup-carbon-accounting")).get(0).text())
                .endsWith("Let's keep in touch. Thomas");
        // a bootcamp cohort-mate is no one met once: not "Good to have met you."
        assertThat(drafter.draft(Pairs.request(res.resolve("panel/pairs"), "17-berlin-bootcamp-cohort")).get(0).text())
                .doesNotContain("Good to have met you");
        // "Grateful for any thoughts" only after a question the note asks
        assertThat(drafter.draft(Pairs.request(res.resolve("judge-dev"), "02-webinar-chat")).get(0).text())
                .doesNotContain("Grateful for any thoughts");
    }

    @Test
    void aTitleInAnotherLanguageIsNotPastedIntoAnEnglishSentence() {
        Path panel6 = Path.of("src", "test", "resources", "panel-6", "pairs");
        // "Jefa de Tráfico / Dispatch Lead": the English of the two; "Ingénieur projets" alone: the employer only
        assertThat(drafter.draft(Pairs.request(panel6, "19-dispatcher-crossing-times-laredo")).get(0).text())
                .contains("I'm a dispatch lead at Transportes Sierra Madre.").doesNotContain("jefa");
        assertThat(drafter.draft(Pairs.request(panel6, "23-abidjan-accra-minigrid-thanks")).get(0).text())
                .contains("I work at Lumina Sahel Énergie.").doesNotContain("ingénieur");
        // a chief executive is the one who leads the firm: "the chief executive officer of", not "a chief executive officer at"
        assertThat(drafter.draft(Pairs.request(panel6, "08-exec-irrigation-advice-agadir")).get(0).text())
                .contains("I'm the chief executive officer of Souss Primeurs.");
    }

    @Test
    void theRecipientIsNotToldTheirOwnMoveAndGoodNewsComesBeforeTheAsk() {
        // "he left Halfpenny end of 2024 and moved over to Manchester" is background for the user, not news to Tomasz
        String note = drafter.draft(Pairs.request(Path.of("src", "test", "resources", "panel-6", "pairs"), "36-dublin-podcast-sound-reconnect")).get(0).text();
        // a reviewer: "the recording ask gives no context": the funded series it is for goes with it (the news fits only at a higher limit)
        assertThat(note).doesNotContain("You left").contains("We just got funding for the new series on Irish nurses in NHS hospitals up north. "
                + "Would you be free to record interviews").endsWith("? Aoife");
        assertThat(ReasonPoint.withoutTheirOwnMove("You trained me at Halden. You left a comment on my post.")).endsWith("my post.");
        assertThat(ReasonPoint.withoutTheirOwnMove("You joined our team in 2021.")).isEqualTo("You joined our team in 2021.");
    }

    @Test
    void aShortenedReportKeepsWhatWasSaid() {
        // "she read my CV and said my internship project on cold storage slotting was interesting and i should apply …":
        // the short level was "You read my CV.", which leaves out the very thing she said
        String note = drafter.draft(Pairs.request(Path.of("src", "test", "resources", "panel-6", "pairs"), "01-career-fair-graduate-hcmc")).get(0).text();
        assertThat(note).contains("You read my CV and said my internship project on cold storage slotting was interesting");
    }

    @Test
    void beingConsideredSaysForWhatRole() {
        assertThat(drafter.draft(Pairs.request(Path.of("src", "test", "resources", "panel-6", "pairs"), "11-pastry-chef-former-colleague-sg")).get(0).text())
                .contains("Would you consider me for the pastry chef role?");
        assertThat(ReasonPoint.forTheRole("Would you consider me?", "she is hiring line cooks for the new site"))
                .isEqualTo("Would you consider me for the line cook role?");
        assertThat(ReasonPoint.forTheRole("Would you consider me?", "we met at the fair")).isEqualTo("Would you consider me?");
    }

    @Test
    void aMemoOfWhatTheTwoSharedAndWhatTheSenderCanDoForTheirNeedAreSaid() {
        // "same PhD lab at ETH with Ruth Gerber, we overlapped 4 years. saw his post that he needs laser damage testing
        // and we have the setup at Alpenglas": the note had been "Hi Mehmet, we overlapped 4 years. Good to be in touch."
        String note = drafter.draft(Pairs.request(Path.of("src", "test", "resources", "panel", "pairs"), "22-zurich-phd-lab")).get(0).text();
        assertThat(note).contains("we were in the same PhD lab at ETH with Ruth Gerber.")
                .contains("you need laser damage testing and we have the setup at Alpenglas.");
    }

    @Test
    void aRamblingOneSentenceReasonStillGivesTheMeetingAndTheQuestion() {
        // "so we met at the Frankfurt Book Fair …, and I'd sent her a sample chapter …, but I'd actually like to ask her
        // whether she works with rights agents directly or prefers the translator to bring the project, …": the note was
        // "it was good to meet you at Frankfurt Book Fair. I would be glad to stay in touch."
        String note = drafter.draft(Pairs.request(Path.of("src", "test", "resources", "panel", "pairs"), "15-rambling-book-fair")).get(0).text();
        assertThat(note).contains("we met at the Frankfurt Book Fair in October.")
                .contains("I'd like to ask you whether you work with rights agents directly or prefer the translator to bring the project.")
                .doesNotContain("sample chapter").doesNotContain("actually");
    }

    @Test
    void aMemoWithoutItsIGetsItBackAndACommaBeforeANewSubjectEndsTheSentence() {
        Path panel = Path.of("src", "test", "resources", "panel", "pairs");
        // "just joined Kestrel Foods last month as ERP BA, I'll be mapping …": the step was dropped, and a comma spliced
        assertThat(drafter.draft(Pairs.request(panel, "21-new-joiner-same-company")).get(0).text())
                .contains("I just joined Kestrel Foods last month as ERP BA. I'll be mapping the warehouse processes with your team");
        // "writing a series on extreme heat and outdoor workers, his new paper … is exactly it": "it" had nothing to name
        assertThat(drafter.draft(Pairs.request(panel, "23-journalist-heat-story")).get(0).text())
                .contains("I am writing a series on extreme heat and outdoor workers. Your new paper on head porters in Kumasi is exactly it");
    }

    @Test
    void whatTheTwoDidTogetherIsSaidAsOursAndThePhotosAreNamed() {
        // "did the 5 day anagama firing w Yuki in Kasama … i took photos of her pots, finally sorted them, want to send
        // them to her": the note was "we shared the night stoking shifts. I am a ceramic artist. May I send them to you?"
        DraftRequest r = Pairs.request(Path.of("src", "test", "resources", "panel-3", "pairs"), "35-anagama-firing-kiln-partner");
        assertThat(drafter.draft(r).get(0).text()).contains("we did the 5-day anagama firing together in Kasama in October.")
                .contains("May I send you the photos of your pots?");
        assertThat(ReasonPoint.namedForSending("May I send them to you?", "we met at the fair")).isEqualTo("May I send them to you?");
    }

    @Test
    void anAcronymIsNoForeignWordAndTheThanksStaysInTouchInItsOwnSentence() {
        // "handing over pts to Jen at Bow River ER for like 7 yrs": "ER" was read as German "er" and the clause left out,
        // so the note said where the two live instead of how they know each other
        String note = drafter.draft(Pairs.request(Path.of("src", "test", "resources", "panel-3", "pairs"), "06-paramedic-er-charge-nurse")).get(0).text();
        assertThat(note).contains("I've been handing over patients to you at Bow River ER for 7 years.")
                .contains("Thank you! I'd like to stay in touch.").doesNotContain("Calgary");
    }

    @Test
    void theRecipientIsNotToldTheShopTheyRunNow() {
        // "… at kelvinside 2015-16 he runs his own shop now in paisley": "You run your own shop now in Paisley."
        String note = drafter.draft(Pairs.request(Path.of("src", "test", "resources", "panel-2", "pairs"), "26-welding-course-own-shop")).get(0).text();
        assertThat(note).contains("I was on the welding course with you at Kelvinside 2015-16.").doesNotContain("You run");
    }

    @Test
    void aTitledNameIsYouAndTheSessionTheSenderWentToIsTheirOwnStep() {
        // "Met Dr Menon at the … training day in Aberdeen in September, went to her session …": "Dr Menon" vanished, so
        // the note said "we met at … and went to your session", as if both had gone to it
        String note = drafter.draft(Pairs.request(Path.of("src", "test", "resources", "panel-4", "pairs"), "06-midwife-anaesthetist-aberdeen-day")).get(0).text();
        assertThat(note).contains("I met you at the North of Scotland Maternity Training Day in Aberdeen in September and went to your session");
    }

    @Test
    void aRecruiterSaysTheRoleAndARecipientIsNotToldTheJobTheyRun() {
        Path panel2 = Path.of("src", "test", "resources", "panel-2", "pairs");
        // "I have an embedded C++ role at a client in eindhoven …": the note had said no role at all
        assertThat(drafter.draft(Pairs.request(panel2, "34-agency-recruiter-embedded-open-to-work")).get(0).text())
                .contains("I have an embedded C++ role at a client in Eindhoven");
        // "she runs demand planning analytics at Alvara" is why the referrer sent the user, not news to Daniela
        assertThat(drafter.draft(Pairs.request(Path.of("src", "test", "resources", "panel-3", "pairs"), "24-referral-supply-chain-analytics")).get(0).text())
                .doesNotContain("You run");
        // what the recipient told the sender stays
        assertThat(ReasonPoint.withoutTheirOwnMove("We met at the breakfast. You manage 240 rentals and said you need plumbers."))
                .contains("You manage 240 rentals and said");
    }

    @Test
    void theUsersVerdictFragmentsAreNotPastedAfterTheSharedPast() {
        // "Kemar was my commis then CDP at Sea Grape 2021 to 2024, hard worker, just saw he got Sous Chef … so proud of him"
        // (r60, 5 December: "'2021 to 2024' is telegraphic, missing 'from'"; "the pride the sender wanted to show is missing")
        assertThat(first("24-commis-to-sous-chef-kingston")).startsWith("Hi Kemar, you were my commis then CDP at Sea Grape from 2021 to 2024. "
                + "Congratulations").doesNotContain("hard worker").contains("So proud of you!");
        assertThat(first("16-retired-engineer-congrats-kakamega")).contains("in the Kisumu County roads department").contains("Very proud of you!");
        assertThat(first("28-referral-sqe-mlada-boleslav")).contains("I have been a VDA 6.3 auditor since 2022");
        assertThat(first("02-recruiter-referral")).contains("hybrid 2 days a week").doesNotContain("/wk");
        // r63 on pair 05: "never names the event"; "at University of Illinois" missing "the". The emoji ended the user's
        // aside to us, so the event's sentence was read as a fact; and the talk's topic, which she knows, gives way first
        assertThat(first("05-student-career-night")).contains("thanks for speaking at our Biochem Club career night on Nov 18.")
                .contains("I was the one who asked which Python courses to take").doesNotContain("formal");
        assertThat(OfflineDrafter.withThe("University of Illinois Urbana-Champaign")).isEqualTo("the University of Illinois Urbana-Champaign");
        assertThat(OfflineDrafter.withThe("Quillset")).isEqualTo("Quillset");
    }

    @Test
    void aPromiseBeforeAThanksIsKeptAndTheThanksIsWhatGoesWhenShort() {
        // "she ask sample chapters … I promised to send english + japanese sample. also want thank her for the dinner restaurant
        // recomendation": at 200 characters the note kept the thanks and left out the promise
        String note = drafter.draft(Pairs.request(Path.of("src", "test", "resources", "panel-5", "pairs"), "23-tokyo-porto-translation")).get(0).text();
        assertThat(note).contains("You asked for sample chapters").contains("As promised, I'll send you English and Japanese sample.");
    }

    @Test
    void aPlainStatementOfTheSendersIsTheDetailWhenThereIsRoomAndAPlainerReasonGetsItsWordsBack() {
        Path res = Path.of("src", "test", "resources");
        // "… I might transfer to our US site next year so I want ask how is life in Phoenix": why the question is asked
        assertThat(drafter.draft(Pairs.request(res.resolve("panel-5/pairs"), "32-hsinchu-phoenix-labmate")).get(0).text())
                .contains("I might transfer to our US site next year.");
        // the bracket was dropped to make room for a detail that was then dropped too
        assertThat(drafter.draft(Pairs.request(res.resolve("panel-4/pairs"), "26-workshop-qualitative-coding-question")).get(0).text())
                .contains("last Thursday (the Methods Hub one).");
    }

    @Test
    void theSmallestNoteStillCarriesTheUsersDetailAndABareCongratsSaysOnWhat() {
        Path res = Path.of("src", "test", "resources");
        // a reviewer: "never mentions her Concrete Souqs series … of those same market buildings"
        assertThat(drafter.draft(Pairs.request(res.resolve("panel-6/pairs"), "34-dubai-photographer-curator-referral")).get(0).text())
                .contains("I have the Concrete Souqs series");
        assertThat(drafter.draft(Pairs.request(res.resolve("panel-2/pairs"), "24-applying-mobile-qa-team-lead")).get(0).text())
                .contains("built the mobile regression suite for a bank app");
        // "he just started as head of supply chain at Rowerownia. …, just congrats and keep in touch": there was no congratulation
        assertThat(drafter.draft(Pairs.request(res.resolve("panel-2/pairs"), "22-csm-former-client-new-company")).get(0).text())
                .contains("Congratulations on your new role as Head of Supply Chain at Rowerownia! Let's keep in touch.");
    }

    @Test
    void theSendersPlanSaysWhatTheQuestionIsFor() {
        // "now he has his own studio in medellín, we want to record the 3rd album live in march, want to ask if he has dates"
        String note = drafter.draft(Pairs.request(Path.of("src", "test", "resources", "panel-2", "pairs"), "29-musician-tour-engineer-studio")).get(0).text();
        // (asked, not announced: the plan goes before the question in a sentence of its own)
        assertThat(note).contains("We want to record the 3rd album live in March. Do you have dates");
    }

    @Test
    void whatTheTwoShareAsTheUserTypedItIsNoPitchAndTheirCouncilIsYou() {
        // "We are both in OIF." was held back as a sales pitch, so the note was the question alone, with "how they weighted"
        String note = drafter.draft(Pairs.request(Path.of("src", "test", "resources", "panel-2", "pairs"), "27-council-procurement-tender-peer")).get(0).text();
        assertThat(note).contains("we are both in OIF.").contains("2-3 questions on how you weighted the climate criteria");
    }

    @Test
    void anEventNameWithAnAmpersandIsTheEventTheReasonNames() {
        // development pair 59, a fresh-clone hand session: "Electric & Hybrid Marine Expo" in the note was read as an event
        // called "Electric", unsupported, so the note fell back to the bare question; "how often they replace" was his team
        String note = drafter.draft(Pairs.request(Pairs.DEV, "59-ferry-charger-connector-wear")).get(0).text();
        assertThat(note).contains("we met at the Electric & Hybrid Marine Expo in Amsterdam in June.")
                .contains("how often you replace the connector contacts");
    }

    @Test
    void theDevelopmentRoundOfFiveDecemberEvening() {
        // r61 on pair 03: "'We were both at Glenbrook Software' understates the relationship: she was his team lead"; the
        // sad face hid "Aoife was my team lead there" inside the private sentence before it, and "I wanted to let you know
        // I applied" left what was applied for to a detail the 200 limit dropped
        assertThat(first("03-laid-off-former-lead")).startsWith("Hi Aoife, you were my team lead at Glenbrook")
                .contains("I applied for Senior Backend Engineer (Platform) at Harbourline last Thursday.")
                .contains("put in a word").doesNotContain("laid off").doesNotContain("let you know");
        // r61 on pair 07: "'how they catalog the packets' uses 'they' where it should be 'you'"
        assertThat(first("07-librarian-seed-library")).contains("and how you catalog the packets");
        // r61 on pair 25: the applicant's experience, not a link read off the two profiles
        assertThat(first("25-returning-dairy-qa-seinajoki")).contains("I was a quality assurance specialist at Pohjolan Juusto Oy")
                .doesNotContain("University of Helsinki");
        // r61 on pair 29: "comma splice and missing article in 'at coffee break after your session we talked'"
        assertThat(first("29-shore-power-forum-kaohsiung")).contains("2 weeks ago, and at the coffee break after your session we talked");
    }
}
