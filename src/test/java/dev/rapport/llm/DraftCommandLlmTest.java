package dev.rapport.llm;

import dev.rapport.ConfigFile;
import static dev.rapport.llm.FakeLlmServer.error;
import static dev.rapport.llm.FakeLlmServer.notes;
import static dev.rapport.llm.FakeLlmServer.openAi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.Context;
import dev.rapport.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** rapport draft --engine openai --base-url http://127.0.0.1:PORT/v1, end to end through cli.Main. */
class DraftCommandLlmTest {
    static final String PAIR = "examples/pairs/01-former-colleagues/";
    static final String GOOD = StripewellNotes.GOOD;

    @TempDir
    Path home;

    @RegisterExtension
    final FakeLlmServer server = FakeLlmServer.started();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(Map<String, String> extraEnv, String... extraArgs) {
        // these scenarios script the drafting calls; the evidence call has its own tests (ModelEvidenceTest)
        Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(), "OPENAI_API_KEY", Fixtures.KEY,
                "RAPPORT_MODEL_EVIDENCE", "0",
                "RAPPORT_TIMEOUT", "2"));
        env.putAll(extraEnv);
        Context ctx = new Context(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true), env, false, () -> YearMonth.of(2026, 11).atDay(1));
        String[] base = {"draft", "--me", PAIR + "me.txt", "--them", PAIR + "them.txt",
                "--why", "we worked together at Stripewell for years and I'd like to reconnect",
                "--engine", "openai", "--base-url", server.openAiUrl(), "--model", "test-model"};
        return new Main(ctx).run(Stream.concat(Stream.of(base), Stream.of(extraArgs)).toArray(String[]::new));
    }

    @Test
    void aGoodAnswerIsShownAsTheNote() {
        server.then(openAi(notes(GOOD, "worked-together")));
        assertThat(run(Map.of())).isZero();
        assertThat(out.toString()).contains("Verdict: connect").contains(GOOD);
        assertThat(err.toString()).contains("sent to 127.0.0.1");
        assertThat(out.toString() + err.toString()).doesNotContain(Fixtures.KEY);
        assertThat(server.requests).hasSize(1);
        assertThat(server.requests.get(0).body()).contains("Stripewell").contains(PromptFacts.OPEN);
    }

    @Test
    void jsonNamesTheEngine() {
        server.then(openAi(notes(GOOD, "worked-together")));
        assertThat(run(Map.of(), "--json")).isZero();
        assertThat(out.toString()).contains("\"engine\" : \"openai\"").contains(GOOD);
    }

    @Test
    void theConfigFileChoosesTheEngineWhenNoFlagDoes() throws Exception {
        server.then(openAi(notes(GOOD, "worked-together")));
        Path config = home.resolve(".config/rapport/config.yaml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "engine: ollama\nmodel: from-file\n");
        // the flag (--engine openai) wins over the file's ollama; the file's model loses to --model too
        assertThat(run(Map.of())).isZero();
        assertThat(server.requests.get(0).path()).isEqualTo("/v1/chat/completions");
        assertThat(server.requests.get(0).body()).contains("test-model");
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("401", error(401, "bad key"), "the API key was refused"),
                Arguments.of("404", error(404, "no such model"), "the model 'test-model' is not known"),
                Arguments.of("429", error(429, "slow").withHeader("Retry-After", "0"), "still rate limited"),
                Arguments.of("500", error(500, "boom"), "internal error"),
                Arguments.of("400 in words, no class names", error(400, "model is required"),
                        "the server answered 400: model is required"),
                Arguments.of("empty", openAi(""), "empty answer"),
                Arguments.of("malformed", openAi("{\"notes\": [ {\"te"), "not the JSON asked for"),
                Arguments.of("pitch", openAi(notes("Hi Priya, our platform can cut your payment fees by 30%. "
                        + "Can we book a quick demo call next week?", "pitch")), "passed the etiquette rules"),
                Arguments.of("timeout", openAi(notes(GOOD, "worked-together")).delayed(4000), "no answer from"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void everyFailureEndsInOneLineAndTheOfflineNotes(String name, FakeLlmServer.Answer answer, String expected) {
        server.then(answer);
        assertThat(run(Map.of())).isZero();
        String[] lines = err.toString().lines().filter(l -> l.contains("offline drafter")).toArray(String[]::new);
        assertThat(lines).singleElement().asString().startsWith("rapport: openai: ").contains(expected);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(Fixtures.KEY);
        assertThat(out.toString()).contains("Verdict: connect").contains("Notes (limit 300 characters):")
                .contains("Stripewell");
    }

    @Test
    void connectionRefusedToo() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        server.close();
        Context ctx = new Context(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true), Map.of("HOME", home.toString(), "OPENAI_API_KEY", Fixtures.KEY),
                false, () -> YearMonth.of(2026, 11).atDay(1));
        int code = new Main(ctx).run("draft", "--me", PAIR + "me.txt", "--them", PAIR + "them.txt", "--why",
                "we worked together at Stripewell for years", "--engine", "openai",
                "--base-url", "http://127.0.0.1:" + port + "/v1");
        assertThat(code).isZero();
        assertThat(err.toString()).contains("connection refused").contains("offline drafter");
        assertThat(out.toString()).contains("Notes (limit 300 characters):");
    }

    @Test
    void anUnknownEngineIsAUsageError() {
        Context ctx = new Context(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true), Map.of("HOME", home.toString()), false, () -> YearMonth.of(2026, 11).atDay(1));
        int code = new Main(ctx).run("draft", "--me", PAIR + "me.txt", "--them", PAIR + "them.txt", "--engine", "gpt");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(
                "rapport: unknown engine 'gpt'; choose one of offline|openai|ollama|anthropic|gemini");
    }
}
