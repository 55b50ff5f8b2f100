package dev.rapport.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.ground.CommonGround;
import dev.rapport.ground.GroundKind;
import dev.rapport.profile.DateRange;
import dev.rapport.profile.Position;
import dev.rapport.profile.Profile;
import dev.rapport.profile.SourceFormat;
import dev.rapport.profile.Volunteering;
import dev.rapport.purpose.PurposeReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The false statements quoted in issue 12 are caught given the profiles and the reason; a thoughtful note passes. */
class TruthRulesTest {
    private final NoteRules rules = new NoteRules(RuleSet.builtIn());

    private static Profile profile(String name, String headline, String about, List<Position> jobs, List<Volunteering> volunteering) {
        return new Profile(name, headline, "", about, jobs, List.of(), volunteering, List.of(), List.of(), List.of(),
                Set.of(), List.of(), "", SourceFormat.PROSE);
    }

    private static Position job(String company, String title, int from, Integer to) {
        return new Position(company, title, DateRange.years(from, to), "", "");
    }

    private List<String> ruleIds(String note, Profile me, Profile them, String why, List<CommonGround> ground) {
        return rules.check(note, new NoteContext(me, them, PurposeReader.read(why), ground, 300)).stream()
                .filter(f -> f.severity() != Severity.INFO).map(Finding::rule).toList();
    }

    private static final Profile DEREK = profile("Derek Lindqvist", "Account executive at ColdTrace | cold-chain monitoring",
            "I help food distributors keep their cold chain honest.", List.of(job("ColdTrace", "Account Executive", 2022, null)), List.of());
    private static final Profile MONIQUE = profile("Monique Baptiste", "Director of Distribution at Harvest Lane Foods",
            "I run our three distribution centers (DCs) in Ohio and Indiana.",
            List.of(job("Harvest Lane Foods", "Director of Distribution", 2019, null)), List.of());
    private static final String MET_LAST_MONTH =
            "I chatted with Monique at our booth at PACK EXPO last month about freezer temperature logging across her three DCs";

    @Test
    void theThoughtfulHumanNotePasses() {
        String note = "Hi Monique, thanks for stopping by the ColdTrace booth at PACK EXPO last month. I enjoyed our chat "
                + "about freezer temperature logging across your three DCs. Glad to stay in touch. Derek";
        assertThat(rules.check(note, new NoteContext(DEREK, MONIQUE, PurposeReader.read(MET_LAST_MONTH), List.of(), 300)))
                .filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }

