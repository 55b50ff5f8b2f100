package dev.rapport.repl;

import static dev.rapport.repl.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.Context;
import dev.rapport.cli.Main;
import dev.rapport.llm.FakeLlmServer;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport} with no arguments and a script on stdin: the REPL, line by line, ending at end of input. */
class ReplEntryTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String script, Map<String, String> env) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context ctx = new Context(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), env, false, () -> Fixtures.TODAY.atDay(1));
        int code = new Main(ctx).run();
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void noArgumentsRunsTheConversationFromStdin() {
        String pair = "03-met-at-meetup";
        Run r = run("/me " + profile(pair, "me") + "\n/them " + profile(pair, "them")
                + "\n/why we met at DevOpsDays Denver last week after her talk on on-call fatigue\n", Map.of("TERM", "xterm"));
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith(ReplMessages.get("greeting")).contains("Verdict: connect").contains("1. ");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void outputIsPlainWithNoColourAndWhenNotATerminal() {
        String script = "/me " + profile("01-former-colleagues", "me") + "\n/them " + profile("01-former-colleagues", "them")
                + "\n/why we worked together at Stripewell\n/rules\n";
        assertThat(run(script, Map.of("NO_COLOR", "1", "TERM", "xterm-256color")).out()).doesNotContain("\u001B");
        assertThat(run(script, Map.of("TERM", "xterm-256color")).out()).doesNotContain("\u001B");
    }

    @Test
    void theEngineOptionsStartTheReplWithThatEngine(@TempDir Path home) throws Exception {
        String pair = "01-former-colleagues";
        try (FakeLlmServer server = new FakeLlmServer()) {
            String good = dev.rapport.llm.StripewellNotes.GOOD;
            // the check asks the model's evidence first (one plain call), then the notes stream
            server.then(FakeLlmServer.openAi("{\"intents\":[\"reconnect\"],\"stated_relationship\":null,\"negative_facts\":[]}"),
                    FakeLlmServer.openAiStream(FakeLlmServer.notes(good, "worked-together"), 5));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String script = "/me " + profile(pair, "me") + "\n/them " + profile(pair, "them")
                    + "\n/why we worked together at Stripewell for years\n/engine\n";
            Context ctx = new Context(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                    new PrintWriter(out), new PrintWriter(err),
                    Map.of("HOME", home.toString(), "OPENAI_API_KEY", "sk-entry-KEY-42"),
                    false, () -> Fixtures.TODAY.atDay(1));
            int code = new Main(ctx).run("--engine", "openai", "--base-url", server.openAiUrl(), "--model", "test-model");
            assertThat(code).isZero();
            assertThat(out.toString()).contains(dev.rapport.llm.StripewellNotes.GOOD).contains("Engine: openai test-model at " + server.openAiUrl())
                    .doesNotContain("sk-entry-KEY-42");
            assertThat(server.requests).hasSize(2);
            assertThat(server.requests.get(0).body()).contains("negative_facts");
        }
    }

    @Test
    void anUnknownEngineIsAUsageErrorBeforeTheReplStarts() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context ctx = new Context(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                Map.of(), false, () -> Fixtures.TODAY.atDay(1));
        assertThat(new Main(ctx).run("--engine", "gpt")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("unknown engine 'gpt'");
    }

    @Test
    void aScriptWithARefusedLineEndsWithExitOne(@TempDir Path dir) {
        Run missing = run("/me " + dir.resolve("nothere.txt") + "\n", Map.of());
        assertThat(missing.out()).contains("rapport: " + dir.resolve("nothere.txt") + ": file not found");
        assertThat(missing.code()).isEqualTo(1);
        Run recovered = run("/me " + dir.resolve("nothere.txt") + "\n/me " + profile("01-former-colleagues", "me") + "\n",
                Map.of());
        assertThat(recovered.out()).contains("Your profile: Daniel Okafor");
        assertThat(recovered.code()).as("a later line that works does not hide the error from the script").isEqualTo(1);
    }

    @Test
    void emptyInputJustGreetsAndEnds() {
        Run r = run("", Map.of());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(ReplMessages.get("guide.me"));
    }
}
