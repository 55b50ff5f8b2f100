package dev.rapport.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The point of the reason reaches the note even when it is in a later sentence or clause (the
 * congratulations, the thanks, the question), closes it with no courtesy line after it, and no
 * first note is padded with the stock lines recipients object to.
 */
class ReasonPointNotesTest {
    private final OfflineDrafter drafter = new OfflineDrafter();

    // Lines blind recipients called template filler standing in for content.
    private static final List<String> FILLER = List.of("It has been a few years", "How are things at", "What are you working on at",
            "Your view would help as I plan my next step", "Hope your week is going well", "Thanks either way",
            "Wishing you a good month", "Happy to tell you more about my background", "It would be good to stay in touch",
            "since our time at", "we overlapped at");

    private static DraftRequest connect(String slug) {
        DraftRequest r = Pairs.request(Pairs.DEV, slug);
        return new DraftRequest(r.me(), r.them(), r.purpose(), r.ground(), Requests.CONNECT, r.limit(), 1, r.style());
    }

    private String first(String slug) {
        List<Note> notes = drafter.draft(connect(slug));
        assertThat(notes).as(slug).isNotEmpty();
        return notes.get(0).text();
    }

    @Test
    void whatTheNoteMustNotDoAndASecondCongratulationsAreNotSaid() {
        // a second new user's notes: "I would like to follow up but NOT pitch anything." and "congratulations on share farmer
        // of the year, want to say congrats!"
        DraftRequest r = connect("03-meetup-last-month");
        dev.rapport.purpose.Purpose follow = dev.rapport.purpose.PurposeReader.read("met keiko at the Austin Rust meetup, we chatted about"
                + " cold starts over coffee. want to follow up but NOT pitch anything, no sales angle");
        String note = drafter.draft(new DraftRequest(r.me(), r.them(), follow, r.ground(), Requests.CONNECT, 300, 1, r.style())).get(0).text();
        assertThat(note).doesNotContainIgnoringCase("pitch").doesNotContainIgnoringCase("sales");
        dev.rapport.purpose.Purpose congrats = dev.rapport.purpose.PurposeReader.read("we met at the Austin Rust meetup last month. saw she"
                + " won Speaker of the Year, want to say congrats");
        String twice = drafter.draft(new DraftRequest(r.me(), r.them(), congrats, r.ground(), Requests.CONNECT, 300, 1, r.style())).get(0).text();
        assertThat(twice).contains("Speaker of the Year!").doesNotContain("want to say congrats");
    }

    @Test
    void thanksJustWantedAreGivenWithWhatTheThingThankedForDid() {
        // a new user's "I just want to thank her for the panel, it changed how I think about cooperative contracts" gave
        // "I just want to thank you for the panel." and nothing of what it changed
        DraftRequest r = connect("03-meetup-last-month");
        dev.rapport.purpose.Purpose why = dev.rapport.purpose.PurposeReader.read("saw Keiko on a panel at the Austin Rust meetup last month."
                + " I just want to thank her for the panel, it changed how I think about error handling");
        DraftRequest q = new DraftRequest(r.me(), r.them(), why, r.ground(), Requests.CONNECT, 300, 1, r.style());
        String note = drafter.draft(q).get(0).text();
        assertThat(note).contains("Thank you for the panel; it changed how I think about error handling.").doesNotContain("just want");
    }

    @Test
    void aQuestionTheReasonSaysItWillAskIsAskedOnceAndTheRestIsTheFact() {
        // a new user's "I want to ask if she would co-supervise my MSc on spider plant seed systems, I read her work on …" gave
        // "I want to ask if you would co-supervise my MSc. … Would you co-supervise my MSc on …?"
        DraftRequest r = connect("03-meetup-last-month");
        dev.rapport.purpose.Purpose why = dev.rapport.purpose.PurposeReader.read("I want to ask if she would review my thesis chapter on"
                + " typing, I read her work on gradual typing");
        DraftRequest q = new DraftRequest(r.me(), r.them(), why, r.ground(), Requests.CONNECT, 300, 1, r.style());
        String note = drafter.draft(q).get(0).text();
        assertThat(note).contains("I read your work on gradual typing").contains("my thesis chapter on typing?")
                .doesNotContain("I want to ask");
    }

    @Test
    void yearsThatOverlapAtOneEmployerAreNotSaidAsWorkingTogether() {
        // panel-6 pair 12 (development): "We worked together at SariMart Supermarkets" overstated it (she trained his store once)
        String joy = drafter.draft(Pairs.request(Path.of("src/test/resources/panel-6/pairs/12-pos-training-thanks-cebu"))).get(0).text();
        assertThat(joy).contains("we both work at SariMart Supermarkets").doesNotContain("worked together");
    }

    @Test
    void theSendersPlanGoesWithTheQuestionItExplains() {
        // a panel reviewer on dev pair 42: "leaves out that the sender is thinking of moving into operations himself"
        assertThat(first("42-former-colleague-question-later")).contains("As I'm thinking about moving into operations too, may I ask")
                .contains("how you made the switch from banking");
    }

    @Test
    void aBareCongratulationsSaysOnWhatFromNewsInAnyTense() {
        // panel-6 pairs 16 and 11 (development): "Congratulations!" said nothing of "she just became chief pharmacist"
        // or of "now he open his own restaurant in Singapore and hiring pastry chef!!"
        List<Note> kavitha = drafter.draft(Pairs.request(Path.of("src/test/resources/panel-6/pairs/16-pharmacy-classmate-congrats-penang")));
        assertThat(kavitha.get(0).text()).containsIgnoringCase("Congratulations on becoming chief pharmacist in Penang!");
        List<Note> marco = drafter.draft(Pairs.request(Path.of("src/test/resources/panel-6/pairs/11-pastry-chef-former-colleague-sg")));
        assertThat(marco.get(0).text()).contains("Congratulations on opening your own restaurant in Singapore!").doesNotContain("hiring");
    }

    @Test
    void howTheTwoKnowEachOtherIsKeptBesideTheWishFromAnySentence() {
        // panel-6 pair 24 (development): the first sentence is only the sender's situation; the second says who Rania
        // was to her, the third her news, the fourth the wish. The note had only "I saw that you were at Halden & Rowe LLP as well."
        List<Note> notes = drafter.draft(Pairs.request(Path.of("src/test/resources/panel-6/pairs/24-dubai-returner-former-trainee")));
        assertThat(notes).isNotEmpty();
        assertThat(notes.get(0).text()).contains("you were my senior associate at Halden & Rowe")
                .contains("Congratulations on making partner!").contains("Would you have 20 minutes for coffee?")
                .doesNotContain("I would like to congratulate").doesNotContain("lol").doesNotContain("desperate");
    }

    @Test
    void aThanksTypedInTheSendersLanguageIsThePointAfterTheNews() {
        // panel-6 pair 12 and panel-5 pair 34 (development): "salamat!" and "merci beaucoup" were left out with the foreign words
        assertThat(point("Joy ran our POS training in Mandaue last month. salamat!").wish()).startsWith("Thank you");
        ReasonWords.Said guest = point("we recorded in his studio in Abidjan in october. the episode is online since monday and I want to "
                + "say merci beaucoup and send him the link directly, and maybe he can share it with his listeners");
        // (what the user says they want to say is said in their word, as a reviewer of panel-10 pair 19 wrote it: "Obrigada!")
        assertThat(guest.wish()).startsWith("Merci beaucoup! I'd be glad to send you the link directly.");
    }

    @Test
    void aNewRoleIsNamedWithTheRecipientsCurrentEmployer() {
        // panel-6 pair 27 (development): "Congratulations on new role!" did not say where
        List<Note> notes = drafter.draft(Pairs.request(Path.of("src/test/resources/panel-6/pairs/27-kampala-kigali-dashboard-congrats")));
        assertThat(notes).isNotEmpty();
        assertThat(notes.get(0).text()).containsIgnoringCase("Congratulations on your new role at Imena Health!");
    }

