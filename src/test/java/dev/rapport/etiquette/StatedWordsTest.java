package dev.rapport.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.ground.GroundFinder;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.purpose.Purpose;
import dev.rapport.purpose.PurposeReader;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What people state in their own words, read end to end from pasted profile text and a typed reason:
 * the target's policy on whom they want to hear from, however it is worded (issue 10, item 2), and the
 * sender's statement of a relationship, checked against both profiles (item 3).
 */
class StatedWordsTest {
    private static final ConnectionJudge JUDGE = new ConnectionJudge(RuleSet.builtIn());
    private static final YearMonth TODAY = YearMonth.of(2026, 12);

    static Profile page(String name, String headline, String about, String... experience) {
        StringBuilder text = new StringBuilder(name + "\n" + headline + "\nDenver, Colorado, United States\n\n");
        if (!about.isBlank()) {
            text.append("About\n").append(about).append("\n\n");
        }
        if (experience.length > 0) {
            text.append("Experience\n");
            for (String e : experience) {
                text.append(e.replace(" | ", "\n")).append("\n");
            }
        }
        return ProfileReaders.parse(text.toString(), name);
    }

    static Profile withEducation(String name, String headline, String school, String years) {
        return ProfileReaders.parse(name + "\n" + headline + "\nMexico City, Mexico\n\nEducation\n" + school
                + "\nBachelor of Science - BS, Physics\n" + years + "\n", name);
    }

    static Verdict judge(Profile me, Profile them, String why) {
        Purpose purpose = PurposeReader.read(why);
        return JUDGE.judge(me, them, purpose, new GroundFinder(TODAY).find(me, them, purpose));
    }

    static final Profile SELLER = page("Sam Ortiz", "Account Executive at Cloudwise | Cloud cost savings", "",
            "Account Executive | Cloudwise · Full-time | Jan 2022 - Present");
    static final Profile RECRUITER = page("Rita Gomez", "Technical Recruiter at Halcyon Talent", "",
            "Technical Recruiter | Halcyon Talent · Full-time | Mar 2020 - Present");
    static final Profile PEER = page("Marcus Bell", "Site Reliability Engineer at Freightline Logistics", "",
            "Site Reliability Engineer | Freightline Logistics · Full-time | Feb 2019 - Present");

    static Profile target(String about) {
        return page("Tanya Kowalczyk", "Staff SRE at Brightmeadow Health", about,
                "Staff SRE | Brightmeadow Health · Full-time | Jun 2018 - Present");
    }

    static List<Reason> policyReasons(Verdict v) {
        return v.reasons().stream().filter(r -> r.rule().equals("target-policy")).toList();
    }

    @Nested
    class Policies {
        @Test
        void followInsteadIfWeHaveNotMetDefersAColdInvitationAndQuotesTheSentence() {
            Verdict v = judge(PEER, target("I write about on-call and incident reviews. If we haven't met, follow me instead."),
                    "I like her posts on incident reviews");
            assertThat(v.decision()).isEqualTo(Decision.FOLLOW_FIRST);
            assertThat(policyReasons(v)).singleElement().satisfies(r ->
                    assertThat(r.message()).contains("“If we haven't met, follow me instead.”"));
        }

        @Test
        void strangersRefusedInOtherWordsStillCount() {
            Verdict v = judge(PEER, target("Kubernetes, Terraform and on-call health. I don't accept connection requests from strangers."),
                    "I like her posts on incident reviews");
            assertThat(policyReasons(v)).singleElement().satisfies(r ->
                    assertThat(r.message()).contains("I don't accept connection requests from strangers."));
        }

        @Test
        void vendorPitchesInDmsAreIgnoredBlocksASeller() {
            Verdict v = judge(SELLER, target("I run reliability for our clinics. Vendor pitches in DMs are ignored."),
                    "I want to show her how we cut cloud bills by 30%");
            assertThat(v.decision()).isEqualTo(Decision.DO_NOT_CONNECT);
            assertThat(policyReasons(v)).singleElement().satisfies(r ->
                    assertThat(r.message()).contains("asks not to be pitched").contains("“Vendor pitches in DMs are ignored.”"));
        }

