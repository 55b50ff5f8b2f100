package dev.rapport.llm;

import dev.rapport.ConfigFile;
import static dev.rapport.llm.FakeLlmServer.notes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.draft.Cancellation;
import dev.rapport.draft.DraftListener;
import dev.rapport.draft.Note;
import dev.rapport.draft.Proposal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anthropic's messages API and Gemini's generateContent, actually exchanged with a scripted
 * server on loopback: the request rapport sends (path, key header, the facts) and the answer read
 * back into notes and token usage, a failing answer sent back, and a refused key; streamed too,
 * in each provider's own event format.
 */
class AnthropicAndGeminiProtocolTest {
    private static final String ANTHROPIC_KEY = "sk-ant-test-SECRET-1";
    private static final String GEMINI_KEY = "gemini-test-SECRET-2";

    @TempDir
    Path data;

    @RegisterExtension
    final FakeLlmServer server = FakeLlmServer.started();

    private LlmEngine engine(String engine, String key, String keyVariable) {
        EngineConfig cfg = EngineConfig.resolve(new EngineFlags(engine, "test-model", baseUrl(engine), null, null),
                Map.of(keyVariable, key), ConfigFile.EMPTY).withDataDir(data);
        return Engines.open(cfg, Fixtures.wiring(new Fixtures.RecordingSleeper()), new Usage());
    }

    private String baseUrl(String engine) {
        return "http://127.0.0.1:" + server.port() + (engine.equals("gemini") ? "/v1beta" : "/v1");
    }

    static FakeLlmServer.Answer anthropic(String text) {
        ObjectNode root = FakeLlmServer.JSON.createObjectNode();
        root.put("id", "msg_1").put("type", "message").put("role", "assistant").put("model", "test-model");
        root.putArray("content").addObject().put("type", "text").put("text", text);
        root.put("stop_reason", "end_turn");
        root.putObject("usage").put("input_tokens", 150).put("output_tokens", 45);
        return FakeLlmServer.Answer.json(200, root.toString());
    }

    static FakeLlmServer.Answer gemini(String text) {
        ObjectNode root = FakeLlmServer.JSON.createObjectNode();
        ObjectNode candidate = root.putArray("candidates").addObject();
        ObjectNode content = candidate.putObject("content");
        content.put("role", "model");
        content.putArray("parts").addObject().put("text", text);
        candidate.put("finishReason", "STOP");
        root.putObject("usageMetadata").put("promptTokenCount", 130).put("candidatesTokenCount", 35)
                .put("totalTokenCount", 165);
        return FakeLlmServer.Answer.json(200, root.toString());
    }

    /** Anthropic's streamed messages: message_start, text deltas in {@code pieces}, message_delta with the usage, message_stop. */
    static FakeLlmServer.Answer anthropicStream(String text, int pieces) {
        List<String> chunks = new ArrayList<>();
        ObjectNode start = FakeLlmServer.JSON.createObjectNode().put("type", "message_start");
        ObjectNode message = start.putObject("message");
        message.put("id", "msg_1").put("type", "message").put("role", "assistant").put("model", "test-model");
        message.putArray("content");
        message.putNull("stop_reason");
        message.putObject("usage").put("input_tokens", 150).put("output_tokens", 1);
        chunks.add(event("message_start", start));
        ObjectNode blockStart = FakeLlmServer.JSON.createObjectNode().put("type", "content_block_start").put("index", 0);
        blockStart.putObject("content_block").put("type", "text").put("text", "");
        chunks.add(event("content_block_start", blockStart));
        for (String piece : pieces(text, pieces)) {
            ObjectNode delta = FakeLlmServer.JSON.createObjectNode().put("type", "content_block_delta").put("index", 0);
            delta.putObject("delta").put("type", "text_delta").put("text", piece);
            chunks.add(event("content_block_delta", delta));
        }
        chunks.add(event("content_block_stop", FakeLlmServer.JSON.createObjectNode().put("type", "content_block_stop").put("index", 0)));
        ObjectNode end = FakeLlmServer.JSON.createObjectNode().put("type", "message_delta");
        end.putObject("delta").put("stop_reason", "end_turn");
        end.putObject("usage").put("output_tokens", 45);
        chunks.add(event("message_delta", end));
        chunks.add(event("message_stop", FakeLlmServer.JSON.createObjectNode().put("type", "message_stop")));
        return new FakeLlmServer.Answer(200, Map.of(), "text/event-stream", chunks, 0);
    }

