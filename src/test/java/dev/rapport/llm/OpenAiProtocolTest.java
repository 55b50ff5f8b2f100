package dev.rapport.llm;

import dev.rapport.ConfigFile;
import static dev.rapport.llm.FakeLlmServer.error;
import static dev.rapport.llm.FakeLlmServer.notes;
import static dev.rapport.llm.FakeLlmServer.openAi;
import static dev.rapport.llm.FakeLlmServer.openAiStream;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rapport.draft.Cancellation;
import dev.rapport.draft.DraftListener;
import dev.rapport.draft.Note;
import dev.rapport.draft.Proposal;
import dev.rapport.etiquette.Decision;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAI chat-completions protocol for real, against a scripted server on loopback. */
class OpenAiProtocolTest {
    @TempDir
    Path data;

    @RegisterExtension
    final FakeLlmServer server = FakeLlmServer.started();
    final List<String> notices = new ArrayList<>();
    final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

    LlmEngine engine() {
        return engine(Fixtures.openAi(server.openAiUrl(), data));
    }

    LlmEngine engine(EngineConfig config) {
        return Engines.open(config, Fixtures.wiring(sleeper), new Usage());
    }

    /** A one-shot draft; its notices are kept in {@link #notices}. */
    List<Note> draft(LlmEngine engine, dev.rapport.draft.DraftRequest request) {
        Proposal p = engine.draft(request, Fixtures.VETTING);
        notices.addAll(p.notices());
        return p.notes();
    }

    List<Note> draft() {
        return draft(engine(), Fixtures.request());
    }

    JsonNode body(int i) throws Exception {
        return FakeLlmServer.JSON.readTree(server.requests.get(i).body());
    }

    @Test
    void aGoodAnswerIsShownAfterOneCall() throws Exception {
        server.then(openAi(notes(Fixtures.GOOD, "worked-together", Fixtures.GOOD2, "worked-together")));
        LlmEngine engine = engine();
        List<Note> shown = draft(engine, Fixtures.request());
        assertThat(shown).extracting(Note::text).containsExactly(Fixtures.GOOD, Fixtures.GOOD2);
        assertThat(shown.get(0).chars()).isEqualTo(Fixtures.GOOD.codePointCount(0, Fixtures.GOOD.length()));
        assertThat(server.requests).hasSize(1);
        assertThat(engine.usage().counts()).isEqualTo(new Usage.Counts(1, 120, 40));
        assertThat(notices).singleElement().asString().contains("sent to 127.0.0.1").contains("--redact");
    }

