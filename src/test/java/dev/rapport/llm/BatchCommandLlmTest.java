package dev.rapport.llm;

import static dev.rapport.llm.FakeLlmServer.error;
import static dev.rapport.llm.FakeLlmServer.notes;
import static dev.rapport.llm.FakeLlmServer.openAi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.Context;
import dev.rapport.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * batch drafts with the engine the user chose, as draft does, over a real HTTP server on loopback: a new user's
 * RAPPORT_ENGINE was ignored by batch in silence. What the engine said beside the notes goes to stderr.
 */
class BatchCommandLlmTest {
    static final String PAIR = "examples/pairs/01-former-colleagues/";

    @TempDir
    Path home;

    @RegisterExtension
    final FakeLlmServer server = FakeLlmServer.started();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int batch(Map<String, String> more, String... flags) {
        Map<String, String> env = new HashMap<>(StripewellNotes.environment(home, Fixtures.KEY));
        env.put("RAPPORT_JOURNAL", "off");
        env.putAll(more);
        Context ctx = new Context(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true), env, false, () -> YearMonth.of(2026, 11).atDay(1));
        String[] base = {"batch", "--me", PAIR + "me.txt", "--why", StripewellNotes.WHY, "--format", "jsonl",
                "--variants", "1", PAIR + "them.txt"};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(flags))
                .toArray(String[]::new);
        return new Main(ctx).run(all);
    }

    @Test
    void theEngineSetInTheEnvironmentDraftsTheBatchNotes() {
        server.then(openAi(notes(StripewellNotes.GOOD, "worked-together")));
        assertThat(batch(Map.of("RAPPORT_ENGINE", "openai", "RAPPORT_BASE_URL", server.openAiUrl(),
                "RAPPORT_MODEL", "test-model"))).as(err.toString()).isZero();
        assertThat(server.requests).isNotEmpty();
        assertThat(out.toString()).contains(StripewellNotes.GOOD.substring(0, 60));
        assertThat(err.toString()).contains("sent to 127.0.0.1");
    }

    @Test
    void aFailingEngineGivesTheOfflineNotesAndSaysSoOnce() {
        server.then(error(500, "boom"));
        assertThat(batch(Map.of(), "--engine", "openai", "--base-url", server.openAiUrl(), "--model", "test-model"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Stripewell").doesNotContain(StripewellNotes.GOOD.substring(0, 60));
        assertThat(err.toString().lines().filter(l -> l.contains("offline drafter"))).singleElement().asString()
                .startsWith("rapport: openai: ");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain(Fixtures.KEY);
    }

    @Test
    void anUnknownEngineIsAUsageErrorBeforeAnythingIsRead() {
        assertThat(batch(Map.of(), "--engine", "gpt")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(
                "rapport: unknown engine 'gpt'; choose one of offline|openai|ollama|anthropic|gemini");
    }
}
