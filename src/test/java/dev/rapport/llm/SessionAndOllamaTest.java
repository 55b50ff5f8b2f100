package dev.rapport.llm;

import dev.rapport.ConfigFile;
import static dev.rapport.llm.FakeLlmServer.notes;
import static dev.rapport.llm.FakeLlmServer.ollama;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import dev.rapport.draft.Answer;
import dev.rapport.draft.Cancellation;
import dev.rapport.draft.DraftListener;
import dev.rapport.draft.Note;
import dev.rapport.draft.Proposal;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ollama protocol, and sessions (memory, refinement, questions) over a scripted ChatModel. */
class SessionAndOllamaTest {
    @TempDir
    Path data;

    final List<String> notices = new ArrayList<>();

    /** Answers from a script and keeps every request, like a model that does exactly as told. */
    static final class ScriptedModel implements ChatModel {
        final Deque<String> answers = new ArrayDeque<>();
        final List<ChatRequest> seen = new ArrayList<>();

        ScriptedModel(String... answers) {
            this.answers.addAll(List.of(answers));
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            seen.add(request);
            String a = answers.size() > 1 ? answers.poll() : answers.peek();
            return ChatResponse.builder().aiMessage(AiMessage.from(a)).tokenUsage(new TokenUsage(100, 20)).build();
        }
    }

