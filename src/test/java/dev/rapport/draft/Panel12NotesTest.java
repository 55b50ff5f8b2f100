package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Faults the blind reviewers found in the twelfth panel's first notes (written and read in the session of 6 December,
 * a development set from then on), each held on its own pair.
 */
class Panel12NotesTest {
    private static final Path PANEL_12 = Path.of("src", "test", "resources", "panel-12", "pairs");
    private final OfflineDrafter drafter = new OfflineDrafter();

    private String first(String slug) {
        return Pairs.firstNote(drafter, PANEL_12, slug);
    }

    @Test
    void aTitledStrangerIsGreetedWithTheTitleTheirPageGives() {
        // "Dr. Eleni Karagianni", head of a unit, written to by a resident she has never met (reviewers: "'Hi Eleni' is too
        // informal … to a senior consultant she has never met"); the pair's author wrote "Dear Dr. Karagianni,"
        assertThat(first("24-derm-referral-rotation")).startsWith("Dear Dr. Karagianni,");
    }

    @Test
    void aJobTitleInAnotherLanguageGivesWayToTheAboutsOwnEnglishRole() {
        // "Médica Interna Residente (MIR) - Dermatología …" gave "I'm with Hospital Universitario Turia." (r106: "never says who
        // Lucía is"); her About opens "Third-year dermatology resident in Valencia."
        assertThat(first("24-derm-referral-rotation")).contains("I'm a third-year dermatology resident in Valencia.")
                .doesNotContain("I'm with");
    }

    @Test
    void onlyAnAboutThatOpensWithARoleAloneSaysWhoWrites() {
        java.util.function.Function<String, dev.rapport.profile.Profile> about = text -> new dev.rapport.profile.Profile("Ana Ruiz", "",
                "", text, java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.Set.of(), java.util.List.of(), "", dev.rapport.profile.SourceFormat.LINKEDIN_PAGE);
        assertThat(OfflineDrafter.roleOpeningTheAbout(about.apply("Third-year dermatology resident in Valencia. I love ultrasound.")))
                .contains("third-year dermatology resident in Valencia");
        // a sentence with a verb, or a long one, is a story, not a role
        assertThat(OfflineDrafter.roleOpeningTheAbout(about.apply("I work on ultrasound in Valencia."))).isEmpty();
        assertThat(OfflineDrafter.roleOpeningTheAbout(about.apply(""))).isEmpty();
    }

    @Test
    void congratulationsSayWhatFor() {
        // "now she is Head of Ops at Pakal, I want to congratulate her": the note said only "Congratulations!"
        // ("Head of Ops at Pakal" is said as her page says it, "Head of Operations at Pakal Logistics", as the pair's author wrote it)
        assertThat(first("17-export-ops-lead-congrats")).containsIgnoringCase("Congratulations on becoming Head of Operations at Pakal Logistics!");
        // "he just became head of education …, want to congrats him": "I'd like to congrats you"
        // "he just became head of education at orchestra in Bilbao": the orchestra only described is named as his profile names it
        // (a reviewer: "doesn't name the orchestra (Orquesta Sinfónica del Cantábrico)")
        assertThat(first("28-conservatory-quartet-congrats"))
                .containsIgnoringCase("Congratulations on becoming Head of Education & Community at Orquesta Sinfónica del Cantábrico!")
                .doesNotContain("congrats you").doesNotContain("orchestra in Bilbao");
    }

    @Test
    void aSchoolSaidByTheInitialsOfItsNameIsNotReadBackFromTheProfile() {
        // "my classmate at YST" and then "I noticed we studied at the Yong Siew Toh Conservatory of Music … around the same time"
        assertThat(first("28-conservatory-quartet-congrats")).containsIgnoringCase("we were classmates at YST").doesNotContain("I noticed we studied");
    }

    @Test
    void theReferrersPronounsStayHisAndATitleGoesWithTheName() {
        // "told me to contact Ibu Dewi, she was his master student": "contact Ibu you. You were your master student"
        // (and how the referrer knows her is not told back to her: "You were his master student at UI before", r106)
        assertThat(first("15-grad-student-referred-microinsurance")).contains("suggested I contact you.")
                .doesNotContain("You were his master").doesNotContain("Ibu you").doesNotContain("your master");
    }