    @Test
    void aThanksIsNotFollowedByTheFactItThanksFor() {
        // panel-3 pairs 14 and 32 (development): "Thank you. You fixed our replication lag ticket last week." after that fact
        ReasonWords.Said fixed = point("want to thank him, he fixed our replication lag ticket (#48213) last week. took 3 days");
        assertThat(fixed.fact()).isEqualTo("you fixed our replication lag ticket (#48213) last week.");
        assertThat(fixed.wish()).isEqualTo("Thank you.");
    }

    @Test
    void theQuestionTypedAfterACongratulationsIsKeptWithIt() {
        // panel-5 pair 32 (development): the question about Phoenix was left out
        ReasonWords.Said kevin = point("Kevin and me were labmates in Prof. Hsu thin film lab at NTHU. want congrats him on new job in Arizona. "
                + "I might transfer to our US site next year so I want ask how is life in Phoenix");
        assertThat(kevin.wish()).isEqualTo("Congratulations on your new job in Arizona!");
        assertThat(kevin.also()).isEqualTo("How is life in Phoenix?");
        // a congratulations with nothing asked after it stays as it is
        ReasonWords.Said plain = point("we were labmates at NTHU. congrats on the new job in Arizona");
        assertThat(plain.wish()).isEqualTo("Congratulations on the new job in Arizona!");
        assertThat(plain.also()).isEmpty();
    }

    @Test
    void aBareCongratulationsSaysOnWhatWhenTheReasonTellsTheNews() {
        // panel-5 pairs 14, 35 and 05 (development): "Congratulations!" alone, or nothing, was what reviewers got
        assertThat(point("we worked together at Kōwhai Kitchen in Auckland, she was my head chef. now she opened her own place in "
                + "Wellington, I want to congratulate her.").wish()).isEqualTo("Congratulations on opening your own place in Wellington!");
        assertThat(point("congrats omar on cfo role, we worked together at LCB").wish()).isEqualTo("Congratulations on the CFO role!");
        ReasonWords.Said memo = point("Shared the panel with Kadri in Tallinn in Sept. She's just been named Deputy Sec Gen for energy "
                + "at the ministry - congratulate her, and suggest we pick up the heat storage discussion in the new year.");
        assertThat(memo.wish()).isEqualTo("Congratulations on being named Deputy Sec Gen for energy at the ministry! "
                + "Shall we pick up the heat storage discussion in the new year?");
        assertThat(point("she made partner at another firm. I want to congratulate her").wish()).isEqualTo("Congratulations on making partner!");
    }

    @Test
    void theCongratulationsInALaterClauseIsThePointAndTheClose() {
        String note = first("40-former-manager-new-job-congrats");
        assertThat(note).containsIgnoringCase("Congratulations on the new COO role!").endsWith("Tom");
        FILLER.forEach(f -> assertThat(note).doesNotContainIgnoringCase(f));
    }

    @Test
    void theThanksInTheLastSentenceReachesTheNote() {
        String note = first("41-former-manager-thanks-later");
        // the news the thanks is for goes with it: "I just got my first product lead job. Thank you!"
        assertThat(note).contains("I worked for you at Brightwater Bank").contains("I just got my first product lead job. Thank you!")
                .endsWith("Tom");
        FILLER.forEach(f -> assertThat(note).doesNotContainIgnoringCase(f));
    }

    @Test
    void theQuestionInTheSecondSentenceReachesTheNoteAndClosesIt() {
        String note = first("42-former-colleague-question-later");
        assertThat(note).contains("how you made the switch from banking").endsWith("Tom");
        FILLER.forEach(f -> assertThat(note).doesNotContainIgnoringCase(f));
    }

    @Test
    void noFirstNoteOfADevelopmentPairCarriesStockFiller() {
        for (Path pair : Pairs.in(Pairs.DEV)) {
            DraftRequest r = Pairs.request(pair);
            DraftRequest c = new DraftRequest(r.me(), r.them(), r.purpose(), r.ground(), Requests.CONNECT, r.limit(), 1, r.style());
            List<Note> notes = drafter.draft(c);
            assertThat(notes).as("a connect verdict always gets a note: " + pair).isNotEmpty();
            FILLER.forEach(f -> assertThat(notes.get(0).text()).as(pair.toString()).doesNotContainIgnoringCase(f));
        }
    }

