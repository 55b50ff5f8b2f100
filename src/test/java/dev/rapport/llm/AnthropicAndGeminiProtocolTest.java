package dev.rapport.llm;

import dev.rapport.ConfigFile;
import static dev.rapport.llm.FakeLlmServer.notes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rapport.draft.Note;
import dev.rapport.draft.Proposal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anthropic's messages API and Gemini's generateContent, actually exchanged with a scripted
 * server on loopback: the request rapport sends (path, key header, the facts) and the answer read
 * back into notes and token usage, a failing answer sent back, and a refused key.
 */
class AnthropicAndGeminiProtocolTest {
    private static final String ANTHROPIC_KEY = "sk-ant-test-SECRET-1";
    private static final String GEMINI_KEY = "gemini-test-SECRET-2";

    @TempDir
    Path data;

    FakeLlmServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeLlmServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

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