        @Test
        void aPoliteNoSalesMessagesBlocksASellerButNotAPeer() {
            Profile tanya = target("Please, no sales messages.");
            assertThat(policyReasons(judge(SELLER, tanya, "I want to pitch her our cost dashboard"))).isNotEmpty();
            assertThat(policyReasons(judge(PEER, tanya, "I like her posts on incident reviews"))).isEmpty();
        }

        @Test
        void aRecruiterMeetsNoRecruitersInAnyWordingAndWelcomeInAnyWording() {
            Verdict refused = judge(RECRUITER, target("Happily employed and not looking, so please no recruiter messages."),
                    "I am hiring SREs for a client and want to tell her about the role");
            assertThat(refused.decision()).isEqualTo(Decision.DO_NOT_CONNECT);
            assertThat(policyReasons(refused)).anySatisfy(r -> assertThat(r.message()).contains("asks recruiters not to reach out"));
            Verdict welcome = judge(RECRUITER, target("Happy to hear from recruiters about platform roles."),
                    "I am hiring SREs for a client and want to tell her about the role");
            assertThat(welcome.decision()).isNotEqualTo(Decision.DO_NOT_CONNECT);
            assertThat(policyReasons(welcome)).singleElement().satisfies(r -> {
                assertThat(r.severity()).isEqualTo(Severity.INFO);
                assertThat(r.message()).contains("welcomes recruiters").contains("Happy to hear from recruiters");
            });
        }

        @Test
        void aReportedOrAbandonedPolicyIsNoPolicy() {
            Verdict v = judge(PEER, target("I used to only connect with people I knew, now I'm open to all."),
                    "I like her posts on incident reviews");
            assertThat(policyReasons(v)).noneSatisfy(r -> assertThat(r.message()).contains("connects only with people they know"));
        }

        @Test
        void sameWordsInAnOrdinarySentenceStateNothing() {
            Verdict v = judge(RECRUITER, target("I help recruiters hire faster. I know people in logistics and only work with hospitals."),
                    "I am hiring SREs for a client and want to tell her about the role");
            assertThat(policyReasons(v)).isEmpty();
        }

        @Test
        void aUserRuleFileCanRaiseTheClassifierThresholdSoOnlyPhrasesCount() {
            RuleSet strict = RuleSet.builtIn().overlay(
                    "rules:\n  - id: target-policy\n    params:\n      classifier-threshold: 1.0\n", "strict.yaml");
            Profile tanya = target("If we haven't met, follow me instead.");
            Purpose purpose = PurposeReader.read("I like her posts on incident reviews");
            Verdict v = new ConnectionJudge(strict).judge(PEER, tanya, purpose, new GroundFinder(TODAY).find(PEER, tanya, purpose));
            assertThat(policyReasons(v)).isEmpty();
        }
    }

    @Nested
    class StatedRelationships {
        static final Profile ANA_FULL = page("Ana Ruiz", "Controller at Globex", "",
                "Controller | Globex · Full-time | Jan 2018 - Present",
                "Senior Accountant | Acme Corp · Full-time | Mar 2010 - Dec 2017");
        static final Profile BEN_FULL_LATER = page("Ben Carter", "Finance Lead at Initech", "",
                "Finance Lead | Initech · Full-time | Feb 2021 - Present",
                "Analyst | Acme Corp · Full-time | Jan 2018 - Jan 2021");
        static final Profile BEN_FULL_OVERLAP = page("Ben Carter", "Finance Lead at Initech", "",
                "Finance Lead | Initech · Full-time | Feb 2016 - Present",
                "Analyst | Acme Corp · Full-time | Jan 2012 - Jan 2016");
        static final Profile BEN_FULL_NO_ACME = page("Ben Carter", "Finance Lead at Initech", "",
                "Finance Lead | Initech · Full-time | Feb 2016 - Present",
                "Analyst | Umbrella · Full-time | Jan 2009 - Jan 2016");
        static final Profile BEN_SPARSE = page("Ben Carter", "Finance Lead at Initech", "",
                "Finance Lead | Initech · Full-time | Feb 2016 - Present");