    @Test
    void anOfferToPayForTheHelpAskedIsItsOwnSentenceAfterTheQuestion() {
        // from a hand session: "…, happy to pay" was left inside the question ("Would you review our protocol, happy to pay?")
        ReasonWords words = new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless());
        ReasonWords.Said said = new ReasonPoint(words).of("heard her speak at the IAFP europe meeting in lisbon in april. "
                + "id like to ask if she would review our challenge test protocol for the new line, happy to pay", null, null, List.of()).orElseThrow();
        assertThat(said.fact()).isEqualTo("I heard you speak at the IAFP Europe meeting in Lisbon in April.");
        assertThat(said.wish()).isEqualTo("Would you be open to reviewing our challenge test protocol for the new line? I'd be glad to pay for your time.");
        assertThat(ReasonPoint.withPayOffer("Would you look at our deck?")).isEqualTo("Would you look at our deck?");
    }

    @Test
    void aWishWhoseIWasLeftOutSaysIt() {
        ReasonWords words = new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless());
        ReasonWords.Said said = new ReasonPoint(words).of("met Jo at the expo. Would love to get her feedback on our pallet design",
                null, null, List.of()).orElseThrow();
        assertThat(said.wish()).isEqualTo("I would love to get your feedback on our pallet design.");
    }

    @Test
    void aLaterWishSentenceThatAlsoReadsAsAFactStillGivesTheWish() {
        // found by hand: "I want to ask if his team would …" as a second sentence was read as a fact and the ask was lost
        ReasonWords words = new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless());
        ReasonWords.Said said = new ReasonPoint(words).of("I stayed for the questions after his talk in Leiden last month. "
                + "I want to ask if his team would swap notes on rota planning", null, null, List.of()).orElseThrow();
        assertThat(said.fact()).contains("talk in Leiden");
        assertThat(said.wish()).contains("swap notes on rota planning");
    }

    @Test
    void aLaterPieceThatIsOnlyTheWishIsSaidToTheRecipient() {
        ReasonWords words = new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless());
        ReasonPoint point = new ReasonPoint(words);
        ReasonWords.Said said = point.of("we met at the Leeds summer school last month. congratulate him on the new grant",
                null, null, List.of()).orElseThrow();
        assertThat(said.fact()).isEqualTo("we met at the Leeds summer school last month.");
        assertThat(said.wish()).isEqualTo("Congratulations on the new grant!");
        assertThat(words.wish("I just got the educator post", null, null, List.of())).isEmpty();
        assertThat(words.wish("just want to say thank you", null, null, List.of())).isEqualTo("Thank you.");
        // panel-8 pair 27: praise of their posts is no wish, and "would be amazing to …" is one
        assertThat(words.wish("love her posts about volunteer burnout, that's exactly us", null, null, List.of())).isEmpty();
        assertThat(words.wish("would be amazing to pick her brain about how to keep volunteers", null, null, List.of()))
                .startsWith("I would love to pick your brain about how to keep volunteers");
    }

    @Test
    void aCutInsideBracketsGetsItsBracketClosed() {
        assertThat(ReasonPoint.closed("you asked for the case study on the leak detection (the 18% energy thing."))
                .isEqualTo("you asked for the case study on the leak detection (the 18% energy thing).");
        assertThat(ReasonPoint.closed("we met at PACK EXPO (booth 12).")).isEqualTo("we met at PACK EXPO (booth 12).");
    }

    @Test
    void aConnectVerdictLeftWithoutANoteSaysWhatHeldBackTheSmallestOne() {
        Proposal p = drafter.draft(connect("40-former-manager-new-job-congrats"), note -> List.of("The gate objects to every note."));
        assertThat(p.notices()).singleElement().asString().contains("The gate objects to every note.").contains("Sarah, you ran operations at Brightwater Bank");
    }

    @Test
    void aClauseWhoseHerMayBeSomeoneElseIsNotCutFromItsSentence() {
        String reason = "met him at the launch of Marta Ruiz's new novel on thursday, we talked about her short stories";
        assertThat(ReasonPoint.pieces(reason)).noneMatch(p -> p.equals("we talked about her short stories"));
        assertThat(ReasonPoint.pieces("met her at the opening on friday, we talked about her glaze pieces"))
                .contains("we talked about her glaze pieces");
    }

    @Test
    void aCongratulationIsGivenWithItsObjectNotAnnounced() {
        ReasonWords words = new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless());
        ReasonWords.Said said = new ReasonPoint(words).of("Marek was in my evening welding class. Just saw his post - he got his first job "
                + "as a pipe welder at Kovar! want to congratulate him", Requests.named("Lena Hart"), Requests.named("Marek Novak"), List.of()).orElseThrow();
        assertThat(said.wish()).isEqualTo("Congratulations on your first job as a pipe welder at Kovar!");
    }

    @Test
    void thanksWithNewsGivesTheNewsAndThenTheThanks() {
        ReasonWords words = new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless());
        ReasonWords.Said said = new ReasonPoint(words).of("Ines coached me through my first year in sales. I just got promoted to "
                + "regional manager at Dunmore. want to thank her and share the news", Requests.named("Rui Costa"), Requests.named("Ines Prado"), List.of()).orElseThrow();
        assertThat(said.wish()).startsWith("I just got promoted to regional manager at Dunmore").endsWith("Thank you.")
                .doesNotContain("share the news");
    }

    @Test
    void anAskTheUserKeepsForLaterIsNotInTheNoteAndThePromiseIs() {
        ReasonWords words = new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless());
        ReasonWords.Said said = new ReasonPoint(words).of("I met Olena at the training in October. I promised her the Ukrainian version of our "
                + "leaflet, its finally translated. also want her to come to the reps meeting on 14 Jan but maybe not in the first message",
                Requests.named("Agnieszka Nowak"), Requests.named("Olena Kovalenko"), List.of()).orElseThrow();
        assertThat(said.wish()).startsWith("As promised, I'll send you the Ukrainian version of our leaflet").doesNotContain("reps meeting");
    }

    @Test
    void theRecipientsOfferIsThankedNotRetold() {
        ReasonWords words = new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless());
        ReasonWords.Said said = new ReasonPoint(words).of("I read his post about hybrid ferries and commented with a question about "
                + "shore charging. He replied that I should connect and he would share the charging log.",
                Requests.named("Ingrid Solberg"), Requests.named("Tomás Aguirre"), List.of()).orElseThrow();
        assertThat(said.fact()).startsWith("I read your post about hybrid ferries");
        assertThat(said.wish()).isEqualTo("Thanks for offering to share the charging log.");
    }

    private String firstOfPanel4(String slug) {
        return firstOfPanel("panel-4", slug);
    }

    /** The first note for a pair of a retired panel, drafted for a connect verdict. */
    private String firstOfPanel(String panel, String slug) {
        List<Note> notes = drafter.draft(connectIn(Path.of("src", "test", "resources", panel, "pairs"), slug));
        assertThat(notes).as(slug).isNotEmpty();
        return notes.get(0).text();
    }

    // Blind reviewers of panel-4 (retired to development) found each of these points dropped or garbled.
    @Test
    void aCongratulationIsDoneWithItsNewsAndTheMeetingSaysWhoWrites() {
        String rival = firstOfPanel4("07-lost-tender-congratulations");
        assertThat(rival).containsIgnoringCase("we met briefly at the bidders' site visit in August")
                .containsIgnoringCase("Congratulations on winning the Kungsbacka schools ventilation tender!").doesNotContain("sales angle");
        assertThat(firstOfPanel4("34-congrats-new-job-lagos")).containsIgnoringCase("Congratulations on the new job at Ilu Transit!");
    }

    @Test
    void newsToTellAndThanksToGiveAreBothDone() {
        String intern = firstOfPanel4("10-former-intern-masters-thanks");
        assertThat(intern).contains("I worked for you during my internship").doesNotContain(" sir ").contains("I got admitted to")
                .contains("Thank you!").doesNotContain("!!").doesNotContain("not connected");
    }

    @Test
    void aLabelledQuestionIsPutToThemInTheSecondPerson() {
        assertThat(firstOfPanel4("26-workshop-qualitative-coding-question"))
                .contains("When you start with a codebook and then add inductive codes, do you allow the second coder");
        assertThat(firstOfPanel4("09-conservator-dye-analysis-question"))
                .contains("I would like to ask which marker compound you used in the HPLC").doesNotContain("Dye Analysis");
    }

    @Test
    void aReasonWithItsSubjectLeftOutSaysWhoDidIt() {
        assertThat(firstOfPanel4("23-fisherman-boat-show-hybrid")).contains("we met at the Southampton boat show in September");
        assertThat(firstOfPanel4("21-rowing-club-physio-reconnect")).contains("we rowed together at");
        assertThat(firstOfPanel4("06-midwife-anaesthetist-aberdeen-day")).contains("I met you at the North of Scotland")
                .contains("Could we be one of the pilot units?").doesNotContain("connect and ask");
    }

    @Test
    void aSentenceThatRetellsAReasonSellingNothingIsNotHeldBackAsAPitch() {
        // the word model read "you led our tower visit at Faro 3 weeks ago" as a sales pitch, and no note was offered
        assertThat(firstOfPanel4("12-trainee-pilot-tower-visit")).contains("you led our tower visit at Faro");
    }

    @Test
    void aPromiseIsKeptAndRemarksAboutTheNoteStayOut() {
        assertThat(firstOfPanel4("08-union-rep-night-routes-consultation"))
                .contains("As promised, I'll do a quick survey of our night drivers and send you the results before January.");
        assertThat(firstOfPanel4("05-merged-pull-request-maintainer")).contains("thanked me in the review.").doesNotContain("nice person");
        assertThat(firstOfPanel4("31-cold-chain-comment-answer")).doesNotContain("NOT pitch").doesNotContain("didn't ask");
    }

    @Test
    void theUsersShorthandIsWrittenOutAndTheTruthRulesStillFindTheirWords() {
        // "breakfest last thurs", "like 240", "there always chasing": written out, and "CBTA" is still the user's word
        assertThat(firstOfPanel4("28-plumber-trade-breakfast")).contains("the CBTA breakfast last Thursday")
                .contains("You manage 240 rentals").contains("they're always chasing");
        assertThat(firstOfPanel4("15-census-mapping-workshop-accra")).contains("in November");
    }

    @Test
    void aNoteToSelfAboutAnExchangeIsThankedFor() {
        assertThat(firstOfPanel4("22-recruiter-after-phone-screen"))
                .contains("thanks for the phone screen yesterday for the Senior Embedded Software Engineer role.").doesNotContain("went well");
    }

    @Test
    void aQuestionThatOpensOnAConditionIsAskedDirectly() {
        DraftRequest r = Pairs.request(Path.of("src/test/resources/panel-3/pairs"), "11-student-question-whale-talk");
        String note = drafter.draft(new DraftRequest(r.me(), r.them(), r.purpose(), r.ground(), Requests.CONNECT, r.limit(), 1, r.style())).get(0).text();
        assertThat(note).contains("If I want to study marine biology, should I take physics 12").doesNotContain("ask if I want");
    }

    @Test
    void whoANamedPersonIsGoesInBracketsAndTheirDatedTellingIsPast() {
        // "Priya Nair, she is my old manager, told me …" read "she" as the recipient: "Priya Nair. She is my old manager, told me"
        assertThat(point("Priya Nair, she is my old manager, told me to talk to Siobhán before I decide on the offer", "Ana Costa",
                "Siobhán Kelly").fact()).startsWith("Priya Nair (my old manager) told me to talk to you");
        // development pair panel-4/04: "Marieke de Groot, … tell me in November I must contact Sander"
        assertThat(firstOfPanel4("04-newcomer-electrician-centre-referral")).contains("Marieke de Groot told me in November");
    }

    @Test
    void whatTheHelpCameToAndTheSendersYearsAreTheDetail() {
        // "he fixed our replication lag ticket (#48213) last week. took 3 days, turned out to be clock skew …": the thanks
        // had said only "you fixed our replication lag ticket last week. Thank you."
        assertThat(point("want to thank him, he fixed our replication lag ticket (#48213) last week. took 3 days, turned out to be clock "
                + "skew on the replica nobody suspected.", "Valentina Rossi", "Arjun Mehta").detail())
                .isEqualTo("It took 3 days and turned out to be clock skew on the replica nobody suspected.");
        assertThat(point("applied last week for the staff nurse post in her icu. i have 7 yrs cardiac icu and i precept new grads. want to ask "
                + "if the unit sponsors the adaptation programme", "Joanna Cruz", "Aoife Byrne").detail())
                .isEqualTo("I have 7 years cardiac ICU and I precept new grads.");
    }

    private static ReasonWords.Said point(String reason) {
        ReasonWords words = new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless());
        return new ReasonPoint(words).of(reason, null, null, List.of()).orElseThrow();
    }

    @Test
    void whatTheTwoTalkedAboutIsKeptAsTheOneDetail() {
        // blind reviewers, set after set: "names the event and nothing we discussed"
        ReasonWords.Said said = point("met him at the Tromsø seafood expo in may, on the Nordlaks stand. we talked for ages about "
                + "ice slurry for small boats. want to stay in touch");
        assertThat(said.fact()).contains("Tromsø seafood expo");
        assertThat(said.detail()).isEqualTo("We talked for ages about ice slurry for small boats.");
        assertThat(point("we were on the same jury in Ghent last week. sat together all day and ended up talking about wood-fired kilns, nice person")
                .detail()).isEqualTo("We ended up talking about wood-fired kilns.");
        assertThat(point("shared a taxi with him from the Nairobi agritech summit. talked drip kits and pay-as-you-go pumps.")
                .detail()).isEqualTo("We talked about drip kits and pay-as-you-go pumps.");
        assertThat(point("we worked together at Halden Foods. she showed me how to read a pallet label, connect pls")
                .detail()).isEqualTo("You showed me how to read a pallet label.");
        // said once: a fact that already tells the talk gets no second line of it
        assertThat(point("we met at the Leeds summer school and talked about river sensors").detail()).isEmpty();
    }

    @Test
    void aPromiseMadeIsKeptInTheNoteRatherThanPointedAt() {
        assertThat(point("met at the Porto packaging fair in october. I promised to send her our recyclability test report. "
                + "want to connect so I can send it").wish()).isEqualTo("As promised, I'll send you our recyclability test report.");
        assertThat(point("ran the onboarding workshop for his team on 3 nov. told him id send the follow-up checklist when we had it, "
                + "got it now. connect so i can send").wish()).isEqualTo("As promised, I'll send you the follow-up checklist.");
        ReasonWords.Said only = point("I promised to send him the spec sheet of the T-40 + our price, didnt get his email");
        assertThat(only.fact()).isEmpty();
        assertThat(only.wish()).isEqualTo("As promised, I'll send you the spec sheet of the T-40 and our price.");
    }

    @Test
    void whatWasAskedForIsNamedWhenTheUserOnlyWantsToSendIt() {
        assertThat(point("met her at the Kigali fintech breakfast tues, she came to our table and asked for our pilot results. "
                + "want to send it").wish()).isEqualTo("I'd like to send you our pilot results.");
    }

    @Test
    void aLaterSentenceThatCarriesTheWishInsideItIsThePoint() {
        ReasonWords.Said said = point("Rui and me ran the Braga coding club together in 2018. Now I am starting a girls' robotics "
                + "night in March and would like his advice on how to keep twelve-year-olds coming back");
        assertThat(said.fact()).contains("Braga coding club");
        assertThat(said.wish()).isEqualTo("Now I am starting a girls' robotics night in March and would like your advice on how to keep "
                + "twelve-year-olds coming back.");
        // a wish in the first sentence is the wish even when it could also read as a fact
        assertThat(point("we were both on the Aarhus hackathon jury, i'd like to stay in touch and if possible see your paper when it's out")
                .wish()).contains("see your paper when it's out");
    }

    @Test
    void anExclamationEndsASentenceEvenBeforeALowerCaseWord() {
        // "you built the ledger" was all a development note kept of "we worked together at Kobo Ledger …"
        ReasonWords.Said said = point("congrats to Sola on the new job at Ikeja Rail!! we worked together at Paystream on the card app, "
                + "she built the ledger");
        assertThat(said.wish()).isEqualTo("Congratulations on the new job at Ikeja Rail!");
        assertThat(said.fact()).startsWith("we worked together at Paystream");
    }

    @Test
    void aLaterSentenceThatOnlyWantsToKeepInTouchIsNoWish() {
        assertThat(point("we were both at the 10km water station at the Busan marathon. he is funny, i want keep in touch").wish()).isEmpty();
    }

    @Test
    void aWishAfterACommaGetsItsIAndItsSentence() {
        ReasonWords.Said said = point("met her at the bouldering gym last night. im a hand therapist and i see many climbers with "
                + "pulley injuries, would love to hear more about how setters think about that");
        assertThat(said.wish()).isEqualTo("I'm a hand therapist and I see many climbers with pulley injuries. "
                + "I would love to hear more about how setters think about that.");
    }

    @Test
    void anOfferOfHelpWithWhatTheRecipientAskedForIsThePointButNotAnOfferOfTheSendersProduct() {
        assertThat(point("my PR to tidewater got merged last week, she reviewed it. and I can help with the WAL rewrite she posted about, "
                + "we have lots of test files").wish()).isEqualTo("I'd be glad to help with the WAL rewrite you posted about.");
        assertThat(point("we met at the Leeds cloud meetup. I can help with her cloud costs").wish()).doesNotContain("glad to help");
    }

    @Test
    void aTalkInTheSameSentenceAsTheMeetingIsItsOwnDetail() {
        // a hand session: "don't mention the hive density" removed the meeting with it, since both were one clause
        ReasonWords.Said said = point("met him at the fruit fair in Warsaw last week at our stand, we talked for ages about hive "
                + "density for late cherry bloom");
        assertThat(said.fact()).isEqualTo("we met at the fruit fair in Warsaw last week at our stand.");
        assertThat(said.detail()).isEqualTo("We talked for ages about hive density for late cherry bloom.");
    }

    @Test
    void aTrailingNoteToSelfIsLeftOut() {
        assertThat(point("we met at her gallery opening on friday. I'd love to visit her studio in January, forgot to take her card")
                .wish()).isEqualTo("I'd love to visit your studio in January.");
    }

    @Test
    void aTitlesFullStopDoesNotEndTheSentence() {
        // panel-5 (retired to development): "we were labmates in Prof." was all a note kept of the lab
        assertThat(point("Ravi and me were labmates in Prof. Okoro's soil lab at UNN. want congrats him on new job").fact())
                .startsWith("Ravi and I were labmates in Prof Okoro's soil lab at UNN");
        assertThat(point("Ravi and me were labmates at UNN. want congrats him on new job").wish()).startsWith("Congratulations on");
    }

    private static ReasonWords.Said point(String reason, String sender, String recipient) {
        ReasonWords words = new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless());
        return new ReasonPoint(words).of(reason, Requests.named(sender), Requests.named(recipient), List.of()).orElseThrow();
    }

    // The tests below come from panel-5's reviews once that set was retired to development.

    @Test
    void aPromiseWithItsILeftOutIsKeptAndSaidOnce() {
        ReasonWords.Said said = point("Radu fixed our dairy planogram Tuesday, promised him the sales numbers", "Ioana Pop", "Radu Ionescu");
        assertThat(said.fact()).isEqualTo("you fixed our dairy planogram on Tuesday.");
        assertThat(said.wish()).isEqualTo("As promised, I'll send you the sales numbers.");
        assertThat(point("we met at the BHP training in October. I promised her the ukrainian version of our 'zimno w magazynie' "
                + "leaflet (cold in the warehouse), its finally translated").wish())
                .isEqualTo("As promised, I'll send you the Ukrainian version of our 'zimno w magazynie' leaflet.");
    }

    @Test
    void whoTheRecipientIsIsNotToldBackWhenTheReasonSaysMore() {
        // "you are the BHP rep at …", "you are open to work for …": the recipient's own status, read back to them
        ReasonWords.Said said = point("Marcus is open to work for analyst roles in Chicago. I'm filling a data analyst role at a "
                + "hospital network there", "Rachel Kim", "Marcus Hill");
        assertThat(said.fact()).startsWith("I'm filling a data analyst role");
        assertThat(point("she is the safety rep at the Parcelo warehouse. I promised her the leaflet, its finally translated")
                .fact()).doesNotContain("you are the safety rep");
        // with nothing else to say, the status stays rather than no note
        assertThat(point("she is the safety rep at the Parcelo warehouse").fact()).contains("safety rep");
    }

    @Test
    void neverHavingMetAndTheAdviceTheSenderGotAreNotSaidToTheRecipient() {
        assertThat(point("I read every post she writes on mini-grid tariffs, we have never met. I'd love to learn from her").fact())
                .doesNotContainIgnoringCase("never met");
        assertThat(point("I read every post she writes on mini-grid tariffs. We have never met. I'd love to learn from her").fact())
                .doesNotContainIgnoringCase("never met");
        assertThat(point("we talked at my poster in Vilnius. I want to ask how an outside student can apply for access, my advisor "
                + "said just ask directly").wish()).isEqualTo("How can an outside student apply for access?");
    }

    @Test
    void aNameTheTaggerCallsAnInterjectionIsStillTheRecipient() {
        // "Farhana" tagged INTJ: the note said "Hello Farhana, Farhana and I worked together", and the gate sent a template instead
        assertThat(point("Farhana and I worked together on the haor flood shelter project in Sunamganj 2019-21. I want her views "
                + "on why some committees collapsed", "Shafiqul Islam", "Farhana Akter").fact())
                .startsWith("we worked together on the haor flood shelter project");
    }

    @Test
    void theirOwnPostIsAboutTheirColleagueNotHers() {
        // panel-5 pair 20: "I came across your post about her colleague passing the clinical assessment"
        String note = drafter.draft(connectIn(Path.of("src", "test", "resources", "panel-5", "pairs"), "20-brisbane-physio-observership"))
                .get(0).text();
        assertThat(note).contains("about your colleague passing").doesNotContain("her colleague");
    }

    private static DraftRequest connectIn(Path folder, String slug) {
        DraftRequest r = Pairs.request(folder, slug);
        return new DraftRequest(r.me(), r.them(), r.purpose(), r.ground(), Requests.CONNECT, r.limit(), 1, r.style());
    }

    @Test
    void aPromiseKeptBeforeTheRestOfTheWish() {
        // a hand session: "want to send it and maybe ask how they cut the 31 hours" gave "I'd like to send it and maybe ask how they …"
        ReasonWords.Said said = point("met lindiwe at the Fruit Logistica side event in Joburg last month, we talked about pre-clearance "
                + "at beitbridge. I promised her our checklist for the SADC docs, want to send it and maybe ask how they cut the 31 hours",
                "Thabo Nkosi", "Lindiwe Dube");
        assertThat(said.wish()).isEqualTo("As promised, I'll send you our checklist for the SADC docs. "
                + "I'd also like to ask how you cut the 31 hours.");
        assertThat(said.detail()).isEqualToIgnoringCase("We talked about pre-clearance at Beitbridge.");
    }

    // The tests below come from panel-6's reviews once that set was retired to development.

    private String firstOfPanel6(String slug) {
        return firstOfPanel("panel-6", slug);
    }

    @Test
    void whoTheSenderIsComesFromARealJobSaidPlainly() {
        // "I'm a career break at Parenting", "a freelance photographer at Self-employed · Freelance",
        // "an owner / A-Grade electrician at …", "a teaching assistant, agrometeorology at …"
        assertThat(firstOfPanel6("24-dubai-returner-former-trainee")).doesNotContain("career break").doesNotContain("Parenting");
        assertThat(firstOfPanel6("34-dubai-photographer-curator-referral")).containsPattern("I(?:'m| am) a (?:freelance )?photographer\\.")
                .doesNotContain("Self-employed");
        assertThat(firstOfPanel6("02-sparky-gabba-fitout")).contains("an A-Grade electrician at Pritchard Electrical").doesNotContain("/");
        // (his headline, "PhD Candidate in Agricultural Sciences", says who he is over the teaching job, since 8 December)
        assertThat(firstOfPanel6("06-poster-dataset-lima")).contains("PhD candidate in agricultural sciences at Pontificia")
                .doesNotContain("agrometeorology at");
    }

    @Test
    void aThingWantedIsAskedForOrBidFor() {
        // "I would like the gabba fitout." and "I would like the slides and ask if …" read as demands
        assertThat(firstOfPanel6("02-sparky-gabba-fitout")).contains("I wired your Kangaroo Point job in 2024.")
                .contains("I would like to be considered for the gabba fitout.");
        assertThat(firstOfPanel6("37-antwerp-underwriter-forum-slides")).contains("I was at your talk at the Hamburg Marine Risk Forum")
                .contains("Could you share the slides? I'd also like to ask if the loss data can be broken out by vessel age.");
    }

    @Test
    void aCongratulationIsSaidOnceAndWhole() {
        // "congrats on associate. Congratulations on associate!" and "Congratulations on new role!"
        assertThat(firstOfPanel6("33-toronto-timber-associate-congrats"))
                .isEqualTo("Hi Priya, congratulations on making associate! We worked together on Wallace Yards. All the best with it. Marco");
        assertThat(firstOfPanel6("27-kampala-kigali-dashboard-congrats")).containsIgnoringCase("we built the MoH dashboard together in 2021.")
                .containsIgnoringCase("Congratulations on your new role at Imena Health!").doesNotContain("We worked together at Ministry");
    }

    @Test
    void aPromiseKeptNowDropsWhenItWasToBeKept() {
        // "As promised, I'll send the JD … once it got signed off and its signed off now."
        assertThat(firstOfPanel6("21-lagos-summit-recruiter")).contains("As promised, I'll send you the JD for our senior data platform role.")
                .doesNotContain("signed off");
    }

    @Test
    void aBareInstructionToThankThemThanksForTheDeed() {
        // panel-6 pair 25: "Devon trialled our sprint app at Liguanea Tech. thank him" gave "you trialled our sprint app" and no thanks
        assertThat(firstOfPanel6("25-kingston-sprint-app-thanks")).isEqualTo("Hi Devon, thank you for trialling our sprint app at Liguanea Tech! Andre");
    }

    @Test
    void newsToPassOnIsPassedOnWithoutTheNotesToSelf() {
        // panel-6 pair 36: "So Tomasz did …", "we somehow never connected on here which is mad",
        // "(forget the exact name, the one in London) he'd want to know", and the news itself dropped
        String note = firstOfPanel6("36-dublin-podcast-sound-reconnect");
        assertThat(note).startsWith("Hello Tomasz, you did the sound design on The Quiet Shift")
                .doesNotContain("never connected").doesNotContain("the one in London").doesNotContain("want to know");
        // (at 300 characters the funded series the request is for now takes the news's place; with room, both)
        DraftRequest r = Pairs.request(Path.of("src/test/resources/panel-6/pairs/36-dublin-podcast-sound-reconnect"));
        String roomy = drafter.draft(new DraftRequest(r.me(), r.them(), r.purpose(), r.ground(), Requests.CONNECT, 400, 1, r.style())).get(0).text();
        assertThat(roomy).contains("I wanted to let you know that The Quiet Shift got shortlisted for an audio award.")
                .contains("We just got funding for the new series on Irish nurses in NHS hospitals up north. Would you be free to record");
    }

    @Test
    void aThesisSupervisorTypedInLowerCaseIsStillThem() {
        // panel-6 pair 18: "lindqvist supervised my erasmus thesis at SLU, 2019. reconnecting" was follow-first
        assertThat(firstOfPanel6("18-erasmus-supervisor-reconnect")).contains("you supervised my Erasmus thesis at SLU in 2019.");
    }

    @Test
    void aMeetingToldInTheSecondLanguagesPresentIsToldInThePast() {
        // panel-6 pair 23: "I meet Kwame at the … Forum in Accra in october, he explain me the battery swap model"
        assertThat(firstOfPanel6("23-abidjan-accra-minigrid-thanks")).contains("we met at the West Africa Mini-Grid Forum in Accra in October.")
                .contains("You explained to me the battery swap model").contains("Could my team visit the Ada site in January?");
        // panel-6 pair 08: "Heard Salma present …, spoke with her briefly after."
        assertThat(firstOfPanel6("08-exec-irrigation-advice-agadir"))
                .contains("I heard you present at the Taroudant agricultural water day last week and spoke with you briefly after.");
    }

    @Test
    void panel5sFollowFirstMissesGetNotesThatSayThePoint() {
        // panel-5 (development): "she audit our factory last month, promised her the CAPA plan"
        assertThat(firstOfPanel("panel-5", "31-hawassa-factory-audit"))
                .isEqualTo("Hello Lotte, you audited our factory last month. As promised, I'll send you the CAPA plan. Dawit");
        // "I want to thank him and ask if he'd mind me sending the written skeleton argument for comments?"; the thanks says
        // what for, and the feedback is not told to him a second time
        assertThat(firstOfPanel("panel-5", "39-dublin-moot-judge"))
                .contains("Thank you for giving me really detailed feedback on my second ground")
                .contains("! Would you mind me sending the written skeleton argument for comments?")
                .doesNotContain("You gave me");
    }

    @Test
    void anOfferInReturnIsItsOwnSentenceAndTheirTeamsFormIsTheirs() {
        // a hand session: "id like to ask if he would share the audit form they use, happy to send ours back"
        ReasonWords words = new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless());
        ReasonWords.Said said = new ReasonPoint(words).of("saw him present at eccmid in vienna last april on iv to oral switch rounds. "
                + "id like to ask if he would share the audit form they use, happy to send ours back", null, null, List.of()).orElseThrow();
        assertThat(said.fact()).contains("in Vienna last April on IV to oral switch rounds");
        assertThat(said.wish()).isEqualTo("Would you share the audit form you use? I'd be glad to send ours in return.");
    }

    @Test
    void theIntroducersPronounsAndAsideStayTheirs() {
        // panel-6 pair 34: "Yusuf Karam (the painter, we shared a studio in Alserkal for 2 yrs) told me Hessa is looking for …
        // and said write to her and use his name": "his name" is Yusuf's, and the shared studio is no tie to Hessa
        String note = firstOfPanel6("34-dubai-photographer-curator-referral");
        // (the leave to use his name is the sender's, not said to her: r161)
        assertThat(note).contains("said to write to you").doesNotContain("use his name").doesNotContain("your name").doesNotContain("shared a studio");
    }

    @Test
    void aStatedTieRetoldIsNoPitch() {
        // panel-6 pair 07: "we sat across the table for the Gothenburg hotels agreement 2025" was flagged as a pitch, leaving
        // a bare "congratulations on the HR director job!" from someone the recipient could not place
        assertThat(firstOfPanel6("07-union-congrats-hr-director")).containsIgnoringCase("we sat across the table").containsIgnoringCase("Congratulations");
    }

    @Test
    void whatTheRecipientsSideDoesIsAskedAsTheirs() {
        // a hand session of 5 December (new profiles, not in any set): "ask if their false-alarm threshold is set per gauge"
        // was written "their" to Pieter himself, and "send them" became "May I send you them"
        ReasonWords words = new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless());
        String asked = new ReasonPoint(words).of("he told me about their Meuse ensemble and said to send him our Tagus verification results. "
                + "I want to send them and ask if their false-alarm threshold is set per gauge or per basin", null, null, java.util.List.of())
                .map(ReasonWords.Said::wish).orElse("");
        assertThat(asked).contains("May I send them to you and ask if your false-alarm threshold").doesNotContain("their");
    }

    @Test
    void theWorkASenderNeedsDoneIsTheAskBeforeNewsTheyAlsoWantToTell() {
        // panel-6 pair 36: "I need someone to record interviews in Manchester in Feb/March" was dropped for "Also want to tell him
        // the Quiet Shift got shortlisted"; and pair 15's cut "…, and your post last week." left a clause without its verb
        assertThat(firstOfPanel6("36-dublin-podcast-sound-reconnect"))
                .contains("Would you be free to record interviews in Manchester in February or March?");
        assertThat(firstOfPanel6("15-hairdresser-to-qs-wellington")).contains("in your About section to message you")
                .doesNotContain("your post last week.");
    }

    @Test
    void theyWhoWorkedTogetherAreTheRecipientAndTheReferrer() {
        // panel-6 pair 26, a blind reviewer (r43): "They worked together there for years" spoke of Siobhán in the third person
        assertThat(firstOfPanel6("26-lisbon-dublin-catmodel-referral")).contains("You and Priya worked together there for years.")
                .doesNotContain("They worked");
    }

    @Test
    void aDateThenANewSubjectIsANewSentence() {
        // development pair (panel-2 26): "… at kelvinside 2015-16 he runs his own shop now in paisley" ran on in the note
        String note = firstOfPanel("panel-2", "26-welding-course-own-shop");
        // (and "You run your own shop now in Paisley." is not told to Darren: he knows)
        assertThat(note).contains("at Kelvinside 2015-16. I would like").doesNotContain("You run").contains("a hand with weekend work");
    }

    @Test
    void praiseOfThePersonIsNotSaidToTheirFace() {
        // development pair (panel-8 08): "she is brilliant" became "You are brilliant." in the note
        String note = firstOfPanel("panel-8", "08-admirer-parametric");
        assertThat(note).contains("reading your posts on parametric cover").doesNotContain("brilliant");
    }

    @Test
    void aPlaceOrALanguageInAJobTitleKeepsItsCapital() {
        // "Account Executive DACH & Italy" read "account executive DACH & italy"; "Python Developer" "python developer"
        assertThat(OfflineDrafter.sentenceRole("Account Executive DACH & Italy")).isEqualTo("account executive DACH & Italy");
        assertThat(OfflineDrafter.sentenceRole("Senior Python Developer")).isEqualTo("senior Python developer");
        assertThat(OfflineDrafter.sentenceRole("Site Reliability Engineer")).isEqualTo("site reliability engineer");
    }

    @Test
    void aWishWithAnAdverbAfterIdIsStillAWishButIHadIsNot() {
        // a reviewer: "I'd very much like to ask …" was no wish
        assertThat(point("we met at the fair. I'd very much like to ask if she takes interns").wish())
                .isEqualTo("I'd very much like to ask if you take interns.");
        assertThat(point("we met at the fair. I'd just sent her the deck").wish()).isEmpty();
    }

    @Test
    void whatIsSentRoleAndCongratulationsAreSaidWhole() {
        // reviewers: "send you the my notes", "the two pastry chef role", and a "keep in touch" lost beside a bare "congrats"
        assertThat(ReasonPoint.namedForSending("May I send them to you?", "I typed up my notes, want to send them to her"))
                .isEqualTo("May I send you my notes?");
        // a hand session: "she came to our stand and asked for a Ledgerly pricing sheet, I promised to send it" gave
        // "As promised, I'll send it."
        assertThat(ReasonPoint.namedForSending("As promised, I'll send it.",
                "met Priya at the ICAEW conference last week, she came to our stand and asked for a Ledgerly pricing sheet, I promised to send it"))
                .isEqualTo("As promised, I'll send you the Ledgerly pricing sheet.");
        assertThat(ReasonPoint.namedForSending("As promised, I'll send it.", "we met at the fair, I promised to send it"))
                .isEqualTo("As promised, I'll send it.");
        assertThat(ReasonPoint.forTheRole("Would you consider me?", "she is hiring two pastry chefs"))
                .isEqualTo("Would you consider me for the pastry chef role?");
        for (String reason : List.of("she just became head nurse. i want to keep in touch. congrats",
                "she just became head nurse. i would like to stay in touch, congrats")) {
            ReasonWords.Said s = point(reason);
            assertThat(s.wish()).as(reason).isEqualTo("Congratulations on becoming head nurse! Let's keep in touch.");
            // the news is said once, as what the congratulations is on
            assertThat(s.fact()).as(reason).doesNotContain("became");
        }
    }

    @Test
    void thePlanInsideTheSendersStatementExplainsWhatYoursIs() {
        // a fresh-clone hand session: "… I'm a diabetes educator … and we are writing our first insulin drip protocol for
        // the ER, would like to ask if hers is nurse-driven or physician-ordered" became "I would like to ask if yours is …",
        // with nothing for "yours" to name
        ReasonWords.Said s = point("Lydia spoke at the ENA conference last month about diabetic emergencies in the ED. I'm a diabetes "
                + "educator in a small Nebraska hospital and we are writing our first insulin drip protocol for the ER, would like to ask "
                + "if hers is nurse-driven or physician-ordered");
        assertThat(s.wish()).isEqualTo("As we are writing our first insulin drip protocol for the ER, may I ask if yours is "
                + "nurse-driven or physician-ordered?");
        // the question alone, the step down at a tight limit, names the protocol
        assertThat(ReasonPoint.withoutPlan(s.wish())).isEqualTo("May I ask if your insulin drip protocol is nurse-driven or "
                + "physician-ordered?");
        // a reviewer: the last "our" named the ward, "if your ER is nurse-driven"; the plan's object is its first
        assertThat(ReasonPoint.withoutPlan("As we are writing our first insulin drip protocol for our ER, I would like to ask if yours "
                + "is nurse-driven.")).isEqualTo("I would like to ask if your insulin drip protocol is nurse-driven.");
    }

    @Test
    void theOpeningPlanAndTheQuestionWithoutItComeFromOneCut() {
        // the "As …," clause: the plan as a sentence of its own, and the question after it
        String as = "As we're launching a seed library in March, I would like to ask how you set yours up.";
        assertThat(ReasonPoint.planOf(as)).isEqualTo("We're launching a seed library in March.");
        assertThat(ReasonPoint.withoutPlan(as)).isEqualTo("I would like to ask how you set yours up.");
        // two sentences: the first is the plan
        String two = "We're launching a seed library in March. Could I ask how you set yours up?";
        assertThat(ReasonPoint.planOf(two)).isEqualTo("We're launching a seed library in March.");
        assertThat(ReasonPoint.withoutPlan(two)).isEqualTo("Could I ask how you set yours up?");
        // their post before the question is left out of it, but it is no plan of the sender's
        String post = "You posted about your seed library. Could I ask how you set it up?";
        assertThat(ReasonPoint.planOf(post)).isEmpty();
        assertThat(ReasonPoint.withoutPlan(post)).isEqualTo("Could I ask how you set it up?");
        // one sentence with no plan: no plan, and the wish as it is
        assertThat(ReasonPoint.planOf("Could I ask how you set it up?")).isEmpty();
        assertThat(ReasonPoint.withoutPlan("Could I ask how you set it up?")).isEqualTo("Could I ask how you set it up?");
    }

    @Test
    void aRecruiterSaysWhatMadeThemWriteBeforeTheRole() {
        // "I saw on your profile that you are open to work." had come after the role and its details, as an afterthought
        String note = first("09-recruiter-open-to-work");
        assertThat(note.indexOf("open to work")).isPositive().isLessThan(note.indexOf("I am hiring a data engineer"));
        assertThat(note.indexOf("technical recruiter")).isLessThan(note.indexOf("open to work"));
    }

    @Test
    void whatWasAskedForInALaterSentenceIsWhatIsSentAndAGerundAfterAndIsNoNewSentence() {
        // a fresh-clone hand session (a trainer to a teacher): "We talked about fake news. You getting kids to back claims
        // with evidence. I'd like to send it."
        ReasonWords.Said s = point("Lena came to my Second Bell workshop in Portland on Saturday, we talked about fake news and getting "
                + "kids to back claims with evidence. she asked for my list of lab ideas, want to send it", "Grace Holt", "Lena Vos");
        assertThat(s.wish()).isEqualTo("I'd like to send you my list of lab ideas.");
        assertThat(s.detail()).isEqualTo("We talked about fake news and getting kids to back claims with evidence.");
        // the second verb of the first sentence still keeps its subject
        assertThat(point("Lena spoke at our career day and asked me to message her", "Grace Holt", "Lena Vos").fact())
                .isEqualTo("thanks for speaking at our career day. You asked me to message you.");
    }

    @Test
    void thereSaidWithoutTheSentenceThatNamedThePlaceNamesIt() {
        String reason = "Marcus is open to work for healthcare analyst roles in Chicago. I'm filling a role at a hospital network there";
        assertThat(ReasonPoint.thereNamed("I'm filling a role at a hospital network there.", reason))
                .isEqualTo("I'm filling a role at a hospital network in Chicago.");
        // within one sentence "there" may be the firm; a month is no place; a clause's own place is the one it means
        String same = "Priya (she's in Munich now) told me to talk to Siobhán, they worked together there for years";
        assertThat(ReasonPoint.thereNamed("You and Priya worked together there for years.", same)).contains("together there");
        String month = "We were on the jury in Copenhagen in October. I'd like to visit your park in Bergen when I'm there in April";
        assertThat(ReasonPoint.thereNamed("I'd like to visit your park in Bergen when I'm there in April.", month)).contains("I'm there in April");
    }

    @Test
    void aPlanThatRunsOnIntoTheQuestionIsSaidOnceAndAWardIsNoPlan() {
        // a reviewer: "We're launching …, would like to ask if she takes observers" gave the plan, the question as a
        // statement and the question again; "I'm working on a cardiac ward now" was taken as a plan
        assertThat(point("Lena spoke at the cardiac nursing conference last month. We're launching a cardiac rehab clinic, would like "
                + "to ask if she takes observers", "Ama Owusu", "Lena Vos").wish()).isEqualTo("We're launching a cardiac rehab clinic. Do you take observers?");
        assertThat(point("Lena spoke at the cardiac nursing conference last month. I'm working on a cardiac ward now, would like to ask "
                + "if she takes observers", "Ama Owusu", "Lena Vos").wish()).isEqualTo("Do you take observers?");
        assertThat(point("Lena spoke at the cardiac nursing conference last month. I'm working on our grant bid, would like to ask "
                + "if she takes observers", "Ama Owusu", "Lena Vos").wish()).startsWith("I'm working on our grant bid.");
    }

    @Test
    void theirPostInTheQuestionsSentenceSaysWhatTheQuestionIsAbout() {
        // a panel-6 reviewer on dev pair 20: "'if you already have a structural partner' never says for what"
        ReasonWords.Said s = point("we worked together on the Sfax plant. He posted that BDS is looking for marine civil partners for the "
                + "Gabès port extension, I want to ask if they already have a structural partner");
        assertThat(s.wish()).isEqualTo("You posted that BDS is looking for marine civil partners for the Gabès port extension. "
                + "May I ask if you already have a structural partner?");
        assertThat(ReasonPoint.withoutPlan(s.wish())).isEqualTo("May I ask if you already have a structural partner?");
    }

    @Test
    void aStrangersNoteSaysWhoTheyAreInTheirOwnWordsAndWhatYoursIs() {
        // dev pair 60, from a fresh-clone hand session: the note said "if yours is nurse-driven" with nothing for "yours" to
        // name, and left out the sender's "I'm a diabetes educator at a small rural hospital in Montana"
        String note = first("60-diabetes-educator-insulin-protocol");
        assertThat(note).contains("I'm a diabetes educator").contains("our first insulin drip protocol")
                .contains("if yours is nurse-driven or physician-ordered").endsWith("Marta");
        DraftRequest r = Pairs.request(Pairs.DEV, "60-diabetes-educator-insulin-protocol");
        DraftRequest free = new DraftRequest(r.me(), r.them(), r.purpose(), r.ground(), Requests.CONNECT, 200, 1, r.style());
        assertThat(drafter.draft(free).get(0).text()).contains("if your insulin drip protocol is nurse-driven");
        // a feeling is no role to introduce oneself by: the profile says who writes instead
        DraftRequest believer = new DraftRequest(r.me(), r.them(), dev.rapport.purpose.PurposeReader.read("Priya spoke at the Idaho ENA "
                + "spring meeting last month about insulin infusions in the ED. I'm a huge believer in nurse-driven protocols and would like "
                + "to ask if hers is nurse-driven"), r.ground(), Requests.CONNECT, 300, 1, r.style());
        // (the user's question is asked with it; the profile's "I'm a charge nurse." beside that reads as the same job twice
        // to the repetition rule, and the who-line is the one that goes, not the question)
        assertThat(drafter.draft(believer).get(0).text()).doesNotContain("I'm a huge believer.").contains("May I ask if yours is nurse-driven");
        // nor is a listener, a proud grandparent or a parent (a second-pair review)
        for (String who : List.of("I'm a regular listener of her podcast", "I'm a proud grandmother of three", "I'm a mother of a toddler")) {
            DraftRequest other = new DraftRequest(r.me(), r.them(), dev.rapport.purpose.PurposeReader.read("Priya spoke at the Idaho ENA "
                    + "spring meeting last month about insulin infusions in the ED. " + who + ". I would like to ask if her insulin protocol is "
                    + "nurse-driven"), r.ground(), Requests.CONNECT, 300, 1, r.style());
            assertThat(drafter.draft(other).get(0).text()).as(who).doesNotContain(who.substring(0, 14)).contains("I'm a charge nurse.");
        }
    }

    @Test
    void aStrangersQuestionStaysWhenTheMeetingAskBesideItIsHeldBack() {
        // panel-6 pair 15 (development): the rule against a stranger's coffee ask took the cadet-role question with it,
        // and a sold salon read as selling
        String note = drafter.draft(Pairs.request(Path.of("src/test/resources/panel-6/pairs/15-hairdresser-to-qs-wellington"))).get(0).text();
        assertThat(note).contains("I would like to ask you how you got your cadet role with no construction background.")
                .doesNotContain("coffee").endsWith("Aroha");
    }

    @Test
    void aKeptPromiseLeavesTheUsersOwnUpdateOutAndAToolKeepsItsCapital() {
        // panel-6 reviewers on dev pairs 14 and 21: "… our English template pack and I finally have the final version" was a
        // run-on; "from cron to airflow" wanted its capital
        ReasonWords.Said s = point("she was in the delegation on our study visit. I promised to send her our template pack and I finally "
                + "have the final version.");
        assertThat(s.wish()).isEqualTo("As promised, I'll send you our template pack.");
        assertThat(drafter.draft(Pairs.request(Path.of("src/test/resources/panel-6/pairs/21-lagos-summit-recruiter"))).get(0).text())
                .contains("from cron to Airflow");
    }

    @Test
    void aSenderWhoLeadsTheFirmIsItsHeadNotSomeoneAtIt() {
        // a panel-6 reviewer on dev pair 08: "'I'm a chief executive officer at Souss Primeurs' is awkward"
        assertThat(drafter.draft(Pairs.request(Path.of("src/test/resources/panel-6/pairs/08-exec-irrigation-advice-agadir"))).get(0).text())
                .contains("I'm the chief executive officer of Souss Primeurs.");
    }

    @Test
    void aCongratulationsAnnouncedIsSaidOnThePostTheReasonSaysTheyHoldNow() {
        // from a hand session: "saw she's controller at Otley Brewing now, want to say hello and congratulate her" made
        // "I'd like to say hello and congratulate you." (announced, and not on what)
        ReasonWords words = new ReasonWords(Phrasebook.builtIn().thanksVerbs(), Phrasebook.builtIn().reasonSubjectless());
        ReasonWords.Said said = new ReasonPoint(words).of("Amara was a senior on my first audit team at Calder & Wharfe, she taught me how "
                + "to do a stock count at a brewery of all places. saw she's controller at Otley Brewing now, want to say hello and "
                + "congratulate her. not looking to recruit her!", null, null, List.of()).orElseThrow();
        assertThat(said.wish()).isEqualTo("Congratulations on the controller role at Otley Brewing!");
        assertThat(said.fact()).contains("senior on my first audit team");
    }

    @Test
    void theSendersOwnBenefitAfterAQuestionIsLeftToTheSender() {
        assertThat(ReasonPoint.withoutTrailingAsides("I would like to ask you how your team handles dispute evidence, it will help our roadmap."))
                .isEqualTo("I would like to ask you how your team handles dispute evidence.");
        assertThat(ReasonPoint.withoutTrailingAsides("I would like to ask you how your team handles dispute evidence because it would really help me."))
                .isEqualTo("I would like to ask you how your team handles dispute evidence.");
        // what helped the recipient, or a help that is the subject, stays
        assertThat(ReasonPoint.withoutTrailingAsides("Your talk on dispute evidence helped our team a lot."))
                .isEqualTo("Your talk on dispute evidence helped our team a lot.");
        assertThat(ReasonPoint.withoutTrailingAsides("I would like to know if your checklist would help our clinic."))
                .isEqualTo("I would like to know if your checklist would help our clinic.");
    }

    @Test
    void whatTheyAskedForAndTheSenderWillSendIsAPromise() {
        assertThat(ReasonPoint.sendingWhatWasAsked("we met at the fair. she asked me for a copy of our checklist and I'll email it to her tomorrow"))
                .contains("she asked me for a copy of our checklist and I promised to email you a copy of our checklist tomorrow");
        assertThat(ReasonPoint.sendingWhatWasAsked("we met at the fair. she asked for the report, I will send it next week."))
                .contains("I promised to send you the report next week.");
        // the send names its own thing: the promise keeps it
        assertThat(ReasonPoint.sendingWhatWasAsked("we met at the fair. he asked what we charge, I'll send him our rates"))
                .contains("I promised to send you our rates");
        // a possessive says whose and takes no "the", however it was typed
        assertThat(ReasonPoint.sendingWhatWasAsked("we met at the fair. she asked for our price list, I'll send it next week."))
                .contains("I promised to send you our price list next week.");
        assertThat(ReasonPoint.sendingWhatWasAsked("we met at the fair. she asked for your slides back, I'll send it next week."))
                .contains("I promised to send you your slides back next week.");
        assertThat(ReasonPoint.sendingWhatWasAsked("we met at the fair. she asked for the my notes, I'll send it next week."))
                .contains("I promised to send you my notes next week.");
        // no send after the ask: nothing promised
        assertThat(ReasonPoint.sendingWhatWasAsked("we met at the fair. she asked for the report, I said I'd think about it."))
                .doesNotContain("promised");
    }

    @Test
    void whatTheirPostSaysOfTheirTeamIsSaidOfThem() {
        assertThat(ReasonPoint.postSaysThey("saw her post they meet QCVN 13 colour limit with ozone"))
                .isEqualTo("saw her post that she meet QCVN 13 colour limit with ozone");
        assertThat(ReasonPoint.postSaysThey("I read his update saying they are hiring")).isEqualTo("I read his update that he are hiring");
        // someone else's post, or "they're" kept as written
        assertThat(ReasonPoint.postSaysThey("saw a post they meet the limit")).isEqualTo("saw a post they meet the limit");
        assertThat(ReasonPoint.postSaysThey("saw her post they're hiring")).isEqualTo("saw her post they're hiring");
    }
}
