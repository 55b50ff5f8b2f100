package dev.rapport.llm;

import static dev.rapport.llm.FakeLlmServer.openAi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.app.Advisor;
import dev.rapport.app.Assessment;
import dev.rapport.app.DraftOptions;
import dev.rapport.app.OutreachLog;
import dev.rapport.etiquette.Decision;
import dev.rapport.etiquette.OutreachHistory;
import dev.rapport.etiquette.Reason;
import dev.rapport.etiquette.RuleSet;
import dev.rapport.ground.CommonGround;
import dev.rapport.profile.Profile;
import dev.rapport.profile.ProfileReaders;
import dev.rapport.purpose.Intent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With an LLM engine the model may add evidence about the reason and the profiles, and the rules decide:
 * each scenario runs the same check offline and against a scripted model on a real loopback server.
 */
class ModelEvidenceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final String MEETUP = "03-met-at-meetup";

    @TempDir
    Path home;

    FakeLlmServer server;

    @BeforeEach
    void start() throws IOException {
        server = new FakeLlmServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Profile profile(String pair, String who) {
        return ProfileReaders.read(Path.of("examples", "pairs", pair, who + ".txt"));
    }

    private static Advisor offline() {
        return Advisor.offline(RuleSet.builtIn(), () -> DAY, OutreachLog.NONE);
    }

    private Advisor withEngine(Map<String, String> extraEnv) {
        // a generous deadline: two cores shared by many builds make a first call slow; the stall test sets 2 s
        Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(), "OPENAI_API_KEY", Fixtures.KEY,
                "RAPPORT_TIMEOUT", "15"));
        env.putAll(extraEnv);
        EngineConfig config = EngineConfig.resolve(new EngineFlags("openai", "test-model", server.openAiUrl(), null, null), env);
        return offline().withEngine(config);
    }

    private static Assessment assess(Advisor a, Profile me, Profile them, String why) {
        return a.assess(me, them, why, OutreachHistory.none(DAY));
    }

    /** The evidence JSON: intents, a stated relationship (text, kind; null when text is null), negative facts (text, about pairs). */
    static String evidence(List<String> intents, String statedText, String statedKind, String... negatives) {
        ObjectNode root = FakeLlmServer.JSON.createObjectNode();
        ArrayNode i = root.putArray("intents");
        intents.forEach(i::add);
        if (statedText == null) {
            root.putNull("stated_relationship");
        } else {
            root.putObject("stated_relationship").put("text", statedText).put("kind", statedKind);
        }
        ArrayNode n = root.putArray("negative_facts");
        for (int k = 0; k + 1 < negatives.length; k += 2) {
            n.addObject().put("text", negatives[k]).put("about", negatives[k + 1]);
        }
        return root.toString();
    }

    private static List<String> reasonTexts(Assessment a) {
        return a.verdict().reasons().stream().map(Reason::message).toList();
    }

    @Test
    void theModelAddsAnIntentTheRulesMissedMarkedAsTheModels() {
        String why = "Her post on cutting after-hours pages matches what we do at Freightline.";
        Assessment before = assess(offline(), profile(MEETUP, "me"), profile(MEETUP, "them"), why);
        assertThat(before.purpose().intents()).doesNotContain(Intent.ADVICE);
        server.then(openAi(evidence(List.of("advice", "no-such-label"), null, null)));

        Assessment after = assess(withEngine(Map.of()), profile(MEETUP, "me"), profile(MEETUP, "them"), why);

        assertThat(after.purpose().intents()).containsAll(before.purpose().intents()).contains(Intent.ADVICE);
        assertThat(reasonTexts(after)).anyMatch(r -> r.contains("advice (from the model)"));
        // the unknown label is dropped and counted
        assertThat(after.notices()).anyMatch(n -> n.contains("1 of the model's findings") && n.contains("dropped"));
        assertThat(server.requests).hasSize(1);
        assertThat(server.requests.get(0).body()).contains(why).contains("negative_facts").contains(PromptFacts.OPEN);
    }

    @Test
    void aRelationshipTheModelQuotesFromTheReasonCountsOnTheUsersWordAndIsCitedSo() {
        String why = "Tanya and I go way back to the Denver SRE meetup days.";
        Assessment before = assess(offline(), profile(MEETUP, "me"), profile(MEETUP, "them"), why);
        assertThat(before.verdict().decision()).isEqualTo(Decision.FOLLOW_FIRST);
        server.then(openAi(evidence(List.of(), "Tanya and I go  way back", "met")));

        Assessment after = assess(withEngine(Map.of()), profile(MEETUP, "me"), profile(MEETUP, "them"), why);

        assertThat(after.verdict().decision()).isEqualTo(Decision.CONNECT);
        assertThat(after.commonGround()).map(CommonGround::detail)
                .anyMatch(d -> d.startsWith("stated by you (found by the model): “Tanya and I go way back"));
        assertThat(after.purpose().stated()).anyMatch(r -> r.byModel() && r.kind().equals("met-in-person"));
    }

    @Test
    void aQuoteThatIsNotInTheTextIsDiscardedAndCounted() {
        String why = "Tanya and I go way back to the Denver SRE meetup days.";
        server.then(openAi(evidence(List.of(), "we met at DevOpsDays Denver last week", "met",
                "We never page anyone at night.", "paging")));

        Assessment after = assess(withEngine(Map.of()), profile(MEETUP, "me"), profile(MEETUP, "them"), why);
        Assessment before = assess(offline(), profile(MEETUP, "me"), profile(MEETUP, "them"), why);

        assertThat(after.verdict()).isEqualTo(before.verdict());
        assertThat(after.purpose().stated()).isEmpty();
        assertThat(after.notices()).filteredOn(n -> n.contains("findings")).singleElement().asString().contains("2 of the model's findings").contains("dropped");
    }

    @Test
    void aNegatedRelationshipQuoteCountsForNothing() {
        String why = "We have never met, but Tanya and I both care about on-call health.";
        server.then(openAi(evidence(List.of(), "We have never met", "met")));

        Assessment after = assess(withEngine(Map.of()), profile(MEETUP, "me"), profile(MEETUP, "them"), why);

        assertThat(after.purpose().stated()).noneMatch(r -> r.byModel());
        assertThat(after.verdict().decision()).isNotEqualTo(Decision.CONNECT);
    }

    @Test
    void aSaleTheModelAloneSeesCannotTurnAConnectOrAFollowFirstIntoDoNotConnect() {
        String colleagues = "01-former-colleagues";
        String why = "we worked together at Stripewell for years and I'd like to reconnect";
        Assessment connect = assess(offline(), profile(colleagues, "me"), profile(colleagues, "them"), why);
        server.then(openAi(evidence(List.of("selling", "lead-generation"), null, null)));

        Assessment claimed = assess(withEngine(Map.of()), profile(colleagues, "me"), profile(colleagues, "them"), why);

        assertThat(claimed.verdict().decision()).isEqualTo(Decision.CONNECT);
        assertThat(claimed.verdict().warrant()).isEqualTo(connect.verdict().warrant());
        assertThat(claimed.purpose().intents()).doesNotContain(Intent.SELLING, Intent.LEAD_GEN);
        assertThat(reasonTexts(claimed)).anyMatch(r -> r.contains("The model reads lead-gen, selling")
                && r.contains("does not count"));

        String admirer = "Her talk was great.";
        Assessment followFirst = assess(withEngine(Map.of()), profile(MEETUP, "me"), profile(MEETUP, "them"), admirer);
        assertThat(followFirst.verdict().decision()).isEqualTo(Decision.FOLLOW_FIRST);
    }

    @Test
    void aSaleTheRulesOwnReadingAgreesWithIsWeighedAsEvidence() {
        String why = "I'd like to show her our alerting product.";
        server.then(openAi(evidence(List.of("lead-generation"), null, null)));

        Assessment a = assess(withEngine(Map.of()), profile(MEETUP, "me"), profile(MEETUP, "them"), why);

        assertThat(a.purpose().intents()).contains(Intent.SELLING, Intent.LEAD_GEN);
        assertThat(a.verdict().decision()).isEqualTo(Decision.DO_NOT_CONNECT);
        assertThat(reasonTexts(a)).anyMatch(r -> r.contains("lead-gen (from the model)"));
    }

    @Test
    void aNegativeFactTheModelQuotesFromTheirProfileFeedsTheOfferTest() throws IOException {
        Path them = home.resolve("them.txt");
        Files.writeString(them, Files.readString(Path.of("examples/pairs/07-sap-pitch/them.txt"))
                .replace("For the record: we have never used SAP.", "We retired SAP in 2019 and moved finance to our own ERP.")
                .replace("No sales pitches, please — procurement goes through our public bid process.\n", ""));
        Profile rosa = ProfileReaders.read(them);
        Profile kevin = ProfileReaders.read(Path.of("examples/pairs/07-sap-pitch/me.txt"));
        String why = "offer our SAP cost savings";
        Assessment before = assess(offline(), kevin, rosa, why);
        assertThat(before.verdict().reasons()).noneMatch(r -> r.rule().equals("irrelevant-offer"));
        server.then(openAi(evidence(List.of("selling"), null, null,
                "We retired SAP in 2019 and moved finance to our own ERP.", "SAP")));

        Assessment after = assess(withEngine(Map.of()), kevin, rosa, why);

        assertThat(after.verdict().decision()).isEqualTo(Decision.DO_NOT_CONNECT);
        assertThat(after.verdict().reasons()).anyMatch(r -> r.rule().equals("irrelevant-offer")
                && r.message().contains("We retired SAP in 2019"));
    }

    @Test
    void malformedJsonARefusalOrAnHttpErrorLeavesTheOfflineVerdictWithOneNotice() {
        String why = "Tanya and I go way back to the Denver SRE meetup days.";
        Assessment offline = assess(offline(), profile(MEETUP, "me"), profile(MEETUP, "them"), why);
        for (FakeLlmServer.Answer bad : List.of(openAi("{\"intents\": [\"adv"), openAi("I'm sorry, I can't help with that."),
                openAi("{\"intents\": \"advice\"}"), FakeLlmServer.error(500, "boom"))) {
            server.then(bad);
            Assessment a = assess(withEngine(Map.of()), profile(MEETUP, "me"), profile(MEETUP, "them"), why);
            assertThat(a.verdict()).isEqualTo(offline.verdict());
            assertThat(a.notices()).filteredOn(n -> n.contains("the offline judgement stands")).singleElement()
                    .asString().startsWith("openai: ").doesNotContain("Exception").doesNotContain(Fixtures.KEY);
        }
    }

    @Test
    void aStalledServerEndsAtTheEvidenceDeadlineWithTheOfflineVerdict() {
        String why = "Tanya and I go way back to the Denver SRE meetup days.";
        Assessment offline = assess(offline(), profile(MEETUP, "me"), profile(MEETUP, "them"), why);
        server.then(openAi(evidence(List.of(), "Tanya and I go way back", "met")).delayed(8000));
        Advisor a = withEngine(Map.of("RAPPORT_TIMEOUT", "2"));

        Assessment stalled = assertTimeoutPreemptively(Duration.ofSeconds(7),
                () -> assess(a, profile(MEETUP, "me"), profile(MEETUP, "them"), why));

        assertThat(stalled.verdict()).isEqualTo(offline.verdict());
        assertThat(stalled.notices()).filteredOn(n -> !n.contains("are sent to")).singleElement().asString().contains("no evidence from").contains("within 2.0 seconds")
                .contains("the offline judgement stands");
    }

    @Test
    void theEvidenceCallIsCountedInUsageAndAskedOncePerReasonAndPair() {
        String why = "we worked together at Stripewell for years and I'd like to reconnect";
        String good = "Hi Priya, we worked together at Stripewell from 2016 to 2021 and it has been a few years. "
                + "I would be glad to be back in touch here. No pressure either way.";
        String colleagues = "01-former-colleagues";
        server.then(openAi(evidence(List.of("reconnect"), null, null), 300, 20),
                openAi(FakeLlmServer.notes(good, "worked-together"), 500, 60));
        Advisor a = withEngine(Map.of());
        Usage usage = ((LlmEngine) a.drafter()).usage();

        assess(a, profile(colleagues, "me"), profile(colleagues, "them"), why);
        assertThat(usage.counts()).isEqualTo(new Usage.Counts(1, 300, 20));

        Assessment drafted = a.draft(profile(colleagues, "me"), profile(colleagues, "them"), why, DraftOptions.DEFAULT);
        assertThat(drafted.notes()).extracting(n -> n.text()).contains(good);
        // the draft's check reuses the evidence already asked for: one more call, the draft's
        assertThat(usage.counts()).isEqualTo(new Usage.Counts(2, 800, 80));
        assertThat(server.requests).hasSize(2);
    }

    @Test
    void theSettingSwitchesTheEvidenceCallOff() {
        String why = "Tanya and I go way back to the Denver SRE meetup days.";
        server.then(openAi(evidence(List.of(), "Tanya and I go way back", "met")));

        Assessment a = assess(withEngine(Map.of("RAPPORT_MODEL_EVIDENCE", "0")), profile(MEETUP, "me"), profile(MEETUP, "them"), why);

        assertThat(server.requests).isEmpty();
        assertThat(a.verdict().decision()).isEqualTo(Decision.FOLLOW_FIRST);
        assertThat(a.notices()).isEmpty();
    }

    @Test
    void theConfigFileSwitchesItOffTheEnvironmentOutranksTheFileAndAFlagOutranksBoth() throws IOException {
        Path config = home.resolve(".config/rapport/config.yaml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "model-evidence: false\n");
        Map<String, String> env = Map.of("HOME", home.toString(), "OPENAI_API_KEY", Fixtures.KEY);
        EngineFlags none = new EngineFlags("openai", null, null, null, null);

        assertThat(EngineConfig.resolve(none, env).evidence()).isFalse();
        assertThat(EngineConfig.resolve(none, Map.of("HOME", home.toString(), "RAPPORT_MODEL_EVIDENCE", "1")).evidence()).isTrue();
        assertThat(EngineConfig.resolve(new EngineFlags("openai", null, null, null, null, true), env).evidence()).isTrue();
        assertThat(EngineConfig.resolve(new EngineFlags("openai", null, null, null, null, false),
                Map.of("HOME", home.toString(), "RAPPORT_MODEL_EVIDENCE", "1")).evidence()).isFalse();
        Files.delete(config);
        assertThat(EngineConfig.resolve(none, env).evidence()).isTrue();
    }

    // ---- end to end: rapport check, through cli.Main

    private final java.io.StringWriter out = new java.io.StringWriter();
    private final java.io.StringWriter err = new java.io.StringWriter();

    private int check(String why, String... extraArgs) {
        Map<String, String> env = Map.of("HOME", home.toString(), "OPENAI_API_KEY", Fixtures.KEY, "RAPPORT_TIMEOUT", "15",
                "RAPPORT_JOURNAL", "off");
        dev.rapport.cli.Context ctx = new dev.rapport.cli.Context(new java.io.ByteArrayInputStream(new byte[0]),
                new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), env, false, () -> DAY);
        String pair = "examples/pairs/" + MEETUP + "/";
        List<String> args = new java.util.ArrayList<>(List.of("check", "--me", pair + "me.txt", "--them", pair + "them.txt",
                "--why", why));
        args.addAll(List.of(extraArgs));
        return new dev.rapport.cli.Main(ctx).run(args.toArray(String[]::new));
    }

    private String[] engine() {
        return new String[] {"--engine", "openai", "--base-url", server.openAiUrl(), "--model", "test-model"};
    }

    @Test
    void checkIsOfflineByDefaultAndAsksNothing() {
        server.then(openAi(evidence(List.of(), "Tanya and I go way back", "met")));

        assertThat(check("Tanya and I go way back to the Denver SRE meetup days.")).isZero();

        assertThat(server.requests).isEmpty();
        assertThat(out.toString()).contains("Verdict: follow-first");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void checkWithAnEngineCitesWhatTheModelFound() {
        server.then(openAi(evidence(List.of(), "Tanya and I go way back", "met")));

        assertThat(check("Tanya and I go way back to the Denver SRE meetup days.", engine())).isZero();

        assertThat(out.toString()).contains("Verdict: connect").contains("found by the model");
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void checkWithAMalformedAnswerSaysOneLineAndJudgesOffline() {
        server.then(openAi("{\"intents\": [ {\"te"));

        assertThat(check("Tanya and I go way back to the Denver SRE meetup days.", engine())).isZero();

        assertThat(out.toString()).contains("Verdict: follow-first");
        assertThat(err.toString().lines().filter(l -> l.contains("judgement stands")))
                .singleElement().asString().startsWith("rapport: openai: ").contains("not the JSON asked for");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(Fixtures.KEY);
    }

    @Test
    void theFlagSwitchesTheEvidenceCallOff() {
        server.then(openAi(evidence(List.of(), "Tanya and I go way back", "met")));

        assertThat(check("Tanya and I go way back to the Denver SRE meetup days.",
                java.util.stream.Stream.concat(java.util.Arrays.stream(engine()), java.util.stream.Stream.of("--no-model-evidence"))
                        .toArray(String[]::new))).isZero();

        assertThat(server.requests).isEmpty();
        assertThat(out.toString()).contains("Verdict: follow-first");
    }
}
