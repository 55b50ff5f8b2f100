package dev.rapport.etiquette;

import static dev.rapport.etiquette.People.DANIEL;
import static dev.rapport.etiquette.People.PRIYA;
import static dev.rapport.etiquette.People.person;
import static dev.rapport.etiquette.People.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.ground.GroundFinder;
import dev.rapport.profile.Preference;
import dev.rapport.profile.DateRange;
import dev.rapport.profile.Position;
import dev.rapport.profile.SourceFormat;
import dev.rapport.purpose.Intent;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import dev.rapport.purpose.PurposeReader;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sender's own statement of a relationship, through the real reason reader, ground finder and judge:
 * it is evidence on the user's word (quoted), a stated sales aim still outranks it, and a target's "only
 * people I know" yields to it with a caution to respect the policy in the note.
 */
class StatedRelationshipJudgeTest {
    private final ConnectionJudge judge = new ConnectionJudge(RuleSet.builtIn());

    /** Full, dated work histories: at different employers, so a claim of the same employer can be checked. */
    private static final Profile DANIEL_DATED = dated("Daniel Okafor", "Account manager",
            new Position("Ledgerline", "Account manager", new DateRange(YearMonth.of(2020, 1), null), "", ""),
            new Position("Paywise", "Analyst", new DateRange(YearMonth.of(2016, 1), YearMonth.of(2019, 12)), "", ""));
    private static final Profile PRIYA_DATED = dated("Priya Raman", "Head of risk",
            new Position("Stripewell", "Head of risk", new DateRange(YearMonth.of(2018, 1), null), "", ""),
            new Position("Banco Sol", "Risk analyst", new DateRange(YearMonth.of(2012, 1), YearMonth.of(2017, 12)), "", ""));

    private static Profile dated(String name, String headline, Position... jobs) {
        return new Profile(name, headline, "", "", List.of(jobs), List.of(), List.of(), List.of(), List.of(), List.of(),
                Set.of(), List.of(), "", SourceFormat.PROSE);
    }