    @Test
    void aSecondLanguageWritersVerbFormsAreMended() {
        assertThat(first("03-turbine-tech-gwo-course")).contains("we were on the same GWO").doesNotContain("we was");
    }

    @Test
    void theBuyersRequestIsNotMadeTheSendersAndTheStoryIsInThePast() {
        // "we meet in Feria …. he taste our fino de aroma lot … and ask 2 kg sample …": "I would like to ask 2 kg sample"
        assertThat(first("12-cocoa-coop-fair-buyer")).contains("we met at the Feria Cacao de Origen").doesNotContain("I would like to ask");
        // "she lead the driver support hub when I was city ops manager": "you lead"
        assertThat(first("17-export-ops-lead-congrats")).containsIgnoringCase("you led the driver support hub");
    }

    @Test
    void theRecipientAndTheReferrerTogetherAreSaidToTheRecipient() {
        // "told me to write to her, they are coauthors in the HS ultrasound paper": "They are coauthors" in a note to her
        // and then it is left out: how the referrer knows her is hers to know ("You are coauthors …": r94, r106)
        assertThat(first("24-derm-referral-rotation")).contains("suggested I write to you.")
                .doesNotContain("They are").doesNotContain("coauthors");
    }

    @Test
    void aHyphenatedNameKeepsItsSecondHalf() {
        // "my TFM was about rail motorway Madrid-Valencia": the note said "Madrid" (a reviewer: it truncates the topic)
        assertThat(first("29-rail-planner-applied")).contains("rail motorway Madrid-Valencia");
    }

    @Test
    void theQuestionTheUserTypedIsAskedAsAQuestion() {
        // "my question: the new branch need its own superintendent pharmacist before we book inspection or can be after?": dropped
        // (whole when there is room; a limit of 200 leaves out its other half, below)
        assertThat(first("11-pharmacist-pcn-question")).contains("Does the new branch need its own superintendent pharmacist");
        assertThat(drafter.plans(Pairs.request(PANEL_12, "11-pharmacist-pcn-question")).get(0).clauses()).anyMatch(c -> c.levels().get(0)
                .equals("Does the new branch need its own superintendent pharmacist before we book inspection, or can that be after?"));
        // "ask if theres still a spot + can send CV": "I would like to ask if there's still a spot and can send CV."
        assertThat(first("02-vet-nurse-calving-placement")).contains("Is there still a spot? I can send my CV.");
        // "need a 2 wk placement for the farm animal module …": what the spot is for (a reviewer: "'a spot' is never named")
        assertThat(first("02-vet-nurse-calving-placement")).contains("I'm looking for a 2-week placement for the farm animal module");
        // "want to ask how they get TCR dates agreed early with SŽ": "I would like to ask how you get …"
        assertThat(first("22-rail-panel-question")).contains("Could I ask how you get TCR dates agreed early with SŽ?");
        // "want to ask him which days the road will be closed and whether …": one run-on sentence with "its"
        assertThat(first("06-journalist-wind-farm-source")).contains("Which days will the road be closed?").contains("or it's just");
    }

    @Test
    void anAskAboutItSaysWhatItIsAndADoubtedAskIsLeftOut() {
        // "Saw her post about the youth strings exchange 2027 - …, I want to ask about it": "I would like to ask about it."
        assertThat(first("21-festival-orchestra-stand")).contains("ask you about the youth strings exchange 2027")
                .doesNotContain("ask about it");
        // "… or maybe anonymised claim data (maybe too much to ask in first message?)": the doubted ask was in the note
        assertThat(first("15-grad-student-referred-microinsurance")).doesNotContain("claim data");
        // "I want ask if 20 min interview possible": asked plainly the meeting-ask rule holds it back for a referral, and the
        // note was left with no ask at all; questions sent in writing are the plainer cut
        assertThat(first("15-grad-student-referred-microinsurance")).endsWith("Could I send you a few questions? Putri");
    }