        static List<Reason> cautions(Verdict v) {
            return v.reasons().stream().filter(r -> r.rule().equals("relationship") && r.severity() == Severity.WARNING).toList();
        }

        @Test
        void datesThatCannotOverlapAreSaidPlainlyCitingBothProfiles() {
            Verdict v = judge(ANA_FULL, BEN_FULL_LATER, "we worked together at Acme and I'd like to reconnect");
            assertThat(v.decision()).isNotEqualTo(Decision.CONNECT);
            assertThat(cautions(v)).singleElement().satisfies(r -> assertThat(r.message())
                    .contains("“we worked together at Acme”").doesNotContain("reconnect”")
                    .contains("cannot overlap").contains("yours: Acme 2010–2017").contains("Ben's: Acme 2018–2021"));
        }

        @Test
        void overlappingDatesConfirmTheStatement() {
            Verdict v = judge(ANA_FULL, BEN_FULL_OVERLAP, "we worked together at Acme and I'd like to reconnect");
            assertThat(v.decision()).isEqualTo(Decision.CONNECT);
            assertThat(cautions(v)).isEmpty();
        }

        @Test
        void fullHistoriesThatLeaveTheCompanyOutContradictIt() {
            Verdict v = judge(ANA_FULL, BEN_FULL_NO_ACME, "we worked together at Acme and I'd like to reconnect");
            assertThat(v.decision()).isNotEqualTo(Decision.CONNECT);
            assertThat(cautions(v)).singleElement().satisfies(r -> assertThat(r.message())
                    .contains("Ben's profile does not name Acme").contains("full, dated work history")
                    .contains("yours: Acme 2010–2017").contains("Ben's: Initech 2016–present; Umbrella 2009–2016"));
        }

        @Test
        void aShortStintAFullHistoryLeavesOutIsNoContradiction() {
            // panel-6 pair 18: "supervised my erasmus thesis at SLU" was overruled because the sender's jobs leave SLU out
            Verdict v = judge(BEN_FULL_NO_ACME, ANA_FULL, "Ana supervised my erasmus thesis at Acme in 2012");
            assertThat(cautions(v)).isEmpty();
            assertThat(v.decision()).isEqualTo(Decision.CONNECT);
        }

        @Test
        void anIncompleteProfileIsNoContradiction() {
            Verdict v = judge(ANA_FULL, BEN_SPARSE, "we worked together at Acme and I'd like to reconnect");
            assertThat(v.decision()).isEqualTo(Decision.CONNECT);
            assertThat(cautions(v)).isEmpty();
            assertThat(v.reasons().get(0).message()).contains("we worked together at Acme");
        }

        @Test
        void classmatesWhoseYearsCannotOverlapAreCautionedAndThoseWhoseCanAreNot() {
            Profile luis = withEducation("Luis Herrera", "Physicist", "UNAM", "2004 - 2008");
            Profile sofia = withEducation("Sofía Méndez", "Data scientist", "UNAM", "2012 - 2016");
            Profile sofiaThen = withEducation("Sofía Méndez", "Data scientist", "UNAM", "2006 - 2010");
            Verdict apart = judge(luis, sofia, "we studied together at UNAM");
            assertThat(cautions(apart)).singleElement().satisfies(r -> assertThat(r.message())
                    .contains("“we studied together at UNAM”").contains("UNAM 2004–2008").contains("UNAM 2012–2016"));
            Verdict together = judge(luis, sofiaThen, "we studied together at UNAM");
            assertThat(together.decision()).isEqualTo(Decision.CONNECT);
            assertThat(cautions(together)).isEmpty();
        }
    }
}