    private Verdict judge(Profile me, Profile them, String reason) {
        Purpose purpose = PurposeReader.read(reason);
        return judge.judge(me, them, purpose, new GroundFinder(YearMonth.of(2026, 11)).find(me, them, purpose));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we chat in the coworking kitchen most mornings",
            "I reviewed her pull requests on the ledger service for about a year",
            "she interviewed with us last week for the risk analyst role",
            "We took the same evening Spanish class at the Instituto Cervantes this spring",
            "i was her TA for intro to databases back in 2021",
            "old colleague, we went for ramen every Friday"})
    void aStatedRelationshipIsConnectOnTheUsersWordWithTheSentenceQuoted(String reason) {
        Verdict v = judge(DANIEL, PRIYA, reason);
        assertThat(v.decision()).isEqualTo(Decision.CONNECT);
        assertThat(v.reasons().get(0).rule()).isEqualTo("relationship");
        assertThat(v.reasons().get(0).message()).containsIgnoringCase("you say so yourself").contains(reason.substring(0, 12));
    }

    @Test
    void aReplyThatInvitesTheSenderIsAnExchangeTheyHad() {
        // the judge's own advice is to invite "once there has been a real exchange (a reply to your comment)"
        Verdict v = judge(DANIEL, PRIYA, "I commented on her post about fraud scores. She replied that I should connect"
                + " and she would share the checklist. We have never met.");
        assertThat(v.decision()).isEqualTo(Decision.CONNECT);
        assertThat(v.reasons().get(0).message()).contains("She replied that I should connect");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "we haven't talked yet but I'd love to connect",
            "I've never met her but I follow her work on payments risk",
            "I'd love to meet her at the next meetup"})
    void negatedOrWishedContactIsNoRelationship(String reason) {
        assertThat(judge(DANIEL, PRIYA, reason).decision()).isEqualTo(Decision.FOLLOW_FIRST);
    }

    @Test
    void aSalesAimOutranksAMeetingOnTheSendersWord() {
        Verdict v = judge(person("Kai Lin", "Sales Manager", "Brightpanel"), person("Mark Evans", "Store Design Lead", "Homeway Retail"),
                "we met at my booth at CES and I want to sell him our LED panels at a dealer discount");
        assertThat(v.decision()).isEqualTo(Decision.DO_NOT_CONNECT);
        assertThat(v.reasons()).extracting(Reason::rule).contains("pitch-intent");
        assertThat(v.reasons().stream().filter(r -> r.rule().equals("pitch-intent")).findFirst().orElseThrow().message())
                .startsWith("Even on your word that you know Mark");
    }

    @Test
    void aPitchDeckOrADemoTheyGaveIsNoSalesAim() {
        Verdict v = judge(DANIEL, PRIYA, "we were on the same team at HackZurich last weekend, she did the backend while I did the pitch deck");
        assertThat(v.decision()).isEqualTo(Decision.CONNECT);
    }

    @Test
    void theEvidenceQuotesTheClauseThatStatesTheRelationshipNotTheWholeReason() {
        Verdict v = judge(DANIEL, PRIYA, "Ines and I organised the Porto data meetup for two years, and I'd like to ask her about sponsors");
        assertThat(v.decision()).isEqualTo(Decision.CONNECT);
        assertThat(v.reasons().get(0).message()).contains("“Ines and I organised the Porto data meetup for two years”")
                .doesNotContain("sponsors");
    }

    @Test
    void aPitchTheClassifierGuessedWithoutAnyEvidenceRefusesNobody() {
        Profile julia = profile("Julia Meyer", "Director, Climate Finance", "Terrafund",
                "I only accept invitations from people I know personally.", Set.of(Preference.KNOWN_ONLY),
                List.of("I only accept invitations from people I know personally."));
        // the intents as a classifier may guess them for an admirer's reason with no cue and no sales aim
        Purpose guessed = new Purpose("read her report on blended finance twice, would be glad to swap notes one day",
                Set.of(Intent.SELLING, Intent.CONTENT_INTEREST), List.of(), List.of(), List.of(), List.of());
        assertThat(judge.judge(DANIEL, julia, guessed, List.of()).decision()).isEqualTo(Decision.FOLLOW_FIRST);
        Purpose said = new Purpose("read her report on blended finance and want to pitch her our carbon ledger",
                Set.of(Intent.SELLING, Intent.CONTENT_INTEREST), List.of(), List.of(), List.of(), List.of());
        assertThat(judge.judge(DANIEL, julia, said, List.of()).decision()).isEqualTo(Decision.DO_NOT_CONNECT);
    }

    @Test
    void aClientAtAnotherOrganisationIsNotContradictedByTheEmployers() {
        Profile me = DANIEL_DATED;
        Profile them = PRIYA_DATED;
        Verdict v = judge(me, them, "Priya was my client at Stripewell for three years, we did the Ledgerline rollout together");
        assertThat(v.decision()).isEqualTo(Decision.CONNECT);
    }

    @Test
    void onlyPeopleIKnowYieldsToAStatedMeetingWithACaution() {
        Profile julia = profile("Julia Meyer", "Director, Climate Finance", "Terrafund",
                "I only accept invitations from people I know personally.", Set.of(Preference.KNOWN_ONLY),
                List.of("I only accept invitations from people I know personally."));
        Verdict met = judge(DANIEL, julia, "we chat in the coworking kitchen most mornings");
        assertThat(met.decision()).isEqualTo(Decision.CONNECT);
        assertThat(met.reasons()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("target-policy");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("on your own word").contains("naming where and how you met");
        });
        assertThat(judge(DANIEL, julia, "I've never met her but I follow her work").decision()).isEqualTo(Decision.FOLLOW_FIRST);
        // a referral is no meeting: the caution asks for the referrer's name, not for "where and how you met"
        Verdict referred = judge(DANIEL, julia, "Dana Ortiz pointed me your way for questions on climate finance");
        assertThat(referred.reasons()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("target-policy");
            assertThat(r.message()).contains("you come through someone they know").doesNotContain("where and how you met");
        });
    }

    /** Past work across two organisations: no shared employer is claimed, so full work histories contradict nothing. */
    @ParameterizedTest
    @ValueSource(strings = {
            "I ran the onboarding workshop for her fraud team at Stripewell in May, want to stay in touch",
            "she solved our settlement file outage over a weekend, want to thank her",
            "I translated Priya's handbook on chargebacks into Portuguese for Paywise",
            // a recruiter and the candidate she placed: the employer named is the candidate's, not a shared one
            "I placed Priya at Stripewell back in 2018 when she moved from Lisbon, want to congratulate her",
            "I was Priya's recruiter in 2018, I helped her get her job at Stripewell",
            "I helped Priya get her job at Stripewell in 2018, want to congratulate her on the promotion"})
    void pastWorkForEachOtherIsARelationshipTheEmployersDoNotContradict(String reason) {
        Profile me = DANIEL_DATED;
        Profile them = PRIYA_DATED;
        Purpose purpose = PurposeReader.read(reason);
        assertThat(purpose.stated()).isNotEmpty();
        assertThat(ConnectionJudge.statedRelationshipStands(me, them, purpose, purpose.stated().get(0))).isTrue();
        Verdict v = judge(me, them, reason);
        assertThat(v.decision()).isEqualTo(Decision.CONNECT);
        assertThat(v.reasons().get(0).rule()).isEqualTo("relationship");
    }

    @Test
    void aStatedRelationshipTheDatesContradictDoesNotStand() {
        Profile me = DANIEL_DATED;
        Profile them = dated("Priya Raman", "Head of risk",
                new Position("Stripewell", "Head of risk", new DateRange(YearMonth.of(2021, 1), null), "", ""),
                new Position("Paywise", "Risk analyst", new DateRange(YearMonth.of(2012, 1), YearMonth.of(2015, 6)), "", ""));
        Purpose purpose = PurposeReader.read("we worked together at Paywise on the fraud rules");
        assertThat(purpose.stated()).isNotEmpty();
        assertThat(ConnectionJudge.statedRelationshipStands(me, them, purpose, purpose.stated().get(0))).isFalse();
        Verdict v = judge(me, them, "we worked together at Paywise on the fraud rules");
        assertThat(v.decision()).isEqualTo(Decision.FOLLOW_FIRST);
        assertThat(v.reasons()).anyMatch(r -> r.message().contains("Paywise") && r.message().contains("2012"));
    }

    /** The target's own open door for what the sender wants is a link; a closed door or a pitch is not. */
    @Test
    void theTargetsOpenDoorForWhatTheSenderWantsMeansConnect() {
        Profile them = profile("Priya Raman", "Head of payments risk", "Stripewell",
                "I publish the Stripewell chargeback benchmark every quarter. Analysts with questions about the benchmark are welcome to message me.",
                Set.of(), List.of());
        Verdict open = judge(DANIEL, them, "never met her, I use her chargeback benchmark at work and have one question about how the Q2 figures were weighted");
        assertThat(open.decision()).isEqualTo(Decision.CONNECT);
        assertThat(open.reasons().get(0).message()).contains("welcome to message me");

        Profile closed = profile("Priya Raman", "Head of payments risk", "Stripewell",
                "I publish the Stripewell chargeback benchmark every quarter. Please don't message me with questions about the benchmark.",
                Set.of(), List.of());
        assertThat(judge(DANIEL, closed, "never met her, I use her chargeback benchmark at work and have one question about how the Q2 figures were weighted")
                .decision()).isEqualTo(Decision.FOLLOW_FIRST);
        assertThat(judge(DANIEL, them, "I want to sell her our chargeback benchmark dashboard, it answers every question").decision())
                .isNotEqualTo(Decision.CONNECT);
    }

    /** An application already made to the target's team or employer is the link a candidate's note answers. */
    @Test
    void aCandidateWhoAppliedToTheirTeamMayConnectAColdJobAskMayNot() {
        Verdict applied = judge(DANIEL, PRIYA, "I applied for the fraud analyst opening at Stripewell on Monday and would like to introduce myself");
        assertThat(applied.decision()).isEqualTo(Decision.CONNECT);
        // the reason names her employer, not her team: the evidence says no more than that
        assertThat(applied.reasons().get(0).message()).contains("applied for a role at Stripewell, where Priya works");
        assertThat(judge(DANIEL, PRIYA, "I applied for the fraud analyst opening on her team on Monday and would like to introduce myself")
                .reasons().get(0).message()).contains("applied for a role on Priya's team");
        assertThat(judge(DANIEL, PRIYA, "I'm looking for a new job in payments risk and hope she knows of openings").decision())
                .isEqualTo(Decision.FOLLOW_FIRST);
    }

    @Test
    void aResultInFiguresOfferedToAStrangersKindOfBusinessIsAPitch() {
        // panel-10 pair 15 (development): "We help boutique resorts in Bali lift RevPAR 15-20% …" was follow-first
        Verdict v = judge(DANIEL, PRIYA, "We help payment companies in Europe cut chargebacks 15-20% with a 2 week audit. "
                + "Want a 30 min call with her next week");
        assertThat(v.decision()).isEqualTo(Decision.DO_NOT_CONNECT);
        assertThat(v.reasons()).anyMatch(r -> r.rule().equals("pitch-intent"));
    }

    @Test
    void aServiceOfferedToAStrangerIsAPitch() {
        // hand session 13: "I recruit finance staff … can help with their finance hiring" was connect, drafted as a job offer
        Verdict v = judge(DANIEL, PRIYA, "I recruit finance staff in Leeds and would like to introduce myself as someone who "
                + "can help with their finance hiring");
        assertThat(v.decision()).isNotEqualTo(Decision.CONNECT);
        assertThat(v.reasons()).anyMatch(r -> r.rule().equals("pitch-intent"));
    }

    @Test
    void aShortNameForTheSchoolBothListForTheSameYearsIsNoContradiction() {
        // panel-10 pair 08 (development): "same year at PWr" doubted though both list the one school under two names
        DateRange years = new DateRange(YearMonth.of(2015, 10), YearMonth.of(2020, 6));
        Profile me = new Profile("Paweł Nowicki", "Analog IC design engineer", "", "", List.of(),
                List.of(new dev.rapport.profile.Education("Politechnika Wrocławska", "MSc, Electronics", years, "")),
                List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(), "", SourceFormat.PROSE);
        Profile them = new Profile("Magdalena Kaczmarek", "DV Lead", "", "", List.of(),
                List.of(new dev.rapport.profile.Education("Wrocław University of Science and Technology", "MSc, Electronics", years, "")),
                List.of(), List.of(), List.of(), List.of(), Set.of(), List.of(), "", SourceFormat.PROSE);
        Verdict v = judge(me, them, "same year at PWr electronics, we built the line follower robot together, want to reconnect");
        assertThat(v.decision()).isEqualTo(Decision.CONNECT);
        assertThat(v.reasons()).noneMatch(r -> r.message().contains("neither profile names"));
    }

    @Test
    void anOrganisationNamedByItsLeadingWordIsTheProfilesOneNotAContradiction() {
        // a development pair and a held-aside writer both saw "neither profile names X, though both list X Landtechnik"
        Profile me = dated("Jonas Weber", "Product owner",
                new Position("Achterberg Landtechnik", "Product owner", new DateRange(YearMonth.of(2023, 1), null), "", ""),
                new Position("Feldmark", "Analyst", new DateRange(YearMonth.of(2017, 1), YearMonth.of(2022, 12)), "", ""));
        Profile them = dated("Beatriz Carvalho", "Data engineer",
                new Position("Achterberg Landtechnik", "Data engineer", new DateRange(YearMonth.of(2024, 1), null), "", ""),
                new Position("Tejo Seguros", "Analyst", new DateRange(YearMonth.of(2021, 1), YearMonth.of(2023, 12)), "", ""));
        Verdict v = judge(me, them, "she's on the Lisbon data team at Achterberg and we just started working together on the catalogue migration");
        assertThat(v.decision()).isEqualTo(Decision.CONNECT);
        assertThat(v.reasons()).noneMatch(r -> r.message().contains("neither profile names"));
    }
}