    @Test
    void theSendersSecondLanguageSlipsAreMended() {
        // reviewers: "its just scheduled maintenance" (it's), "You trained me ... and was my team lead" (were),
        // "met in Feria" (at the Feria), "you are my classmate" (we were classmates), "for Rail Operations Planner"
        assertThat(first("06-journalist-wind-farm-source")).contains("or it's just scheduled maintenance");
        assertThat(first("07-returning-parent-ex-colleague")).contains("when I started and were my team lead");
        assertThat(first("12-cocoa-coop-fair-buyer")).contains("met at the Feria Cacao de Origen");
        assertThat(first("20-dyeing-classmate-wastewater")).contains("we were classmates at Bách Khoa").doesNotContain("you are my classmate");
        assertThat(first("29-rail-planner-applied")).contains("for the Rail Operations Planner role (EI-2611)")
                .contains("about the rail motorway Madrid-Valencia");
    }

    @Test
    void aPromiseWhoseConditionCameTrueIsKeptNotRepeated() {
        // "I promised to send him photos when the series is finished. It's finished!! 40 stools": the note said "As promised,
        // I'll send you photos when the series is finished." (a reviewer: "the series is already finished")
        assertThat(first("25-stool-photos-promise")).contains("The series is finished (40 stools), so as promised, I'll send you the photos.")
                .doesNotContain("when the series is finished");
    }

    @Test
    void aPromiseToldOfTheRecipientWasMadeBeforeAndTheThingNamedIsGiven() {
        // "I promise to send her the contact of our malteur … (Malterie des Patriotes). I'm late": "I promise to send you" (a
        // reviewer: "should be past tense; the note restates the promise instead of delivering the maltster contact")
        assertThat(first("05-brewer-festival-promise"))
                .contains("Sorry for the delay. As promised, here is the contact of our malteur for the malted oats: Malterie des Patriotes.")
                .doesNotContain("I promise");
    }

    @Test
    void theThanksSaysWhatForAndInTheUsersOwnWord() {
        // "her advise on battery bank sizing for the hybrid sites help me a lot … want say asante sana and keep in touch": the
        // note said "Thank you so much and keep in touch." (a reviewer: "nothing about her battery bank sizing advice")
        assertThat(first("14-tower-engineer-thanks-mentor"))
                .contains("Asante sana for your advice on battery bank sizing for the hybrid sites! I'd love to keep in touch.");
        // "also want to say dzięki for the old days": left out (a reviewer: "leaves out the thanks for the old days")
        assertThat(first("30-redteam-excolleague-tokyo")).contains("Dzięki for the old days!");
        // "I'm giving a talk in Tokyo in March 2027 and want to meet him for coffee": the trip went, so the coffee came from
        // nowhere (a reviewer)
        assertThat(first("30-redteam-excolleague-tokyo")).contains("As I'm giving a talk in Tokyo in March 2027, I'd like to meet you for coffee.");
    }

    @Test
    void whatTheAnswerWouldDoForTheSenderDoesNotTakeTheQuestionWithIt() {
        // pair 10: "I want to ask him how the european reinsurers look at flood risk …, it will help our pricing" lost the whole
        // question ("our pricing" read as a pitch); the sender's motive goes, the question stays
        assertThat(first("10-laval-classmate-reinsurance"))
                .contains("how the European reinsurers look at flood risk in Québec for the 1/1 renewals?").doesNotContain("pricing");
    }

    @Test
    void sendingWhatTheyAskedForIsKeptAsAPromiseThatNamesTheThing() {
        // pair 12: "he … ask 2 kg sample with fermentation records, I send by DHL next week" was left out of the note
        assertThat(first("12-cocoa-coop-fair-buyer"))
                .contains("As promised, I'll send you the 2 kg sample with fermentation records by DHL next week.");
    }

    @Test
    void aStudentsQuestionsSayWhatTheyAreForWhenTheInterviewIsHeldBack() {
        // pair 15: "my thesis is parametric flood cover …, I want ask if 20 min interview possible" lost the thesis when the
        // stranger's interview stepped down to questions in writing (a reviewer: "'a few questions' has no context")
        assertThat(first("15-grad-student-referred-microinsurance"))
                .contains("My thesis is on parametric flood cover for pasar traders in Jakarta. Could I send you a few questions?");
    }

    @Test
    void photosPromisedToHerAreNotHerPhotos() {
        // pair 03: "I promised to send her photos of our rig" gave "I'll send you your photos of our rig" (a reviewer: "the
        // photos are his, of his team's rig, not hers")
        assertThat(first("03-turbine-tech-gwo-course")).contains("As promised, I'll send you the photos of our rig").doesNotContain("your photos");
    }