    @Test
    void aMonthOldMeetingIsNotAFewYears() {
        String note = "Hi Monique, it was good to meet you at PACK EXPO. It has been a few years, and I would be glad to be back in touch.";
        assertThat(ruleIds(note, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).contains("false-time");
        assertThat(ruleIds("Hi Monique, thanks for the chat at PACK EXPO last week.", DEREK, MONIQUE, MET_LAST_MONTH, List.of()))
                .contains("false-time");
    }

    @Test
    void currentColleaguesHaveNoYearsApartNorATimeAtBehindThem() {
        Profile daniel = profile("Daniel Okafor", "Engineering manager at Stripewell", "", List.of(job("Stripewell", "Engineering Manager", 2016, null)), List.of());
        Profile priya = profile("Priya Raman", "Risk lead at Stripewell", "", List.of(job("Stripewell", "Risk Lead", 2018, null)), List.of());
        CommonGround ground = new CommonGround(GroundKind.WORKED_TOGETHER, "you both work at Stripewell, 2018–present", 0.9, "Stripewell", "2018–present");
        String note = "Hi Priya, we worked together at Stripewell. It has been a few years, and I would be glad to be back in touch. How are things at Stripewell?";
        List<String> ids = ruleIds(note, daniel, priya, "we work together at Stripewell and I'd like to connect here too", List.of(ground));
        assertThat(ids).contains("false-time");
        assertThat(ruleIds("Hi Priya, it has been a while since our time at Stripewell.", daniel, priya,
                "we work together at Stripewell", List.of(ground))).contains("false-time");
    }

    @Test
    void stillVolunteeringIsNotWereVolunteers() {
        Volunteering habitat = new Volunteering("Habitat for Humanity", "Volunteer", "", DateRange.years(2021, null), "");
        Profile me = profile("Ana Silva", "Architect", "", List.of(job("Studio Norte", "Architect", 2018, null)), List.of(habitat));
        Profile them = profile("Luis Pardo", "Site engineer", "", List.of(job("Obras Sur", "Site Engineer", 2017, null)), List.of(habitat));
        String note = "Hi Luis, we were volunteers at Habitat for Humanity at the same time (2021–present). Glad to stay in touch.";
        assertThat(ruleIds(note, me, them, "we both volunteer at Habitat for Humanity", List.of())).contains("false-time");
    }

    @Test
    void anEventIsNotTheOrganisationBehindIt() {
        Profile me = profile("Carla Mendez", "Dental hygienist at Desert Smiles", "", List.of(job("Desert Smiles", "Dental Hygienist", 2020, null)), List.of());
        Profile them = profile("Dr. Helen Park", "Dentist | Member, Southern Arizona Dental Society", "",
                List.of(job("Park Family Dentistry", "Dentist", 2012, null)), List.of());
        String why = "we met at the Southern Arizona Dental Society spring meeting and talked about sedation training";
        String note = "Hi Helen, it was good to meet you at Southern Arizona Dental Society. Glad to stay in touch.";
        assertThat(ruleIds(note, me, them, why, List.of())).contains("unsupported-claim");
        assertThat(ruleIds("Hi Helen, it was good to meet you at the Southern Arizona Dental Society spring meeting. Glad to stay in touch.",
                me, them, why, List.of())).doesNotContain("unsupported-claim");
    }

    @Test
    void aRoleSaidWithTooIsTheRoleItself() {
        // a fresh-clone hand session: "I'm a librarian too." from a librarian was "librarian too" not in either profile
        Profile me = profile("Holly Reiter", "Librarian, Teacher, Writer", "", List.of(), List.of());
        Profile them = profile("Lynn Bivens", "Reference librarian", "", List.of(), List.of());
        String note = "Hi Lynn, I enjoyed your article on teaching research skills. I'm a librarian too. Holly";
        assertThat(ruleIds(note, me, them, "I enjoyed her article on teaching research skills", List.of())).doesNotContain("unsupported-claim");
        assertThat(ruleIds(note.replace("librarian", "surgeon"), me, them, "I enjoyed her article on teaching research skills", List.of()))
                .contains("unsupported-claim");
    }

    @Test
    void aPlaceTheUserSaysTheyMetAtIsNoEventMistakenForItsOrganisation() {
        // development panel-3 pair 22: "met jules at crux last night" (a climbing gym) once the note spelled it "Crux"
        Profile me = profile("Nadia Rahman", "Physiotherapist", "", List.of(), List.of());
        Profile them = profile("Jules Tremblay", "Head Route Setter at Crux Collective", "",
                List.of(job("Crux Collective", "Head Route Setter", 2019, null)), List.of());
        String note = "Hello Jules, we met at Crux last night. We talked about the new comp wall. Nadia";
        assertThat(ruleIds(note, me, them, "met jules at crux last night, we talked about the new comp wall", List.of()))
                .doesNotContain("unsupported-claim");
        assertThat(ruleIds(note, me, them, "I follow his route setting posts and want to ask about the new comp wall", List.of()))
                .contains("unsupported-claim");
    }

    @Test
    void aSellerWhoMetTheReaderMayRetellWhatTheyTalkedAboutButNotAPitch() {
        // development panel-3 pair 10: once its reason read as selling (the 4 December intent data), the winemaker's
        // retold tasting talk was held back as a pitch and no note was drafted
        Profile me = profile("Facundo Ibarra", "Winemaker at Bodega Altos del Tupungato", "", List.of(), List.of());
        Profile them = profile("Camila Rojas", "Sommelier", "", List.of(), List.of());
        String why = "we met at the Malbec de Altura tasting and talked a long time about high altitude malbec, our 1400m block vs "
                + "the 1100m one. I want to send her the technical sheets of our 2025 vintage";
        assertThat(PurposeReader.read(why).stated()).isNotEmpty();
        assertThat(PurposeReader.read(why).has(dev.rapport.purpose.Intent.SELLING)).as("the path under test: a seller's reason").isTrue();
        assertThat(ruleIds("Hello Camila, we talked a long time about high altitude Malbec, our 1400m block vs the 1100m one. Facundo",
                me, them, why, List.of())).doesNotContain("pitch");
        String seller = "we talked at the expo about how our platform could cut his fleet costs by 30%";
        assertThat(ruleIds("Hi Sam, we talked at the expo about how our platform could cut your fleet costs by 30%.", me, them, seller,
                List.of())).contains("pitch");
    }

    @Test
    void theWordsAfterAnEventsNameAreNotPartOfIt() {
        // "DevOpsDays Denver after your talk" was read as one event that the reason ("after her talk") never named
        Profile me = profile("Marcus Bell", "Site Reliability Engineer", "", List.of(job("Freightline", "SRE", 2020, null)), List.of());
        Profile them = profile("Tanya Kowalczyk", "Staff SRE", "", List.of(job("Brightmeadow Health", "Staff SRE", 2019, null)), List.of());
        String why = "we met at DevOpsDays Denver last week after her talk on on-call fatigue";
        assertThat(ruleIds("Hi Tanya, we met at DevOpsDays Denver after your talk on on-call fatigue. Marcus", me, them, why, List.of()))
                .doesNotContain("unsupported-claim");
        assertThat(ruleIds("Hi Tanya, we met at KubeCon Paris after your talk on on-call fatigue. Marcus", me, them, why, List.of()))
                .contains("unsupported-claim");
    }

    @Test
    void theLengthOfAProposedCallIsNoClaimButAFigureIs() {
        // a hand session: "can we book 20 min with your team" was "“20” is not in either profile"
        assertThat(ruleIds("Hi Monique, great to meet you at PACK EXPO. Could we book 20 min next week?", DEREK, MONIQUE, MET_LAST_MONTH,
                List.of())).doesNotContain("unsupported-claim");
        assertThat(ruleIds("Hi Monique, great to meet you at PACK EXPO. We cut spoilage by 20 percent.", DEREK, MONIQUE, MET_LAST_MONTH,
                List.of())).contains("unsupported-claim");
        assertThat(ruleIds("Hi Monique, great to meet you at PACK EXPO. I logged 5000 hours on cold chain audits.", DEREK, MONIQUE,
                MET_LAST_MONTH, List.of())).contains("unsupported-claim");
    }

    @Test
    void aNameNoProfileOrReasonGivesIsUnsupported() {
        String note = "Hi Monique, great to meet you at PACK EXPO. Tom Reyes said you are moving to Atlanta.";
        assertThat(ruleIds(note, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).contains("unsupported-claim");
        assertThat(ruleIds("Hi Monique, thanks for stopping by at PACK EXPO in 2017.", DEREK, MONIQUE, MET_LAST_MONTH, List.of()))
                .contains("unsupported-claim");
    }

    @Test
    void aJobSeekerNeverWritesAsTheOneHiring() {
        Profile ravi = profile("Ravi Menon", "Backend engineer", "", List.of(job("Quillset", "Backend Engineer", 2021, null)), List.of());
        Profile lena = profile("Lena Vogt", "Engineering manager at Northwind", "", List.of(job("Northwind", "Engineering Manager", 2019, null)), List.of());
        String why = "I applied for the platform engineer role on her team at Northwind";
        String note = "Hi Lena, I am hiring for a role close to your background. Would a role like that interest you? Thanks either way.";
        assertThat(ruleIds(note, ravi, lena, why, List.of())).contains("wrong-voice");
        Profile recruiter = profile("Jo Park", "Technical recruiter at Northwind", "", List.of(job("Northwind", "Recruiter", 2019, null)), List.of());
        assertThat(ruleIds("Hi Lena, I am looking for my next role in platform work.", recruiter, lena,
                "hiring a platform engineer for Northwind", List.of())).contains("wrong-voice");
    }

    @Test
    void theReaderIsYouAfterTheGreeting() {
        Profile kenji = profile("Kenji Watanabe", "Team lead at Copperline", "", List.of(job("Copperline", "Team Lead", 2017, null)), List.of());
        Profile emi = profile("Emi Kobayashi", "Head of Engineering at Sakura Pay", "", List.of(job("Sakura Pay", "Head of Engineering", 2020, null)),
                List.of());
        String why = "she was my first lead at Copperline and I just became a lead myself";
        assertThat(ruleIds("Hi Emi, Kobayashi-san was my first lead at Copperline, and you taught me a lot.", kenji, emi, why, List.of()))
                .contains("third-person");
        assertThat(ruleIds("Hi Emi, she was my first lead at Copperline. I just became a lead myself.", kenji, emi, why, List.of()))
                .contains("third-person");
        assertThat(ruleIds("Hi Emi, you were my first lead at Copperline. I just became a lead myself. Thanks again, Emi.", kenji, emi, why,
                List.of())).doesNotContain("third-person");
        assertThat(ruleIds("Hi Emi, I met Ana at ProMat in March and she suggested I reach out.", kenji, emi,
                "I met Ana at ProMat in March and she suggested I reach out", List.of())).doesNotContain("third-person");
    }

    @Test
    void aSurnameThatNamesTheFamilyFirmIsTheFirmNotTheReader() {
        Profile tomas = profile("Tomas Rieder", "Carpenter", "", List.of(job("Brandauer Holzbau", "Apprentice carpenter", 2021, 2024)), List.of());
        Profile georg = profile("Georg Brandauer", "Master carpenter, owner of Brandauer Holzbau", "",
                List.of(job("Brandauer Holzbau", "Owner", 2001, null)), List.of());
        String why = "he trained me for three years at Brandauer and I passed my journeyman exam";
        assertThat(ruleIds("Hi Georg, you trained me for three years at Brandauer, and I passed my journeyman exam. Tomas", tomas, georg, why,
                List.of())).doesNotContain("third-person");
        assertThat(ruleIds("Hi Georg, Brandauer trained me for three years, and I passed my journeyman exam. Tomas", tomas, georg, why,
                List.of())).contains("third-person");
    }

    @Test
    void twoSentencesDoingOneJobAreRepetition() {
        String note = "Hi Monique, thanks for stopping by at PACK EXPO. It would be good to stay in touch. I would be glad to be connected.";
        assertThat(ruleIds(note, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).contains("repetition");
    }

    @Test
    void aShortSentenceSaidAgainIsRepetitionAndThreeSharedWordsAloneAreNot() {
        // a fresh-clone hand session: "we have same problem" opened the note and came again after the question
        String twice = "Hello Monique, we have same problem. I would like to ask how you run vibration routes. We have same problem. Derek";
        assertThat(ruleIds(twice, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).contains("repetition");
        String once = "Hi Monique, thanks for stopping by at PACK EXPO. We have the same problem with our pallets, so I would like to ask how you solved it.";
        assertThat(ruleIds(once, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).doesNotContain("repetition");
    }

    @Test
    void aQuestionOnWhatTheyHadSaidIsNoRepetition() {
        // a development pair: "You said units could pilot them once their guideline is in place. … Could we be one of the
        // pilot units?" was held back as repetition, and the recipient's own condition left out
        String asked = "Hi Monique, we met at PACK EXPO. You said units could pilot the loggers once their guideline is in place."
                + " Could we be one of the pilot units? Derek";
        assertThat(ruleIds(asked, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).doesNotContain("repetition");
        String said = "Hi Monique, we met at PACK EXPO. We could pilot the loggers once we pass the audit. Could we pilot the loggers? Derek";
        assertThat(ruleIds(said, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).contains("repetition");
    }

    @Test
    void lastWeekInTheNoteIsNotMonthsAgoInTheReason() {
        // a second new user's trainer session: the reason said "two months ago", the note "last week", scored 100
        String months = "we met at PACK EXPO two months ago and talked about freezer logging";
        String note = "Hi Monique, great to meet you at PACK EXPO last week. I enjoyed our chat about freezer logging. Derek";
        assertThat(ruleIds(note, DEREK, MONIQUE, months, List.of())).contains("false-time");
        String days = "we met at PACK EXPO three days ago and talked about freezer logging";
        assertThat(ruleIds(note, DEREK, MONIQUE, days, List.of())).doesNotContain("false-time");
    }

    @Test
    void aQuestionSaidToComeAndThenAskedIsAskedTwice() {
        // a new user's first note: "I want to ask if you would co-supervise my MSc. … Would you co-supervise my MSc on …?"
        String twice = "Hi Monique, I want to ask if you would review my cold chain thesis. We met at PACK EXPO. Would you review my cold"
                + " chain thesis on freezer logging? Derek";
        assertThat(ruleIds(twice, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).contains("repetition");
        // a question said to come about something else is no repetition
        String other = "Hi Monique, I want to ask about your freezer logging. We met at PACK EXPO. Would you review my cold chain thesis? Derek";
        assertThat(ruleIds(other, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).doesNotContain("repetition");
    }

    @Test
    void twoSentencesSayingWhoTheSenderIsByTheSameRoleAreRepetition() {
        // a hand session (hand16): "longer" put "I am a senior healthcare recruiter at CarePath Staffing" after "I was your recruiter."
        String twice = "Hi Monique, I was your recruiter. I placed you at Harbour Foods in 2022. I am a senior recruiter at Bayhead. Derek";
        assertThat(ruleIds(twice, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).contains("repetition");
        String news = "Hi Monique, I was your intern at Bayhead. I'm an analyst at Harbour Foods now. Derek";
        assertThat(ruleIds(news, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).doesNotContain("repetition");
    }

    @Test
    void twoSentencesInARowThatEachAnnounceAnAskAreRepetition() {
        // a hand session: "ask if she has tips …" added "I would like to ask if you have tips …" before the note's own
        // "I'd like to ask you about the grad scheme.", and critique passed the note at 100
        String twice = "Hi Monique, thanks for stopping by at PACK EXPO. I would like to ask if you have tips for pallet audits. "
                + "I'd like to ask you about the vibration routes. Derek";
        assertThat(ruleIds(twice, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).contains("repetition");
        String apart = "Hi Monique, I'd like to ask you about the vibration routes. Thanks for stopping by at PACK EXPO. "
                + "I would like to ask if you have tips for pallet audits. Derek";
        assertThat(ruleIds(apart, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).doesNotContain("repetition");
    }

    @Test
    void aShortSentenceThatOnlyEchoesAnEarlierOneIsRepetition() {
        // a hand session: "mention that I'll send the slides" gave "… asked me to send you the slides. I'll send the slides."
        String echo = "Hi Monique, thanks for stopping by at PACK EXPO. You asked me to send you the slides. I'll send the slides. Derek";
        assertThat(ruleIds(echo, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).contains("repetition");
        // a hand session: "say that I will send the sample through the submissions page" beside the question it answers
        String answered = "Hi Monique, thanks for stopping by at PACK EXPO. I will send the sample through the submissions page. "
                + "I would like to ask how to send a sample. Derek";
        assertThat(ruleIds(answered, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).contains("repetition");
        String onward = "Hi Monique, thanks for stopping by at PACK EXPO. You asked me to send you the slides. Here they are, with our test data. Derek";
        assertThat(ruleIds(onward, DEREK, MONIQUE, MET_LAST_MONTH, List.of())).doesNotContain("repetition");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "unsupported-claim | I read Priya's post on chargeback models and want to thank her",
            "false-time | we met at Money20/20 last month and talked about dispute tooling",
            "wrong-voice | I applied for the risk analyst role on her team",
            "repetition | I read Priya's post on chargeback models",
            "third-person | I read Priya's post on chargeback models"})
    void eachTruthRulesTeachingExamplesGivenItsReason(String id, String why) {
        Rule rule = RuleSet.builtIn().rule(id).orElseThrow();
        NoteContext ctx = new NoteContext(People.DANIEL, People.PRIYA, PurposeReader.read(why), List.of(), 300);
        assertThat(rules.check(rule.bad(), ctx)).extracting(Finding::rule).contains(id);
        assertThat(rules.check(rule.good(), ctx)).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }

    @Test
    void aTitleBeforeANameTheProfilesStateIsNoUnsupportedClaim() {
        Profile me = profile("Lin Chen", "Process engineer", "I did my MS in Prof. Hsu's thin-film lab at NTHU.",
                List.of(job("Formosa Wafer", "Process engineer", 2016, null)), List.of());
        Profile kevin = profile("Kevin Wu", "Etch engineer", "Thin films since Prof. Hsu's lab.",
                List.of(job("Sonoran Silicon", "Etch engineer", 2025, null)), List.of());
        assertThat(ruleIds("Hi Kevin, we were labmates in Prof Hsu's lab at NTHU. Lin", me, kevin,
                "Kevin and me were labmates in Prof. Hsu thin film lab at NTHU", List.of())).doesNotContain("unsupported-claim");
        assertThat(ruleIds("Hi Kevin, we were labmates in Prof Tanaka's lab at NTHU. Lin", me, kevin,
                "Kevin and me were labmates in Prof. Hsu thin film lab at NTHU", List.of())).contains("unsupported-claim");
    }
}