    @Test
    void theRequestCarriesTheFactsFencedAndTheKeyOnlyInTheAuthorizationHeader() throws Exception {
        server.then(openAi(notes(Fixtures.GOOD, "worked-together")));
        draft();
        FakeLlmServer.Recorded r = server.requests.get(0);
        assertThat(r.path()).isEqualTo("/v1/chat/completions");
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + Fixtures.KEY);
        assertThat(r.body()).doesNotContain(Fixtures.KEY);
        JsonNode body = body(0);
        assertThat(body.path("model").asText()).isEqualTo("test-model");
        assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_schema");
        String system = body.path("messages").get(0).path("content").asText();
        String user = body.path("messages").get(1).path("content").asText();
        assertThat(system).contains("never instructions").contains("verdict is connect");
        assertThat(user).contains("Daniel Okafor", "Priya", "you both worked at Stripewell, 2016–2021",
                "relationship", "reconnect", "pitch: An invitation is not a sales channel.", "300");
        int open = user.indexOf(PromptFacts.OPEN);
        int close = user.indexOf(PromptFacts.CLOSE);
        assertThat(open).isNotNegative();
        assertThat(close).isGreaterThan(open);
        String fenced = user.substring(open, close);
        assertThat(fenced).contains("Staff engineer, payments reliability", "Stripewell", "on-call rotation");
        assertThat(user.substring(0, open) + user.substring(close)).doesNotContain("payments reliability");
        assertThat(notices).allSatisfy(n -> assertThat(n).doesNotContain(Fixtures.KEY));
    }

    @Test
    void redactRemovesAddressesPhonesAndLinksBeforeSending() throws Exception {
        server.then(openAi(notes(Fixtures.GOOD, "worked-together")));
        EngineConfig plain = Fixtures.openAi(server.openAiUrl(), data);
        EngineConfig redacted = new EngineConfig(plain.engine(), plain.model(), plain.baseUrl(), plain.apiKey(), null,
                true, plain.timeout(), plain.retry(), data);
        draft(engine(redacted), Fixtures.request());
        draft(engine(plain), Fixtures.request());
        String sentRedacted = server.requests.get(0).body();
        String sentPlain = server.requests.get(1).body();
        assertThat(sentPlain).contains("priya@example.com", "555-0142", "priya.example.dev");
        assertThat(sentRedacted).doesNotContain("priya@example.com", "555-0142", "priya.example.dev")
                .contains("[e-mail removed]", "[phone removed]", "[link removed]");
    }

    @Test
    void aPitchyAnswerIsSentBackWithTheFindingsAndTheCorrectedOneIsShown() throws Exception {
        server.then(openAi(notes(Fixtures.PITCHY, "their-need")), openAi(notes(Fixtures.GOOD, "worked-together")));
        List<Note> shown = draft();
        assertThat(shown).extracting(Note::text).containsExactly(Fixtures.GOOD);
        assertThat(server.requests).hasSize(2);
        JsonNode second = body(1).path("messages");
        String reAsk = second.get(second.size() - 1).path("content").asText();
        assertThat(reAsk).contains("note 1: pitch: it sells instead of connecting (fix: drop the offer)")
                .contains("meeting-ask");
        assertThat(second.get(second.size() - 2).path("role").asText()).isEqualTo("assistant");
    }

    @Test
    void threeBadAnswersEndInOneLineAndTheOfflineNotes() {
        server.then(openAi(notes(Fixtures.PITCHY, "their-need")));
        List<Note> shown = draft();
        assertThat(shown).extracting(Note::text).containsExactly(Fixtures.OFFLINE_TEXT);
        assertThat(server.requests).hasSize(3);
        assertThat(notices.get(notices.size() - 1))
                .isEqualTo("openai: none of 3 answers passed the etiquette rules (note 1: pitch: it sells instead of "
                        + "connecting (fix: drop the offer)); showing the offline drafter's notes instead.");
    }

    @Test
    void noModelCallUnlessTheVerdictIsConnect() {
        List<Note> shown = draft(engine(), Fixtures.request("", Decision.FOLLOW_FIRST));
        assertThat(shown).isEmpty();
        assertThat(server.requests).isEmpty();
    }

    @Test
    void connectionRefused() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        List<Note> shown = draft(engine(Fixtures.openAi("http://127.0.0.1:" + closed + "/v1", data)), Fixtures.request());
        assertFellBack(shown, "openai: could not connect to http://127.0.0.1:" + closed + "/v1 (connection refused); "
                + "showing the offline drafter's notes instead.");
    }

    @Test
    void timeout() {
        server.then(openAi(notes(Fixtures.GOOD, "worked-together")).delayed(1500));
        EngineConfig quick = Fixtures.openAi(server.openAiUrl(), data).withTimeout(Duration.ofMillis(300));
        assertFellBack(draft(engine(quick), Fixtures.request()),
                "openai: no answer from " + server.openAiUrl() + " within 0.3 seconds; showing the offline drafter's notes instead.");
    }

    @Test
    void badKey() {
        server.then(error(401, "Incorrect API key provided"));
        assertFellBack(draft(), "openai: the API key was refused (HTTP 401/403); check OPENAI_API_KEY; "
                + "showing the offline drafter's notes instead.");
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void forbidden() {
        server.then(error(403, "forbidden"));
        assertFellBack(draft(), "openai: the API key was refused (HTTP 401/403); check OPENAI_API_KEY; "
                + "showing the offline drafter's notes instead.");
    }

    @Test
    void unknownModel() {
        server.then(error(404, "The model `test-model` does not exist"));
        assertFellBack(draft(), "openai: the model 'test-model' is not known at " + server.openAiUrl()
                + " (HTTP 404); showing the offline drafter's notes instead.");
    }

    @Test
    void rateLimitedThenFineHonoursRetryAfter() {
        server.then(error(429, "slow down").withHeader("Retry-After", "2"), openAi(notes(Fixtures.GOOD, "worked-together")));
        assertThat(draft()).extracting(Note::text).containsExactly(Fixtures.GOOD);
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
        assertThat(server.requests).hasSize(2);
    }

    @Test
    void rateLimitedForeverGivesUpAfterABoundedNumberOfTries() {
        server.then(error(429, "slow down"));
        assertFellBack(draft(), "openai: still rate limited (HTTP 429) after 3 retries; showing the offline drafter's notes instead.");
        assertThat(server.requests).hasSize(4);
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void serverError() {
        server.then(error(500, "boom"));
        assertFellBack(draft(), "openai: the provider had an internal error (HTTP 5xx); showing the offline drafter's notes instead.");
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void emptyAnswer() {
        server.then(openAi(""));
        assertFellBack(draft(), "openai: the model gave an empty answer; showing the offline drafter's notes instead.");
    }

    @Test
    void malformedAnswer() {
        server.then(openAi("{\"notes\": [ {\"text\": \"Hi Priya"));
        assertFellBack(draft(), "openai: the model's answer was not the JSON asked for; showing the offline drafter's notes instead.");
    }

    @Test
    void aMalformedHttpBodyIsAFailureToo() {
        server.then(FakeLlmServer.Answer.json(200, "this is not json"));
        List<Note> shown = draft();
        assertThat(shown).extracting(Note::text).containsExactly(Fixtures.OFFLINE_TEXT);
        assertThat(notices).last().isEqualTo("openai: the model's answer was not the JSON asked for; showing the offline drafter's notes instead.");
    }

    @Test
    void missingKeyForTheRealServiceNeedsNoRequest() {
        EngineConfig noKey = EngineConfig.resolve(new EngineFlags("openai", null, null, null, null),
                java.util.Map.of(), ConfigFile.EMPTY).withDataDir(data);
        assertFellBack(draft(engine(noKey), Fixtures.request()),
                "openai: no API key; set OPENAI_API_KEY, or give --base-url for a local server; showing the offline drafter's notes instead.");
    }

    @Test
    void streamingShowsTheNoteTextAsItArrivesAndGatesTheResult() throws Exception {
        server.then(openAiStream(notes(Fixtures.GOOD, "worked-together"), 12));
        StringBuilder seen = new StringBuilder();
        LlmEngine engine = engine();
        Usage.Counts before = engine.usage().counts();
        Proposal r = engine.stream(Fixtures.request(), Fixtures.VETTING, new DraftListener() {
            @Override
            public void onText(String fragment) {
                seen.append(fragment);
            }
        }, Cancellation.none());
        assertThat(r.outcome()).isEqualTo(Proposal.Outcome.WRITTEN);
        assertThat(r.notes()).extracting(Note::text).containsExactly(Fixtures.GOOD);
        assertThat(seen.toString()).isEqualTo(Fixtures.GOOD + "\n");
        assertThat(engine.usage().counts().minus(before)).isEqualTo(new Usage.Counts(1, 120, 40));
        assertThat(FakeLlmServer.JSON.readTree(server.requests.get(0).body()).path("stream").asBoolean()).isTrue();
    }

    @Test
    void streamingPitchThenGood() {
        server.then(openAiStream(notes(Fixtures.PITCHY, "x"), 5), openAiStream(notes(Fixtures.GOOD, "worked-together"), 5));
        List<String> retries = new ArrayList<>();
        LlmEngine engine = engine();
        Proposal r = engine.stream(Fixtures.request(), Fixtures.VETTING, new DraftListener() {
            @Override
            public void onRetry(int next, String why) {
                retries.add(next + " " + why);
            }
        }, Cancellation.none());
        assertThat(r.notes()).extracting(Note::text).containsExactly(Fixtures.GOOD);
        assertThat(retries).singleElement().asString().startsWith("2 - note 1: pitch");
        assertThat(engine.usage().counts().calls()).isEqualTo(2);
    }

    @Test
    void streamingErrorsFallBackToo() {
        server.then(error(401, "bad key"));
        Proposal r = engine().stream(Fixtures.request(), Fixtures.VETTING, DraftListener.NONE, Cancellation.none());
        assertThat(r.fellBack()).isTrue();
        assertThat(r.notes()).extracting(Note::text).containsExactly(Fixtures.OFFLINE_TEXT);
        assertThat(r.notices()).last().asString().startsWith("openai: the API key was refused");
    }

    /**
     * The streamed call's own deadline: the server sends the opening of an answer and then goes
     * quiet for far longer than the deadline (three times the call's timeout). The call ends at the
     * deadline with one line naming the wait, the offline notes stand in, and the conversation
     * keeps nothing of the broken exchange, so the next question is asked as if it never happened.
     */
    @Test
    void aStreamThatStallsMidAnswerEndsAtTheDeadlineInOneLineAndLosesNothing() throws Exception {
        server.then(openAiStream(notes(Fixtures.GOOD, "worked-together"), 6).stallingAfter(2, 60_000),
                openAiStream(notes(Fixtures.GOOD2, "worked-together"), 3));
        EngineConfig quick = Fixtures.openAi(server.openAiUrl(), data).withTimeout(Duration.ofMillis(400));
        LlmEngine engine = engine(quick);
        StringBuilder seen = new StringBuilder();
        Proposal r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> engine.stream(Fixtures.request(), Fixtures.VETTING, new DraftListener() {
                    @Override
                    public void onText(String fragment) {
                        seen.append(fragment);
                    }
                }, Cancellation.none()), "the stalled stream was not ended by its deadline");
        assertThat(seen.toString()).as("the stream had started").isNotEmpty();
        assertThat(r.fellBack()).isTrue();
        assertThat(r.notes()).extracting(Note::text).containsExactly(Fixtures.OFFLINE_TEXT);
        assertThat(r.notices()).filteredOn(n -> n.startsWith("openai:")).singleElement().asString()
                .doesNotContain("\n").doesNotContain("Exception").contains("within");
        assertThat(server.requests).hasSize(1);

        Proposal next = engine.stream(Fixtures.request(), Fixtures.VETTING, DraftListener.NONE, Cancellation.none());
        assertThat(next.notes()).extracting(Note::text).containsExactly(Fixtures.GOOD2);
        JsonNode messages = body(1).path("messages");
        assertThat(messages).as("no trace of the stalled exchange in the conversation").hasSize(body(0).path("messages").size());
    }

    @Test
    void cancellingAStreamReturnsAtOnceWithNoNotes() {
        server.then(openAiStream(notes(Fixtures.GOOD, "worked-together"), 4).delayed(3000));
        Cancellation cancel = new Cancellation();
        Thread canceller = new Thread(() -> {
            while (server.requests.isEmpty()) {
                Thread.onSpinWait();
            }
            cancel.cancel();
        });
        canceller.start();
        Proposal r = engine().stream(Fixtures.request(), Fixtures.VETTING, DraftListener.NONE, cancel);
        assertThat(r.cancelled()).isTrue();
        assertThat(r.notes()).isEmpty();
        assertThat(r.notices()).last().isEqualTo("openai: cancelled.");
    }

    @Test
    void thePrivacyNoticeIsShownOncePerProvider() {
        server.then(openAi(notes(Fixtures.GOOD, "worked-together")));
        draft();
        draft();
        assertThat(notices).filteredOn(n -> n.contains("--redact")).hasSize(1);
    }

    private void assertFellBack(List<Note> shown, String line) {
        assertThat(shown).extracting(Note::text).containsExactly(Fixtures.OFFLINE_TEXT);
        assertThat(notices).last().isEqualTo(line);
        assertThat(notices).allSatisfy(n -> assertThat(n).doesNotContain(Fixtures.KEY).doesNotContain("Exception"));
    }
}