    @Test
    void whatHerPostSaysOfHerMillIsSaidToHer() {
        // pair 20: "saw her post they meet QCVN 13 colour limit" gave "I saw your post they meet …" (a reviewer: "ungrammatical")
        assertThat(first("20-dyeing-classmate-wastewater")).contains("I saw your post that you meet QCVN 13");
    }

    @Test
    void atTwoHundredTheQuestionsOtherHalfGoesBeforeWhoWrites() {
        // calibration (r112): "'the new branch' comes out of nowhere: no mention that he runs Greenleaf Pharmacy"; the note
        // had kept "…, or can that be after?" and dropped who writes; the user's own line about the branch says more of it
        // than who writes does (r142, a later reading: "he doesn't say they're opening a second branch in Bodija")
        assertThat(first("11-pharmacist-pcn-question")).contains("opening a 2nd branch in Bodija")
                .contains("Does the new branch need its own superintendent pharmacist before we book inspection?")
                .doesNotContain("or can that be after");
    }

    @Test
    void aStrangerAsksForAPlacementRatherThanSayingSheNeedsOne() {
        // calibration (r112): "opens with 'I need a 2-week placement', which reads as demanding rather than asking"
        assertThat(first("02-vet-nurse-calving-placement")).contains("I'm looking for a 2-week placement").doesNotContain("I need");
    }

    @Test
    void anAfterThatEndsItsClauseStaysWithTheShortCut() {
        // calibration (r112): "'the Monday' is an unfinished phrase (should be 'the Monday after')"
        assertThat(first("04-bursar-thanks-speaker")).contains("our actual timetable the Monday after.");
    }

    @Test
    void whatTheyDidBeforeAskingStaysBesideThePromise() {
        // calibration (r111): "'our stand 14' alone won't identify her among 40+ samples"; "doesn't recall the cold-weather,
        // heated-enclosure talk that makes the photos meaningful"
        assertThat(first("12-cocoa-coop-fair-buyer")).contains("You tasted our fino de aroma lot from Saravena. As promised, I'll send you the 2 kg sample");
        assertThat(first("03-turbine-tech-gwo-course")).contains("You showed me how you do leading edge repair at low temperature")
                .contains("As promised, I'll send you the photos");
    }

    @Test
    void theSendersOwnSituationIsToldWhenThereIsRoom() {
        // r106: "leaves out that she is coming back after a career break, which is what makes the posting relevant"; the note had
        // room for one of the two sentences of the rest of her story and said neither
        assertThat(first("07-returning-parent-ex-colleague")).contains("I've been home with my kids since 2019 and going back to work now.");
        // r90: the note "omits … coffee in Dublin in February"; the joining "Also" of the user's sentence is not the note's
        assertThat(first("10-laval-classmate-reinsurance")).contains(" I'm in Dublin in February for a conference")
                .doesNotContain("Also I'm");
    }