    LangChainEngine scripted(ScriptedModel model) {
        EngineConfig cfg = Fixtures.openAi("http://127.0.0.1:9/v1", data);
        Usage usage = new Usage();
        // the usage listener as ModelFactory attaches it to real models
        List<ChatModelListener> listeners = List.of(new UsageListener(usage));
        return new LangChainEngine(cfg, Fixtures.wiring(new Fixtures.RecordingSleeper()), usage,
                () -> model, () -> new StreamingChatModel() {
                    @Override
                    public List<ChatModelListener> listeners() {
                        return listeners;
                    }

                    @Override
                    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
                        ChatResponse r = model.doChat(request);
                        handler.onPartialResponse(r.aiMessage().text());
                        handler.onCompleteResponse(r);
                    }
                });
    }

    @Test
    void ollamaSpeaksItsOwnChatApi() throws Exception {
        try (FakeLlmServer server = new FakeLlmServer()) {
            server.then(ollama(notes(Fixtures.GOOD, "worked-together")));
            EngineConfig cfg = EngineConfig.resolve(new EngineFlags("ollama", null, server.ollamaUrl(), null, null),
                    Map.of(), ConfigFile.EMPTY).withDataDir(data);
            LlmEngine engine = Engines.open(cfg, Fixtures.wiring(null), new Usage());
            List<Note> shown = engine.draft(Fixtures.request(), Fixtures.VETTING).notes();
            assertThat(shown).extracting(Note::text).containsExactly(Fixtures.GOOD);
            assertThat(server.requests.get(0).path()).isEqualTo("/api/chat");
            JsonNode body = FakeLlmServer.JSON.readTree(server.requests.get(0).body());
            assertThat(body.path("model").asText()).isEqualTo("llama3.1");
            assertThat(body.path("format").path("type").asText()).isEqualTo("object");
            assertThat(engine.usage().counts()).isEqualTo(new Usage.Counts(1, 90, 30));
        }
    }

    @Test
    void ollamaUnknownModelFallsBack() throws Exception {
        try (FakeLlmServer server = new FakeLlmServer()) {
            server.then(FakeLlmServer.Answer.json(404, "{\"error\":\"model 'nope' not found\"}"));
            EngineConfig cfg = EngineConfig.resolve(new EngineFlags("ollama", "nope", server.ollamaUrl(), null, null),
                    Map.of(), ConfigFile.EMPTY).withDataDir(data);
            Proposal p = Engines.open(cfg, Fixtures.wiring(null), new Usage()).draft(Fixtures.request(), Fixtures.VETTING);
            notices.addAll(p.notices());
            List<Note> shown = p.notes();
            assertThat(shown).extracting(Note::text).containsExactly(Fixtures.OFFLINE_TEXT);
            assertThat(notices).last().asString().startsWith("ollama: the model 'nope' is not known");
        }
    }

    @Test
    void aRefinementSeesTheEarlierDraftAndIsGatedToo() {
        ScriptedModel model = new ScriptedModel(notes(Fixtures.GOOD, "worked-together"),
                notes(Fixtures.PITCHY, "pitch"), notes(Fixtures.GOOD2, "worked-together"));
        LangChainEngine session = scripted(model);
        Proposal first = session.stream(Fixtures.request(), Fixtures.VETTING, DraftListener.NONE, Cancellation.none());
        Proposal refined = session.refine(Fixtures.request(), "make it shorter", Fixtures.VETTING, DraftListener.NONE,
                Cancellation.none());
        assertThat(first.notes()).extracting(Note::text).containsExactly(Fixtures.GOOD);
        assertThat(refined.notes()).extracting(Note::text).containsExactly(Fixtures.GOOD2);
        List<ChatMessage> sent = model.seen.get(1).messages();
        assertThat(sent).hasSize(4);
        assertThat(((AiMessage) sent.get(2)).text()).contains(Fixtures.GOOD);
        assertThat(((UserMessage) sent.get(3)).singleText()).contains("make it shorter");
        // only the accepted refinement joins the memory, not the rejected pitch
        assertThat(session.remembered()).isEqualTo(4);
    }

    @Test
    void questionsAreAnsweredFromTheSameConversationAndLinksAreRemoved() {
        ScriptedModel model = new ScriptedModel(notes(Fixtures.GOOD, "worked-together"),
                "Because you both worked at Stripewell for five years. See https://example.com/why");
        LangChainEngine session = scripted(model);
        session.stream(Fixtures.request(), Fixtures.VETTING, DraftListener.NONE, Cancellation.none());
        StringBuilder streamed = new StringBuilder();
        Answer reply = session.ask(Fixtures.request(), "why is this connect?", streamed::append, Cancellation.none());
        assertThat(reply.ok()).isTrue();
        assertThat(reply.text()).startsWith("Because you both worked at Stripewell").doesNotContain("https://")
                .contains("[link removed]");
        assertThat(model.seen.get(1).responseFormat()).isNull();
        assertThat(((UserMessage) model.seen.get(1).messages().get(3)).singleText()).contains("why is this connect?");
    }

    @Test
    void aCancelledQuestionLeavesTheConversationAsItWas() {
        ScriptedModel model = new ScriptedModel(notes(Fixtures.GOOD, "worked-together"));
        LangChainEngine session = scripted(model);
        session.stream(Fixtures.request(), Fixtures.VETTING, DraftListener.NONE, Cancellation.none());
        int before = session.remembered();
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        Answer reply = session.ask(Fixtures.request(), "anything else?", null, cancel);
        assertThat(reply.cancelled()).isTrue();
        assertThat(reply.notices()).containsExactly("openai: cancelled.");
        assertThat(session.remembered()).isEqualTo(before);
    }

    @Test
    void usageCountsEveryCallAndToken() {
        ScriptedModel model = new ScriptedModel(notes(Fixtures.PITCHY, "x"), notes(Fixtures.GOOD, "worked-together"));
        LangChainEngine engine = scripted(model);
        engine.stream(Fixtures.request(), Fixtures.VETTING, DraftListener.NONE, Cancellation.none());
        assertThat(engine.usage().counts()).isEqualTo(new Usage.Counts(2, 200, 40));
    }

    @Test
    void theJsonEchoShowsOnlyNoteText() {
        StringBuilder seen = new StringBuilder();
        JsonTextEcho echo = new JsonTextEcho(seen::append);
        String json = "{\"notes\":[{\"angle\":\"a\",\"text\":\"Hi \\\"Priya\\\",\\nwell met \\u00e9\"},{\"text\":\"Two\",\"angle\":\"b\"}]}";
        for (int i = 0; i < json.length(); i += 3) {
            echo.accept(json.substring(i, Math.min(json.length(), i + 3)));
        }
        assertThat(seen.toString()).isEqualTo("Hi \"Priya\",\nwell met é\nTwo\n");
    }
}
