package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.purpose.PurposeReader;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Faults four new users found on 7 December, afternoon (a seller on a free account, a job seeker, a trainer, an event
 * networker outside tech), on public pages nobody here wrote; these profiles are our own, in the same layouts.
 */
class Hand29SessionsTest {
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 12));
    private final Profile luis = ProfileReaders.parse("Luis Ortega\nBackend Engineer at Nopal Labs\nMonterrey, Mexico\n\n"
            + "Experience\nBackend Engineer\nNopal Labs\n2022 - Present\n", "luis.txt");
    private final Profile hannah = ProfileReaders.parse("Hannah Weiss\nStaff Engineer | Rust | Programme committee, RustConf\n"
            + "Mexico City\n\nExperience\nStaff Engineer\nCobalto Pagos\n2021 - Present\n", "hannah.txt");

    @Test
    void aNamedEventAfterAtTheIsWhereTheyMetWhateverLanguageTheVerbWasIn() {
        String why = "conocí a Hannah at the Rust CDMX meetup 3 weeks ago, she said she reviews talk proposals for first time "
                + "speakers. I want to send her my CFP about moving our settlement service from python to rust";
        assertThat(PurposeReader.read(why).events()).containsExactly("Rust CDMX meetup");
        Assessment a = advisor.draft(luis, hannah, why, DraftOptions.DEFAULT);
        assertThat(a.verdict().decision()).isEqualTo(Decision.CONNECT);
        // "… to Rust" in the ask does not carry the meetup: the note says where they met, before what she said there
        String note = a.notes().get(0).text();
        assertThat(note).contains("the Rust CDMX meetup");
        assertThat(note.indexOf("Rust CDMX meetup")).isLessThan(note.indexOf("review"));
        // one event, read by two patterns, is one event
        assertThat(PurposeReader.read("I met him at the AWS Summit Chicago last week").events()).containsExactly("AWS Summit Chicago");
    }

    private final Profile jordan = ProfileReaders.parse("Jordan Ellison\nAccount Executive at ColdTrace Systems\nBoston, Massachusetts\n\n"
            + "Experience\nAccount Executive\nColdTrace Systems\n2023 - Present\n", "jordan.txt");
    private final Profile tim = ProfileReaders.parse("Tim Grow\nGrape grower at Grow Vineyards\nLodi, California\n\n"
            + "Experience\nOwner\nGrow Vineyards\n2001 - Present\n", "tim.txt");
    private final Profile rich = ProfileReaders.parse("Rich Romano\nDirector of Logistics at Bayfield Pharma\nBoston, Massachusetts\n\n"
            + "Experience\nDirector of Logistics\nBayfield Pharma\n2019 - Present\n", "rich.txt");

    private static java.util.List<String> rules(NoteReview r) {
        return r.critique().findings().stream().map(dev.rapport.etiquette.Finding::rule).toList();
    }

    @Test
    void whatAReferrerPassedOnIsNotSaidToHaveComeFromTheRecipient() {
        Assessment a = advisor.draft(jordan, tim, "Dave Ortiz introduced me to Tim by email last week, he said tim wants to know how "
                + "hot the grapes get in the trucks during harvest", DraftOptions.DEFAULT);
        String note = a.notes().get(0).text();
        assertThat(note).contains("He said you want to know how hot the grapes get").doesNotContain("You said");
        // nor is a seller's note closed with an offer to tell more
        assertThat(note).doesNotContain("tell you more");
    }

    @Test
    void aWholePanelHeardFromTheAudienceIsThankedNotMet() {
        Profile karen = ProfileReaders.parse("Karen Moore\nDirector of Nursing at Leeds Teaching Hospitals\nLeeds, England\n\n"
                + "Experience\nDirector of Nursing\nLeeds Teaching Hospitals NHS Trust\n2020 - Present\n", "karen.txt");
        Profile siobhan = ProfileReaders.parse("Siobhan Kelly\nWard Manager at Stockport NHS Foundation Trust\nStockport, England\n\n"
                + "Experience\nWard Manager\nStockport NHS Foundation Trust\n2018 - Present\n", "siobhan.txt");
        Assessment a = advisor.draft(siobhan, karen, "they all spoke on the ward leaders panel at the NHS Safe Staffing Summit in Leeds "
                + "on 3 December, I was in the audience and asked about e-rostering", DraftOptions.DEFAULT);
        for (var n : a.notes()) {
            assertThat(n.text()).as(n.angle()).doesNotContainIgnoringCase("we met").doesNotContainIgnoringCase("meet you")
                    .doesNotContain("Thanks for writing it");
        }
        assertThat(a.notes().get(0).text()).contains("thanks for speaking on the ward leaders panel");
    }

    @Test
    void aDemoAskedOfSomeoneMetIsStillAPitch() {
        String why = "met rich at LogiPharma in boston in may";
        for (String ask : new String[] {"Do you want a quick demo next week?", "Happy to give you a 15-minute demo anytime.",
                "Can I show you how it works?"}) {
            NoteReview r = advisor.critique("Hi Rich, great meeting you at LogiPharma. " + ask + " Jordan", jordan, rich, why, 300);
            assertThat(rules(r)).as(ask).contains("pitch");
        }
        // the recipient's own demo, or a startup's demo day, sells nothing
        NoteReview theirs = advisor.critique("Hi Rich, your demo of the new cold room at Demo Day was great. Jordan", null, null, "", 300);
        assertThat(rules(theirs)).doesNotContain("pitch");
    }

    @Test
    void aCandidateWhoWritesAsTheHirerSpeaksInTheWrongVoice() {
        Profile duncan = ProfileReaders.parse("Duncan Lord\nInstructional designer | M.Ed. Learning, Design, and Technology\n"
                + "Athens, Georgia\n\nEducation\nUniversity of Georgia\nM.Ed., Learning, Design, and Technology\n2021 - 2023\n", "duncan.txt");
        Profile cat = ProfileReaders.parse("Cat Flynn\nAssistant Director of Instructional Design at SNHU\nManchester, New Hampshire\n\n"
                + "About\nI lead a team that builds online courses with a strong quality assurance process.\n\n"
                + "Experience\nAssistant Director of Instructional Design\nSNHU\n2020 - Present\n", "cat.txt");
        String why = "I applied for the Instructional Designer role at SNHU last week";
        assertThat(rules(advisor.critique("Hi Cat, I'm an instructional designer hiring for my team at SNHU and saw your post. Duncan",
                duncan, cat, why, 300))).contains("wrong-voice");
        // a question about a time to come claims nothing about when a thing was
        assertThat(rules(advisor.critique("Hi Cat, I applied for the Instructional Designer role last week. Do you have a few "
                + "minutes this week for a question about the team? Duncan", duncan, cat, why, 300))).doesNotContain("false-time");
        // "QA" shortens the "quality assurance" her profile names
        assertThat(rules(advisor.critique("Hi Cat, I applied for the Instructional Designer role at SNHU last week. How does your "
                + "QA process shape a new designer's first courses? Duncan", duncan, cat, why, 300))).doesNotContain("unsupported-claim");
    }

    @Test
    void aStopAfterAnAbbreviationEndsNoSentenceWhenTheSentenceGoesOn() {
        var english = dev.rapport.language.Language.english();
        assertThat(english.sentenceTexts("his team at York sorted out their C. diff cohorting last winter and we're struggling"))
                .hasSize(1);
        assertThat(english.sentenceTexts("I just finished my M.Ed. in Learning, Design, and Technology at UGA. I'd like her advice."))
                .containsExactly("I just finished my M.Ed. in Learning, Design, and Technology at UGA.", "I'd like her advice.");
    }

    @Test
    void aRefereeTypedInLowerCaseOrABoothVisitIsATie() {
        Profile susan = ProfileReaders.parse("Susan Ibanez\nPharmacy Director at Coastal Health\nTampa, Florida\n\n"
                + "Experience\nPharmacy Director\nCoastal Health\n2015 - Present\n", "susan.txt");
        Assessment a = advisor.draft(jordan, susan, "mike hale told me to reach out to susan", DraftOptions.DEFAULT);
        assertThat(a.purpose().people()).containsExactly("Mike Hale");
        assertThat(a.verdict().decision()).isEqualTo(Decision.CONNECT);
        assertThat(a.notes().get(0).text()).contains("Mike Hale");
        assertThat(advisor.check(jordan, susan, "my customer mike hale introduced us").purpose().people()).containsExactly("Mike Hale");
        // a role or a pronoun is nobody's name
        assertThat(advisor.check(jordan, susan, "my boss told me to reach out to her").purpose().people()).isEmpty();
        assertThat(advisor.check(jordan, susan, "she told me to reach out").purpose().people()).isEmpty();
        // ("rich" in lower case is the everyday word, so the target here is Susan)
        assertThat(advisor.check(jordan, susan, "susan stopped by our booth at the show in may").verdict().decision())
                .isEqualTo(Decision.CONNECT);
        assertThat(advisor.check(jordan, susan, "I stopped by her booth at the show in may").verdict().decision())
                .isNotEqualTo(Decision.CONNECT);
    }

    @Test
    void aFavourDoneForTheSendersPeopleIsATie() {
        Profile karen = ProfileReaders.parse("Karen Moore\nDirector of Nursing at Leeds Teaching Hospitals\nLeeds, England\n\n"
                + "Experience\nDirector of Nursing\nLeeds Teaching Hospitals NHS Trust\n2020 - Present\n", "karen.txt");
        Profile siobhan = ProfileReaders.parse("Siobhan Kelly\nWard Manager at Stockport NHS Foundation Trust\nStockport, England\n\n"
                + "Experience\nWard Manager\nStockport NHS Foundation Trust\n2018 - Present\n", "siobhan.txt");
        assertThat(advisor.check(siobhan, karen, "she let two of my band 5s shadow her matrons for a week in October and they came "
                + "back buzzing, want to say thank you").verdict().decision()).isEqualTo(Decision.CONNECT);
    }

    @Test
    void aJobReferenceJoinedByAHyphenIsOneNumberAndARecentDegreeSaysWhoWrites() {
        Profile duncan = ProfileReaders.parse("Duncan Lord\nInstructional designer\nAthens, Georgia\n\nExperience\n"
                + "Band Director\nMorgan County Charter High School\nAug 2016 - May 2021\n\nEducation\nUniversity of Georgia\n"
                + "M.Ed., Learning, Design, and Technology\n2021 - 2023\n", "duncan.txt");
        Profile cat = ProfileReaders.parse("Cat Flynn\nAssistant Director of Instructional Design at SNHU\nManchester, New Hampshire\n\n"
                + "Experience\nAssistant Director of Instructional Design\nSNHU\n2020 - Present\n", "cat.txt");
        String note = advisor.draft(duncan, cat, "I applied for the Instructional Designer job at SNHU last week, ref 24-0117",
                DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(note).contains("ref 24-0117").contains("an M.Ed. in Learning, Design, and Technology").doesNotContain("Until May 2021");
    }

    @Test
    void aTrainersPublicExamplesAreGradedForWhatTheyAre() {
        // a blank left to fill in is a placeholder
        assertThat(rules(advisor.critique("Hi _____, I'd like to join your LinkedIn network", null, null, "", 300)))
                .contains("placeholder");
        // a count LinkedIn shows everyone is no reason, so the stock line is a warning again
        NoteReview common = advisor.critique("Hi Mickey, I see we have 23 connections in common. Let's connect here too!", null, null, "", 300);
        assertThat(common.critique().findings()).anyMatch(f -> f.rule().equals("no-reason")
                && f.severity() == dev.rapport.etiquette.Severity.WARNING);
        // empty praise is flattery, not a sales pitch
        java.util.List<String> praise = rules(advisor.critique("Hey Mickey, I'm inspired to see your expertise in Digital Marketing.",
                null, null, "", 300));
        assertThat(praise).contains("flattery").doesNotContain("pitch");
        // a stranger asked to take a CV and to steer a career
        assertThat(rules(advisor.critique("I got laid-off 9 months ago. Please connect so I can send you my resume. I need you to "
                + "tell me what to do next.", null, null, "", 300))).contains("big-ask");
    }

    @Test
    void wordingThatChangesNothingChangesNoVerdict() {
        Profile duncan = ProfileReaders.parse("Duncan Lord\nInstructional designer\nAthens, Georgia\n\nExperience\n"
                + "Band Director\nMorgan County Charter High School\nAug 2016 - May 2021\n", "duncan.txt");
        Profile cammy = ProfileReaders.parse("Cammy Bean\nLearning designer, author of The Accidental Instructional Designer\n"
                + "Boston, Massachusetts\n\nExperience\nVP of Learning Design\nKineo\n2010 - Present\n", "cammy.txt");
        for (String why : new String[] {"I attended her session at DevLearn 2023 in Las Vegas",
                "I went to her Morning Buzz session on AI at DevLearn 2023 in Las Vegas",
                "I was in the audience for her talk on AI at DevLearn 2023 and want to thank her"}) {
            assertThat(advisor.check(duncan, cammy, why).verdict().decision()).as(why).isEqualTo(Decision.CONNECT);
        }
        assertThat(advisor.check(duncan, cammy, "I watched her session on YouTube").verdict().decision()).isNotEqualTo(Decision.CONNECT);
        // an application without a reply is still an application
        assertThat(PurposeReader.read("I applied for the Instructional Designer opening at Kineo last month and never heard back")
                .intents()).contains(dev.rapport.purpose.Intent.JOB_SEEKING);
    }

    @Test
    void aSkillsListsTitleCaseIsNoNameToSpellTheUsersWordsBy() {
        Profile seller = ProfileReaders.parse("Jordan Ellison\nAccount Executive at ColdTrace Systems\nBoston\n\nAbout\n"
                + "Wireless temperature sensors and alerting for cold chain, food service and healthcare customers.\n\n"
                + "Skills\nCold Chain · B2B Sales · Food Safety\n", "jordan.txt");
        Assessment a = advisor.check(seller, rich, "we sell wireless temperature monitoring for cold chain and i'd like to see if theres a fit");
        assertThat(a.purpose().text()).contains("for cold chain").doesNotContain("Cold Chain");
    }

    @Test
    void theRecipientCalledSirIsYou() {
        Profile priya = ProfileReaders.parse("Priya Nair\nAssistant Engineer at Kerala Public Works Department\nKochi, India\n\n"
                + "Experience\nAssistant Engineer\nKerala Public Works Department\n2019 - Present\n", "priya.txt");
        Profile debashish = ProfileReaders.parse("Debashish Sen\nProfessor of Structural Engineering\nKolkata, India\n\n"
                + "Experience\nProfessor\nJadavpur University\n2005 - Present\n", "debashish.txt");
        String note = advisor.draft(priya, debashish, "Sir's session at the IRC bridge workshop in Kochi on 14th was very informative",
                DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(note).contains("your session at the IRC bridge workshop").doesNotContain("Sir's");
    }

    @Test
    void aQuestionWrittenFromTheUsersWordsKeepsItsMark() {
        Profile bronwyn = ProfileReaders.parse("Bronwyn Hayes\nGrain grower at Hayes Farming\nWagga Wagga, Australia\n\n"
                + "Experience\nOwner\nHayes Farming\n2004 - Present\n", "bronwyn.txt");
        Profile aaron = ProfileReaders.parse("Aaron Viebrock\nNo-till farmer\nLouisville, Kentucky\n\n"
                + "Experience\nOwner\nViebrock Farms\n1998 - Present\n", "aaron.txt");
        // (the words a refinement added and a correction then redrafted from, as the REPL keeps them)
        String note = advisor.draft(bronwyn, aaron, "met Aaron at the National No-Tillage Conference in Louisville in February, we had a "
                + "good yarn about cover crops. Would you like to swap notes after harvest?", DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(note).contains("Would you like to swap notes after harvest?");
    }

    @Test
    void aSecondLanguageWritersReferralAndNotesAreReadForWhatTheySay() {
        Profile krzysztof = ProfileReaders.parse("Krzysztof Nowak\nWelder MAG/TIG at Stocznia Remontowa Gdańsk\nGdańsk, Poland\n\n"
                + "Experience\nWelder\nStocznia Remontowa Gdańsk\n2016 - Present\n", "krzysztof.txt");
        Profile brandt = ProfileReaders.parse("Peter Brandt\nHead of the welding workshop at bfw Bremen\nBremen, Germany\n\n"
                + "Experience\nWorkshop lead\nbfw Bremen\n2012 - Present\n", "brandt.txt");
        // the present for the past, and a name the tagger calls a noun
        Assessment said = advisor.check(krzysztof, brandt, "my colleague Paweł say I should contact him");
        assertThat(said.purpose().people()).containsExactly("Paweł");
        assertThat(said.verdict().decision()).isEqualTo(Decision.CONNECT);
        // what someone made is no referrer
        Assessment made = advisor.check(krzysztof, brandt, "my colleague Paweł Zieliński make Schweißschein in bfw last year, he say I "
                + "should write to Mr Brandt because firms call him for welders");
        assertThat(made.purpose().people()).containsExactly("Paweł Zieliński");
        // a greeting and a thanks in another language are neither a wrong name nor a claim; a cold job request is a big ask
        assertThat(rules(advisor.critique("Cześć Peter, we met at the DVS stand in Essen. Krzysztof", krzysztof, brandt,
                "we met at the DVS stand in Essen", 300))).doesNotContain("wrong-name");
        assertThat(rules(advisor.critique("Hi Peter, thank you for the tour of the workshop. Terima kasih banyak! Krzysztof",
                krzysztof, brandt, "he showed me the workshop in Bremen", 300))).doesNotContain("unsupported-claim");
        assertThat(rules(advisor.critique("Hello Mr Brandt, I am experienced welder from Poland, please see my CV and tell me if you "
                + "have job for me. Regards", null, null, "", 300))).contains("big-ask");
    }

    @Test
    void aRecruitersShorthandReadAsJobSeekingIsTheRecruiterHiring() {
        Profile dana = ProfileReaders.parse("Dana Whitfield\nNurse Recruiter at Chesapeake Clinical Staffing\nBaltimore, Maryland\n\n"
                + "Experience\nNurse Recruiter\nChesapeake Clinical Staffing\n2019 - Present\n", "dana.txt");
        Profile marisol = ProfileReaders.parse("Marisol Vega\nNICU RN | Open to work\nWashington, DC\n\n"
                + "Experience\nStaff Nurse, NICU\nMercy Children's Hospital\n2017 - Present\n", "marisol.txt");
        String why = "perm NICU night RN role at a DC hospital client, 52-61/hr, 3x12s, sign on bonus";
        NoteReview r = advisor.critique("Hi Marisol, I am looking for my next role, and your path is one I would like to learn from. Dana",
                dana, marisol, why, 300);
        assertThat(rules(r)).contains("wrong-voice");
        dev.rapport.purpose.Purpose seen = new dev.rapport.purpose.Purpose(why,
                java.util.Set.of(dev.rapport.purpose.Intent.JOB_SEEKING), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.List.of());
        assertThat(dev.rapport.etiquette.SenderSide.hirerReadAsSeeker(RuleSet.builtIn(), dana, seen))
                .isTrue();
        // a recruiter who says they applied somewhere is a candidate
        dev.rapport.purpose.Purpose applied = new dev.rapport.purpose.Purpose("I applied for the talent partner role at Mercy",
                java.util.Set.of(dev.rapport.purpose.Intent.JOB_SEEKING), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.List.of());
        assertThat(dev.rapport.etiquette.SenderSide.hirerReadAsSeeker(RuleSet.builtIn(), dana, applied))
                .isFalse();
    }

    @Test
    void anAgencyConsultantIsAHirerAndACandidatesNoRecruitersHoldsInAProseBio() {
        Profile rachel = ProfileReaders.parse("Rachel Okafor\nPrincipal Consultant, Accountancy & Finance at Aire Valley Recruitment\n"
                + "Leeds, England\n\nExperience\nPrincipal Consultant\nAire Valley Recruitment\n2018 - Present\n", "rachel.txt");
        Profile katie = ProfileReaders.parse("I'm Katie Marsh, a chartered accountant working in business planning at a large UK retailer "
                + "in Leeds. I spent five years in audit at PwC before moving into industry. No recruiters, please.", "katie.txt");
        Assessment a = advisor.check(rachel, katie, "audit manager role at a top 10 practice in Leeds, 70k, 4 day week");
        assertThat(a.verdict().decision()).isEqualTo(Decision.DO_NOT_CONNECT);
        assertThat(a.verdict().reasons()).anyMatch(r -> r.rule().equals("target-policy"));
    }

    @Test
    void aRoleOfferedByARecruiterIsNoSalesPitch() {
        Profile tom = ProfileReaders.parse("Tom Reilly\nLogistics Recruiter at Buckeye Search\nColumbus, Ohio\n\n"
                + "Experience\nRecruiter\nBuckeye Search\n2015 - Present\n", "tom.txt");
        Profile elizabeth = ProfileReaders.parse("Elizabeth Grant\nOperations Manager, ground and air expedite | Open to work\n"
                + "Columbus, Ohio\n\nExperience\nOperations Manager\nFastLane Expedite\n2016 - Present\n", "elizabeth.txt");
        NoteReview r = advisor.critique("Hi Elizabeth, my client is a confidential expedite carrier in Columbus looking for a Director "
                + "of Operations, 115-130k plus bonus. Your ground and air expedite team fits. Tom", tom, elizabeth,
                "I'm recruiting a Director of Operations for an expedite carrier in Columbus, 115-130k base plus bonus", 300);
        assertThat(rules(r)).doesNotContain("pitch");
    }

    @Test
    void aPlaceThePageNamesInATitleIsNotLeftOutOfIt() {
        Profile made = ProfileReaders.parse("Made Wirawan\nAssistant Hotel Manager at Alila Seminyak\nBali, Indonesia\n\nExperience\n"
                + "Assistant Hotel Manager\nAlila Seminyak\n2022 - Present\nFront Office Intern\nLoews Royal Pacific Resort\n2018 - 2019\n",
                "made.txt");
        Profile barbara = ProfileReaders.parse("Barbara Bowden\nArea Managing Director, Loews Hotels at Universal Orlando\nOrlando\n\n"
                + "Experience\nArea Managing Director\nLoews Hotels at Universal Orlando\n2021 - Present\n"
                + "Complex Managing Director, Loews Sapphire Falls Resort & Loews Royal Pacific Resort\nLoews Hotels at Universal Orlando\n"
                + "2016 - 2021\nManaging Director of Operations\nLoews Hotels at Universal Orlando\n2014 - 2016\n", "barbara.txt");
        assertThat(advisor.check(made, barbara, "Ibu Barbara was my boss at Loews Royal Pacific").verdict().decision())
                .isEqualTo(Decision.CONNECT);
    }

    @Test
    void theReferrersOwnShiftWithTheRecipientIsTheirsAndTheirAsideStaysAnAside() {
        Profile sofia = ProfileReaders.parse("Sofia Lind\nTalent Acquisition Specialist at Nordhavn Hotels\nStockholm, Sweden\n\n"
                + "Experience\nTalent Acquisition Specialist\nNordhavn Hotels\n2020 - Present\n", "sofia.txt");
        Profile elina = ProfileReaders.parse("Elina Virtanen\nFront Office Supervisor at Arlanda Airport Hotel\nStockholm, Sweden\n\n"
                + "Experience\nFront Office Supervisor\nArlanda Airport Hotel\n2019 - Present\n", "elina.txt");
        Assessment a = advisor.draft(sofia, elina, "Magnus Ek, our front office manager at Nordhavn Kungsholmen, worked a shift with Elina "
                + "at Arlanda and told me to reach out.", DraftOptions.DEFAULT);
        assertThat(a.commonGround()).extracting(g -> g.kind()).doesNotContain(dev.rapport.ground.GroundKind.WORKED_TOGETHER);
        assertThat(a.notes().get(0).text()).contains("Kungsholmen, worked a shift with you").doesNotContain("Kungsholmen and worked");
    }

    @Test
    void aSpeakersInvitationToWriteForHelpIsNoSaleInAnyEnglish() {
        // the same in plain English read as a referral and connect; in a second-language writer's words, as selling
        assertThat(PurposeReader.read("I join her webinar of HSMAI last week and ask question in Q&A about upselling, she answer me and "
                + "say I can write her if I need more help").intents()).doesNotContain(dev.rapport.purpose.Intent.SELLING);
        assertThat(PurposeReader.read("I want to sell her our upselling software, I can write her if I need more help")
                .intents()).contains(dev.rapport.purpose.Intent.SELLING);
    }

    @Test
    void aNoteToTheHiringManagerDoesNotTellHerAboutTheHiringManager() {
        Profile duncan = ProfileReaders.parse("Duncan Lord\nInstructional designer\nAthens, Georgia\n\nExperience\n"
                + "Band Director\nMorgan County Charter High School\nAug 2016 - May 2021\n", "duncan.txt");
        Profile cat = ProfileReaders.parse("Cat Flynn\nAssistant Director of Instructional Design at SNHU\nManchester, New Hampshire\n\n"
                + "Experience\nAssistant Director of Instructional Design\nSNHU\n2020 - Present\n", "cat.txt");
        String note = advisor.draft(duncan, cat, "I applied for the Instructional Designer role at SNHU last week and want to introduce "
                + "myself to the hiring manager", DraftOptions.DEFAULT).notes().get(0).text();
        assertThat(note).doesNotContain("the hiring manager");
    }

    @Test
    void aRecruitersShorthandRoleIsNamedInTheNote() {
        assertThat(PurposeReader.read("perm NICU night RN role at a DC hospital client, 52-61/hr, 3x12s, sign on bonus").details().role())
                .isEqualTo("NICU night RN");
    }
}