    @Test
    void whatTheSenderSaysOfThemselvesElsewhereIsNotToldAsTheirStory() {
        ReasonPoint point = new ReasonPoint(new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless()));
        java.util.function.Function<String, String> rest = why -> point.of(why, null, null, java.util.List.of())
                .map(ReasonWords.Said::rest).orElse("");
        // a wish, a negation typed without its apostrophe, who the sender is, what someone said to do, a sentence cut at an
        // abbreviation: none is a line of the sender's story for the recipient (each was drafted once in a development note)
        assertThat(rest.apply("She just won the Kungsbacka schools tender against us. I want to congratulate you properly."))
                .doesNotContain("congratulate you properly");
        assertThat(rest.apply("We worked at Harian Kabar Nusantara together. I know you cant talk on record anyway.")).doesNotContain("on record");
        assertThat(rest.apply("We talked shop half the evening at the wedding. I do ocean export in Hamburg for a forwarder."))
                .doesNotContain("ocean export");
        assertThat(rest.apply("She came by my poster in Vilnius. My advisor said just ask directly about the data."))
                .doesNotContain("advisor");
        assertThat(rest.apply("I read her paper on cochineal dyes in textiles. We are dating a group of 18th c. Spanish textiles now."))
                .doesNotContain("18th c.");
        // and the sender's own present situation is, when the reason's detail has not taken it
        assertThat(rest.apply("Dana and me worked together at Prairie Mutual in property claims 2013-2019, she trained me on hail claims. "
                + "I've been home with my kids since 2019 and going back to work now. Would love to ask her about the role."))
                .contains("I've been home with my kids since 2019 and going back to work now.");
    }

    @Test
    void anInterestTypedWithoutItsIIsSaidBesideTheCongratulations() {
        // r131 on 28: "Add 'Would love to hear about your side-by-side project …'"; the reason: "also curious about the side by
        // side project with school students, we doing similar here"
        assertThat(first("28-conservatory-quartet-congrats")).contains("I'd also love to hear about the side by side project with school students.");
        ReasonPoint point = new ReasonPoint(new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless()));
        assertThat(point.of("he just became head of the lab at Aalto, want to congrats him. curious about his new sensor project",
                null, null, java.util.List.of()).map(ReasonWords.Said::also).orElse("")).isEqualTo("I'd also love to hear about your new sensor project.");
        // (not an interest denied)
        assertThat(point.of("he just became head of the lab at Aalto, want to congrats him. not curious about his politics though",
                null, null, java.util.List.of()).map(ReasonWords.Said::also).orElse("")).isEmpty();
    }

    @Test
    void aLineThatPointsBackComesAfterWhatItPointsAt() {
        // r143: "'We have the same problem' comes before the post is mentioned, so 'same problem' has no referent"
        assertThat(first("20-dyeing-classmate-wastewater")).containsSubsequence("I saw your post", "We have the same problem");
        // r142: "starts with 'the Monday after' before the talk is mentioned"
        assertThat(first("04-bursar-thanks-speaker")).containsSubsequence("thank you for your talk", "the Monday after");
    }

    @Test
    void aQuestionStaysLastWhateverPointsBack() {
        java.util.List<Clause> clauses = new java.util.ArrayList<>(java.util.List.of(
                new Clause(Clause.Role.GREETING, Clause.Source.PROFILE, java.util.List.of("Hi Mai,"), ""),
                new Clause(Clause.Role.EXTRA, Clause.Source.USER, java.util.List.of("We have the same problem at our plant."), ""),
                new Clause(Clause.Role.ASK, Clause.Source.USER, java.util.List.of("How did you meet the colour limit?"), "")));
        OfflineDrafter.inTheUsersOrder(clauses, "saw her post on the colour limit. we have the same problem at our plant");
        assertThat(clauses.get(1).text()).startsWith("We have the same problem");
    }

    @Test
    void aThingTheQuestionLeansOnIsNamedBeforeIt() {
        // r142: "'the new branch' is never introduced; he doesn't say they're opening a second branch in Bodija" (limit 200:
        // the user's line about it had been cut, and who writes kept)
        assertThat(first("11-pharmacist-pcn-question")).containsSubsequence("branch in Bodija", "Does the new branch need");
    }

    @Test
    void aReasonThatOpensOnWhatTheSenderIsDoingIsTheirs() {
        // r142: "doesn't say it's for a story in Thursday's paper or that she needs the answer on the record"; the reason's
        // "doing a story for thursdays paper about …" had no "I" and was not read at all
        assertThat(first("06-journalist-wind-farm-source")).contains("I am doing a story for Thursday's paper about the crane convoy on the R102.");
    }

    @Test
    void whereTheTwoWereComesBeforeWhoDidWhatThere() {
        // r143: "shared history is choppy and in reverse order ('You led the hub when I was a city ops manager. We were both
        // at Ruta Ya.')"
        assertThat(first("17-export-ops-lead-congrats")).containsSubsequence("We were both at Ruta Ya.", "You led the driver support hub");
    }

    @Test
    void timeAskedForIsAskedAndWhatItWasForSurvivesTheRuleOnAStrangersTime() {
        // r148: "'I would like 30 minutes' reads as a demand, not a request". Asked as a question ("Could I take 30 minutes of
        // your time …?") the meeting-ask rule holds a referral's time back; what the time was for is still asked
        assertThat(first("09-school-business-manager-referral")).contains("I'd love to hear what you'd do differently, especially the data migration part.")
                .doesNotContain("I would like 30 minutes");
    }
}
