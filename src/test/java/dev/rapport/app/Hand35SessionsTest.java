package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.Reason;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Faults two new users found on 7 December, evening (a founder writing long reasons; a careers adviser with students and
 * a class's notes), on public pages nobody here wrote; these profiles are our own, in the same layouts.
 */
class Hand35SessionsTest {
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile rhea = ProfileReaders.parse("Rhea Castellano\nFounder at Shortlist Labs | Procurement software\n"
            + "Melbourne, Victoria, Australia\n\nExperience\nFounder\nShortlist Labs\n2024 - Present\n"
            + "Procurement Lead\nMedibank\n2016 - 2024\nBuyer\nToyota Australia\n2011 - 2016\n", "rhea.txt");
    private final Profile daniel = ProfileReaders.parse("Daniel Okoro\nHead of Procurement at Southbank Mutual\n"
            + "Melbourne, Victoria, Australia\n\nExperience\nHead of Procurement\nSouthbank Mutual\n2019 - Present\n"
            + "Buyer\nToyota Australia\n2012 - 2017\n", "daniel.txt");

    private static final String FORMER_BUYERS = "Daniel and I were both buyers in the purchasing team at Toyota Australia back around "
            + "2014, before the Altona plant closed, and we haven't really talked since I left for Medibank. I'm now building "
            + "procurement software at Shortlist Labs and I'd love to hear how his bank decides which vendors make the shortlist, "
            + "mostly so I understand the buyer side better these days. I really don't want it to read like I'm selling to him.";

    @Test
    void twoWhoHeldOnePostTogetherAreColleaguesAndTheSaleIsQuotedFromItsOwnSentence() {
        // a founder's former fellow buyer got do-not-connect ("what you share is no relationship"), quoting the first sentence
        Assessment a = advisor.check(rhea, daniel, FORMER_BUYERS);
        assertThat(a.verdict().decision()).isEqualTo(Decision.CONNECT);
        assertThat(a.verdict().reasons()).filteredOn(r -> r.rule().equals("pitch-intent")).map(Reason::message)
                .allSatisfy(m -> assertThat(m).contains("I'm now building procurement software").doesNotContain("were both buyers"));
    }

    @Test
    void aLongStoryGivesWayToItsFirstClauseSoThatTheAskFits() {
        // the whole first sentence left no room for the question, and the note stopped on "… since I left for Medibank. Rhea"
        String note = advisor.draft(rhea, daniel, FORMER_BUYERS, DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(note).contains("we were both buyers in the purchasing team at Toyota Australia")
                .contains("which vendors make the shortlist").doesNotContain("Altona");
    }

    private final Profile jory = ProfileReaders.parse("Jory Lindahl\nFractional COO for early-stage startups\nMelbourne, Victoria, Australia\n\n"
            + "Experience\nFractional COO\nLindahl Operations\n2021 - Present\n\nSkills\nStartups\n", "jory.txt");

    @Test
    void aColleagueWhoSaidTheyAreThePersonToTalkToIsAReferralInALongReason() {
        // a founder's long reason lost the referral ("follow-first, 16/100"), while its first sentence alone connected
        String why = "My colleague Dana mentioned you're the person to talk to about fractional exec work. I'm about 18 months into "
                + "splitting my week between my startup and consulting, and I keep getting asked whether I'm a consultant or a "
                + "fractional COO, and honestly I don't know how to price the difference. I'd like to ask her how she structures a "
                + "fractional engagement when the company is pre-seed.";
        Assessment a = advisor.draft(rhea, jory, why, DraftOptions.DEFAULT);
        assertThat(a.verdict().decision()).isEqualTo(Decision.CONNECT);
        assertThat(a.notes().get(0).text()).contains("Dana mentioned you're the person to talk to about fractional exec work")
                .contains("how you structure a fractional engagement");
        // a shared topic made of common words is written as a word, not a heading ("We both work on Startups.")
        assertThat(a.notes()).noneSatisfy(n -> assertThat(n.text()).contains("Startups"));
    }

    private final Profile joanne = ProfileReaders.parse("Joanne Whitaker\nMSc Human-Computer Interaction student | Registered Nurse\n"
            + "Bristol, England\n\nExperience\nStaff Nurse\nNorth Bristol NHS Trust\n2012 - 2024\n", "joanne.txt");
    private final Profile susana = ProfileReaders.parse("Susana Nunes\nUX Designer at Mercedes-Benz.io\nLisbon, Portugal\n\n"
            + "About\nI was a mental health nurse for ten years before I moved into design.\n", "susana.txt");

    @Test
    void aFirmWhoseNameIsADomainIsNoLinkWhenTheRecipientsProfileCarriesIt() {
        // a class note about her post on the firm's blog was refused as a link, and the draft for the pair kept one line
        NoteReview r = advisor.critique("Hi Susana, I read your Mercedes-Benz.io post about leaving nursing for UX. "
                + "How did you choose your course? Joanne", joanne, susana, "", 300);
        assertThat(r.critique().findings()).noneSatisfy(f -> assertThat(f.rule()).isEqualTo("link"));
        // a site of the sender's own is still one
        NoteReview own = advisor.critique("Hi Susana, I read your post about leaving nursing. See joannew.io for my portfolio. Joanne",
                joanne, susana, "", 300);
        assertThat(own.critique().findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("link"));
        String note = advisor.draft(joanne, susana, "I commented on her Mercedes-Benz.io blog post about leaving nursing for UX last "
                + "week and she replied that I should message her. I was a nurse for 12 years too. I want to ask how she chose her "
                + "retraining programme", DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(note).contains("I commented on your Mercedes-Benz.io blog post").contains("I was a nurse for 12 years too")
                .contains("May I ask how you chose your retraining programme?");
    }

    // ---- a careers adviser's class notes, critiqued with the two profiles and the student's reason

    private final Profile lena = ProfileReaders.parse("Lena Fischer\nComputer Science senior at the University of Washington\n"
            + "Seattle, Washington\n\nEducation\nUniversity of Washington\nBachelor of Science - BS, Computer Science\n2022 - 2026\n\n"
            + "Experience\nSoftware Engineering Intern\nZillow\nJun 2025 - Sep 2025\n", "lena.txt");
    private final Profile mikael = ProfileReaders.parse("Mikael Mengistu\nSoftware Engineer at Microsoft\nSeattle, Washington\n\n"
            + "Experience\nSoftware Engineer\nMicrosoft\n2021 - Present\n\nEducation\nMassachusetts Institute of Technology (MIT)\n"
            + "Bachelor of Science - BS, Computer Science\n2017 - 2021\n", "mikael.txt");
    private static final String BOOTH = "talked to him at the Microsoft booth at the UW career fair yesterday about distributed systems "
            + "teams, he told me to apply to the new grad SWE role. I applied last night";

    private java.util.List<String> rulesOf(String note, Profile me, Profile them, String why) {
        return advisor.critique(note, me, them, why, 300).critique().findings().stream().map(dev.rapport.etiquette.Finding::rule).toList();
    }

    @Test
    void aClaimToShareWhatTheSendersProfileDoesNotShowIsUnsupported() {
        assertThat(rulesOf("Hi Mikael, fellow MIT alum here! Great meeting you at the career fair. Lena", lena, mikael, BOOTH))
                .contains("unsupported-claim");
        assertThat(rulesOf("Hi Mikael, great to see you again at MIT, where we studied together. Lena", lena, mikael, BOOTH))
                .contains("unsupported-claim");
        // what the sender's profile does show is no claim
        assertThat(rulesOf("Hi Mikael, fellow software engineering intern here! Thanks for the chat at the booth. Lena", lena, mikael, BOOTH))
                .doesNotContain("unsupported-claim");
        // a school and the degree taken there, each on record, and a letter to no one in particular, are no claims either
        assertThat(rulesOf("Dear Sir/Madam, as a University of Washington BS student I would like to connect. Lena", lena, mikael, BOOTH))
                .doesNotContain("unsupported-claim");
    }

    @Test
    void aReferralAskedAfterABoothChatIsStillABigAsk() {
        // "Could you refer me …?" after three minutes at a booth was scored send once the reason was given
        assertThat(rulesOf("Hi Mikael! Great chatting at the Microsoft booth yesterday. I applied to the new grad SWE role last night as "
                + "you suggested. Could you refer me or put in a word with the hiring manager? Lena", lena, mikael, BOOTH)).contains("big-ask");
        assertThat(rulesOf("Hey Tiffany, I'm a CMU student. Can you tell me about job openings on your team at IBM and send me the link to "
                + "apply? Thx", null, null, "")).contains("big-ask");
    }

    @Test
    void sweepingPraiseIsFlatteryAndARecalledConversationSellsNothing() {
        assertThat(rulesOf("Dear Professor Kubatko, thank you for your seminar yesterday! It was the best talk I've ever heard and you are "
                + "truly a genius in phylogenetics. Tomás", null, null, "")).filteredOn("flattery"::equals).hasSize(2);
        assertThat(rulesOf("Thank you for speaking with me at the Career Fair at Oregon State University. Our conversation about how a "
                + "company mission statement can set a tone in a workplace really got me thinking.", null, null, "")).doesNotContain("pitch");
        // one letter more is another name: "Susan" is not Susana
        assertThat(rulesOf("Hi Susan, I loved your post on leaving nursing for design. How did you choose your course? Joanne",
                joanne, susana, "")).contains("wrong-name");
    }

    @Test
    void aCorrectedLongNoteKeepsWhyItWritesAndGoesOnInLowerCaseAfterTheGreeting() {
        NoteReview r = advisor.critique("Dear Dr. Wham, I hope this message finds you well. My name is Tomás Herrera and I am a fourth-year "
                + "PhD candidate in the Department of Biology at the Pennsylvania State University, where my research focuses on the "
                + "population genetics of endangered freshwater mussels. I am reaching out because I read about your transition into "
                + "data science and would greatly appreciate the opportunity to learn from your experience.", null, null, "", 300);
        assertThat(r.critique().repaired()).startsWith("Dear Dr. Wham, ").doesNotContain("Wham, My").contains("your transition into data science");
    }

    @Test
    void aTalkAtABoothIsThankedAsOneWithTheSenderAndADegreeIsSaidOnce() {
        String note = advisor.draft(lena, mikael, BOOTH, DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(note).contains("thanks for talking with me at the Microsoft booth").doesNotContain("talking to you").doesNotContain(" - BS");
    }

    // ---- the founder's refinements and asides

    private static final String DANA = "My colleague Dana mentioned you're the person to talk to about fractional exec work.";

    @Test
    void aQuestionToEndOnEndsTheNoteAndANewOneTakesItsPlace() {
        Assessment a = advisor.draft(rhea, jory, DANA, DraftOptions.DEFAULT);
        Advisor.Refined ended = advisor.refineNote(a, 1, "end with a question about how she prices fractional work", DraftOptions.DEFAULT);
        assertThat(ended.assessment().notes().get(0).text()).endsWith("How do you price fractional work? Rhea");
        Advisor.Refined instead = advisor.refineNote(ended.assessment(), 1, "instead of that question, ask how she found her first clients",
                DraftOptions.DEFAULT);
        assertThat(instead.report()).doesNotContain("did not understand");
        assertThat(instead.assessment().notes().get(0).text()).contains("How did you find your first clients?")
                .doesNotContain("price fractional work");
    }

    @Test
    void aReferrersNamePutRightIsPutRightInTheReasonToo() {
        Assessment a = advisor.draft(rhea, jory, DANA, DraftOptions.DEFAULT);
        for (String asked : java.util.List.of("it was Priya, not Dana", "use Priya instead of Dana")) {
            Advisor.Refined r = advisor.refineNote(a, 1, asked, DraftOptions.DEFAULT);
            assertThat(r.changed()).as(asked).isTrue();
            assertThat(r.assessment().notes().get(0).text()).as(asked).contains("Priya mentioned").doesNotContain("Dana");
        }
    }

    @Test
    void theUsersDoubtAboutAnAskAndHowTheNoteShouldSoundStayWithTheTool() {
        Profile paul = ProfileReaders.parse("Paul Silva\nAngel investor | Startups\nMelbourne, Victoria, Australia\n\nExperience\n"
                + "Partner\nSilva Ventures\n2015 - Present\n", "paul.txt");
        String doubted = advisor.draft(rhea, paul, "We met at the Melbourne founders breakfast last week. I'd love to pick his brain over "
                + "coffee about pricing, but I know that's a big ask from a stranger.", DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(doubted).contains("Melbourne founders breakfast").doesNotContain("big ask").doesNotContain("coffee");
        String toned = advisor.draft(rhea, paul, "We met at the Melbourne founders breakfast last week. I'd like to ask him how early is "
                + "too early to raise without it sounding like a pitch.", DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(toned).contains("how early is too early to raise").doesNotContain("pitch");
        // a pitch deck in someone's story is no pitch of the sender's
        assertThat(dev.rapport.purpose.PurposeReader.read("I read his interview about taking companies from four or five people and a "
                + "pitch deck to forty or fifty.").has(dev.rapport.purpose.Intent.SELLING)).isFalse();
        assertThat(dev.rapport.purpose.PurposeReader.read("I want to show her our pitch deck for ShelfSense and get her to invest.")
                .has(dev.rapport.purpose.Intent.SELLING)).isTrue();
    }

    // ---- a fundraiser's and a freelancer's sessions (7 December, evening, second pair of new users)

    @Test
    void twoFreelancersAreNotColleaguesAndAProposedCollabIsNoSale() {
        Profile tess = ProfileReaders.parse("Tess Moreno\nFreelance copywriter\nColumbus, Ohio\n\nExperience\nCopywriter\nSelf-employed\n"
                + "2017 - Present\n", "tess.txt");
        Profile alex = ProfileReaders.parse("Alex Rumford\nFreelance photographer\nColumbus, Ohio\n\nExperience\nPhotographer\nSelf-employed\n"
                + "2015 - Present\n", "alex.txt");
        Assessment a = advisor.check(tess, alex, "want to pitch him a collab: his photos and my words, a zine about regional newspapers that closed");
        assertThat(a.commonGround()).noneSatisfy(g -> assertThat(g.subject()).containsIgnoringCase("self"));
        assertThat(a.verdict().decision()).isEqualTo(Decision.FOLLOW_FIRST);
        assertThat(a.purpose().has(dev.rapport.purpose.Intent.SELLING)).isFalse();
        assertThat(dev.rapport.ground.OrganisationNames.same("Self-employed", "Self Employed")).isFalse();
        assertThat(dev.rapport.ground.OrganisationNames.same("Stripewell", "Stripewell Inc.")).isTrue();
    }

    @Test
    void aPlanForLaterStaysWithTheUserAndAFirmJoinedIsNoReferrer() {
        Profile kim = ProfileReaders.parse("Kim Castaneda\nDirector of Development at Harbor Food Bank\nConcord, California\n\n"
                + "Experience\nDirector of Development\nHarbor Food Bank\n2019 - Present\n", "kim.txt");
        Profile jennifer = ProfileReaders.parse("Jennifer Dale\nPhilanthropy advisor\nSan Francisco, California\n\nExperience\n"
                + "Advisor\nDale Family Fund\n2016 - Present\n", "jennifer.txt");
        String note = advisor.draft(kim, jennifer, "I sat next to Jennifer at the West Coast hunger dinner on Saturday and we talked about "
                + "farmworker families. she said she'd like to see our mobile pantry. want to invite her on a site visit and later ask about "
                + "a gift", DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(note).contains("site visit").doesNotContain("gift");
        assertThat(dev.rapport.purpose.PurposeReader.read("my old client Dana Whitfield just joined Brightspot and suggested I get in touch")
                .people()).containsExactly("Dana Whitfield");
        // nor is the recipient, named in what the referrer said, with the telling's "and told me" after it
        assertThat(dev.rapport.purpose.PurposeReader.read("my old client Dana said Courtney needs a freelance copywriter for their site "
                + "pages and told me to reach out").people()).containsExactly("Dana");
        // money given to the sender is thanked for, not sold
        assertThat(dev.rapport.purpose.PurposeReader.read("the health foundation, which she chairs, gave our food bank a $50,000 grant in "
                + "2020. want to say thank you").has(dev.rapport.purpose.Intent.SELLING)).isFalse();
    }

    @Test
    void aFreelancersWorkOfferedToAStrangerIsAPitchAndALowerCaseGreetingNamesThem() {
        for (String note : java.util.List.of(
                "Hi Katie, I'm an illustrator and I'd love to work with Counter Culture someday. Let me know if you ever need illustration! Tess",
                "Hi Gail, I'm a freelance illustrator available for editorial commissions. My rates are flexible and I turn work around fast. Tess",
                "Dear Art Director, I am a freelance illustrator. My clients have included two national papers. Should you come across any "
                        + "assignments compatible with my style, please contact me.")) {
            assertThat(rulesOf(note, null, null, "")).as(note).contains("pitch");
        }
        // a note typed all in lower case greets by a lower-case name
        assertThat(rulesOf("hey david! tess here, we met at fotofest - you told me to cut river towns to 20. done it. ok if i send the new "
                + "edit over?", null, null, "")).doesNotContain("no-name");
        assertThat(rulesOf("hey there! we met at fotofest. ok if i send the new edit over?", null, null, "")).contains("no-name");
    }

    @Test
    void aNameTheReasonGivesInASentenceOfItsOwnCanBeMentioned() {
        Profile tess = ProfileReaders.parse("Tess Marlowe\nDocumentary photographer\nColumbus, Ohio\n\nExperience\nPhotographer\n"
                + "Marlowe Photo\n2016 - Present\n", "tess.txt");
        Profile justine = ProfileReaders.parse("Justine Barnes\nPhoto editor at Northwind Magazine\nChicago, Illinois\n\nAbout\n"
                + "I commission photographers for our features.\n\nActivity\nJustine Barnes posted this • 3d\nLooking for photographers who "
                + "shoot real people on location. If that's you, send me a connection request with a line about your work.\n\n"
                + "Experience\nPhoto editor\nNorthwind Magazine\n2018 - Present\n", "justine.txt");
        Assessment a = advisor.draft(tess, justine, "her post asked photographers who shoot real people on location to send a connection "
                + "request with a line about their work. River Towns is all non-models in natural light", DraftOptions.DEFAULT);
        if (a.notes().isEmpty()) {
            throw new AssertionError("no note: " + a.verdict());
        }
        Advisor.Refined r = advisor.refineNote(a, 1, "mention River Towns", DraftOptions.DEFAULT);
        assertThat(r.report()).doesNotContain("could not find");
        assertThat(r.assessment().notes().get(0).text()).contains("River Towns is all non-models in natural light.");
    }

    @Test
    void moneyAskedOfTheReaderIsACharitysPitchAndAFundingPolicyRefusesIt() {
        Profile kim = ProfileReaders.parse("Kim Castaneda\nDirector of Development at Harbor Food Bank\nConcord, California\n\n"
                + "Experience\nDirector of Development\nHarbor Food Bank\n2019 - Present\n", "kim.txt");
        Profile naomi = ProfileReaders.parse("Naomi Reyes\nSenior Manager, Philanthropy at Salesforce\nSan Francisco, California\n\n"
                + "About\nI lead employee giving programs. Please don't send me funding or sponsorship requests here: nonprofits should "
                + "apply through our grants portal.\n\nExperience\nSenior Manager, Philanthropy\nSalesforce\n2018 - Present\n", "naomi.txt");
        assertThat(dev.rapport.purpose.PurposeReader.read("I want to ask her for a donation to our food bank")
                .has(dev.rapport.purpose.Intent.SELLING)).isTrue();
        assertThat(dev.rapport.purpose.PurposeReader.read("Not asking for money, just want to say thanks for the panel")
                .has(dev.rapport.purpose.Intent.SELLING)).isFalse();
        // a stranger asked for money: a cold ask, and the advice is the giving process, not procurement
        Assessment cold = advisor.draft(kim, naomi, "I'd like Salesforce to sponsor our annual gala", DraftOptions.DEFAULT);
        assertThat(cold.verdict().decision()).isEqualTo(Decision.DO_NOT_CONNECT);
        assertThat(cold.verdict().reasons()).anySatisfy(r -> assertThat(r.message()).contains("ask for money").doesNotContain("to sell"));
        // a note that asks, to a reader whose profile refuses funding requests, is refused with that sentence quoted
        NoteReview asked = advisor.critique("Hi Naomi, great meeting you at the volunteer council lunch on Tuesday. Would Salesforce "
                + "sponsor our annual gala this spring? Kim", kim, naomi, "we met at the volunteer council lunch on Tuesday", 300);
        assertThat(asked.critique().findings()).extracting(dev.rapport.etiquette.Finding::rule).contains("pitch", "target-policy");
        // said as an ask for money, not as a sale to a vendor's channel
        assertThat(asked.critique().findings()).allSatisfy(f -> assertThat(f.message() + " " + f.fix())
                .doesNotContain("sales pitch").doesNotContain("vendors"));
    }

    @Test
    void anUndatedExperienceSectionLeavesTheHeadlinesRoleAsTheRoleNow() {
        // a fundraiser's "say who I am" was told her profile does not say what she does, though her headline did
        Profile kim = ProfileReaders.parse("Kim Castaneda\nDirector of Development at Harbor Food Bank\nConcord, California\n\n"
                + "Experience\nDirector of Development\nHarbor Food Bank\nConcord, California\n- Individual giving and foundation grants\n", "kim.txt");
        assertThat(kim.positions()).anySatisfy(p -> {
            assertThat(p.title()).isEqualTo("Director of Development");
            assertThat(p.company()).isEqualTo("Harbor Food Bank");
        });
    }
}