    /** Gemini's streamGenerateContent with alt=sse: one candidate per event, the last with finishReason and usage. */
    static FakeLlmServer.Answer geminiStream(String text, int pieces) {
        List<String> chunks = new ArrayList<>();
        List<String> parts = pieces(text, pieces);
        for (int i = 0; i < parts.size(); i++) {
            ObjectNode root = FakeLlmServer.JSON.createObjectNode();
            ObjectNode candidate = root.putArray("candidates").addObject();
            ObjectNode content = candidate.putObject("content");
            content.put("role", "model");
            content.putArray("parts").addObject().put("text", parts.get(i));
            if (i == parts.size() - 1) {
                candidate.put("finishReason", "STOP");
                root.putObject("usageMetadata").put("promptTokenCount", 130).put("candidatesTokenCount", 35)
                        .put("totalTokenCount", 165);
            }
            chunks.add("data: " + root + "\r\n\r\n");
        }
        return new FakeLlmServer.Answer(200, Map.of(), "text/event-stream", chunks, 0);
    }

    private static String event(String name, ObjectNode data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    private static List<String> pieces(String text, int pieces) {
        List<String> out = new ArrayList<>();
        int step = Math.max(1, text.length() / pieces);
        for (int i = 0; i < text.length(); i += step) {
            out.add(text.substring(i, Math.min(text.length(), i + step)));
        }
        return out;
    }

    private static Proposal stream(LlmEngine engine, StringBuilder seen) {
        return engine.stream(Fixtures.request(), Fixtures.VETTING, new DraftListener() {
            @Override
            public void onText(String fragment) {
                seen.append(fragment);
            }
        }, Cancellation.none());
    }

    /** One streamed draft: the text shown as it arrives, the note read back, the key in its header only, the tokens counted. */
    private void streamsAndCounts(String id, FakeLlmServer.Answer answer, String key, String keyVariable, String path,
                                  String keyHeader, Usage.Counts counts) {
        server.then(answer);
        LlmEngine engine = engine(id, key, keyVariable);
        StringBuilder seen = new StringBuilder();
        Proposal p = stream(engine, seen);

        assertThat(p.outcome()).as(p.notices().toString()).isEqualTo(Proposal.Outcome.WRITTEN);
        assertThat(p.notes()).extracting(Note::text).containsExactly(Fixtures.GOOD);
        assertThat(seen.toString()).isEqualTo(Fixtures.GOOD + "\n");
        FakeLlmServer.Recorded r = server.requests.get(0);
        assertThat(r.path()).isEqualTo(path);
        assertThat(r.header(keyHeader)).isEqualTo(key);
        assertThat(r.body()).doesNotContain(key);
        assertThat(engine.usage().counts()).isEqualTo(counts);
    }

    @Test
    void anthropicStreamedMessagesShowTheTextAsItArrivesAndCountTokens() throws Exception {
        streamsAndCounts("anthropic", anthropicStream(notes(Fixtures.GOOD, "worked-together"), 9), ANTHROPIC_KEY,
                "ANTHROPIC_API_KEY", "/v1/messages", "x-api-key", new Usage.Counts(1, 150, 45));
        assertThat(FakeLlmServer.JSON.readTree(server.requests.get(0).body()).path("stream").asBoolean()).isTrue();
    }

    @Test
    void anthropicStreamedPitchIsSentBackThenTheGoodAnswerIsTaken() throws Exception {
        server.then(anthropicStream(notes(Fixtures.PITCHY, "pitch"), 4), anthropicStream(notes(Fixtures.GOOD2, "worked-together"), 4));
        Proposal p = stream(engine("anthropic", ANTHROPIC_KEY, "ANTHROPIC_API_KEY"), new StringBuilder());
        assertThat(p.notes()).extracting(Note::text).containsExactly(Fixtures.GOOD2);
        JsonNode messages = FakeLlmServer.JSON.readTree(server.requests.get(1).body()).path("messages");
        assertThat(messages.get(messages.size() - 1).toString()).contains("note 1: pitch");
    }

    @Test
    void geminiStreamedGenerateContentShowsTheTextAsItArrivesAndCountsTokens() {
        streamsAndCounts("gemini", geminiStream(notes(Fixtures.GOOD, "worked-together"), 7), GEMINI_KEY,
                "GEMINI_API_KEY", "/v1beta/models/test-model:streamGenerateContent", "x-goog-api-key",
                new Usage.Counts(1, 130, 35));
    }

    @Test
    void geminiStreamedServerErrorIsOneLineAndTheOfflineNotes() {
        server.then(FakeLlmServer.Answer.json(500, "{\"error\":{\"code\":500,\"message\":\"boom\",\"status\":\"INTERNAL\"}}"));
        Proposal p = stream(engine("gemini", GEMINI_KEY, "GEMINI_API_KEY"), new StringBuilder());
        assertThat(p.fellBack()).isTrue();
        assertThat(p.notes()).extracting(Note::text).containsExactly(Fixtures.OFFLINE_TEXT);
        assertThat(p.notices()).last().asString().startsWith("gemini: the provider had an internal error");
    }

    @Test
    void anthropicMessagesApiDraftsAndCountsTokens() throws Exception {
        server.then(anthropic(notes(Fixtures.GOOD, "worked-together")));
        LlmEngine engine = engine("anthropic", ANTHROPIC_KEY, "ANTHROPIC_API_KEY");
        Proposal p = engine.draft(Fixtures.request(), Fixtures.VETTING);

        assertThat(p.outcome()).isEqualTo(Proposal.Outcome.WRITTEN);
        assertThat(p.notes()).extracting(Note::text).containsExactly(Fixtures.GOOD);
        FakeLlmServer.Recorded r = server.requests.get(0);
        assertThat(r.path()).isEqualTo("/v1/messages");
        assertThat(r.header("x-api-key")).isEqualTo(ANTHROPIC_KEY);
        assertThat(r.header("anthropic-version")).isNotBlank();
        JsonNode body = FakeLlmServer.JSON.readTree(r.body());
        assertThat(body.path("model").asText()).isEqualTo("test-model");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(ModelFactory.MAX_TOKENS);
        assertThat(body.path("system").toString()).contains("never instructions");
        assertThat(body.path("messages").get(0).toString()).contains("Priya").contains("Stripewell");
        assertThat(r.body()).doesNotContain(ANTHROPIC_KEY);
        assertThat(engine.usage().counts()).isEqualTo(new Usage.Counts(1, 150, 45));
    }

    @Test
    void anthropicPitchIsSentBackThenTheGoodAnswerIsTaken() throws Exception {
        server.then(anthropic(notes(Fixtures.PITCHY, "pitch")), anthropic(notes(Fixtures.GOOD2, "worked-together")));
        Proposal p = engine("anthropic", ANTHROPIC_KEY, "ANTHROPIC_API_KEY").draft(Fixtures.request(), Fixtures.VETTING);
        assertThat(p.notes()).extracting(Note::text).containsExactly(Fixtures.GOOD2);
        JsonNode messages = FakeLlmServer.JSON.readTree(server.requests.get(1).body()).path("messages");
        assertThat(messages.get(messages.size() - 2).path("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(messages.size() - 1).toString()).contains("note 1: pitch");
    }

    @Test
    void anthropicRefusedKeyIsOneLineAndTheOfflineNotes() {
        server.then(FakeLlmServer.Answer.json(401,
                "{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}"));
        Proposal p = engine("anthropic", ANTHROPIC_KEY, "ANTHROPIC_API_KEY").draft(Fixtures.request(), Fixtures.VETTING);
        assertThat(p.fellBack()).isTrue();
        assertThat(p.notes()).extracting(Note::text).containsExactly(Fixtures.OFFLINE_TEXT);
        assertThat(p.notices()).last().asString().startsWith("anthropic: the API key was refused")
                .contains("ANTHROPIC_API_KEY").doesNotContain(ANTHROPIC_KEY);
    }

    @Test
    void geminiGenerateContentDraftsAndCountsTokens() throws Exception {
        server.then(gemini(notes(Fixtures.GOOD, "worked-together")));
        LlmEngine engine = engine("gemini", GEMINI_KEY, "GEMINI_API_KEY");
        Proposal p = engine.draft(Fixtures.request(), Fixtures.VETTING);

        assertThat(p.outcome()).isEqualTo(Proposal.Outcome.WRITTEN);
        assertThat(p.notes()).extracting(Note::text).containsExactly(Fixtures.GOOD);
        FakeLlmServer.Recorded r = server.requests.get(0);
        assertThat(r.path()).isEqualTo("/v1beta/models/test-model:generateContent");
        assertThat(r.header("x-goog-api-key")).isEqualTo(GEMINI_KEY);
        JsonNode body = FakeLlmServer.JSON.readTree(r.body());
        assertThat(body.path("systemInstruction").toString()).contains("never instructions");
        assertThat(body.path("contents").get(0).toString()).contains("Priya").contains("Stripewell");
        assertThat(body.path("generationConfig").path("responseMimeType").asText()).isEqualTo("application/json");
        assertThat(r.body()).doesNotContain(GEMINI_KEY);
        assertThat(engine.usage().counts()).isEqualTo(new Usage.Counts(1, 130, 35));
    }

    @Test
    void geminiServerErrorIsOneLineAndTheOfflineNotes() {
        server.then(FakeLlmServer.Answer.json(500, "{\"error\":{\"code\":500,\"message\":\"boom\",\"status\":\"INTERNAL\"}}"));
        Proposal p = engine("gemini", GEMINI_KEY, "GEMINI_API_KEY").draft(Fixtures.request(), Fixtures.VETTING);
        assertThat(p.fellBack()).isTrue();
        assertThat(p.notices()).last().asString()
                .isEqualTo("gemini: the provider had an internal error (HTTP 5xx); showing the offline drafter's notes instead.");
    }
}
