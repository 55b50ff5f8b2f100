package dev.rapport.repl;

import static dev.rapport.repl.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.Context;
import dev.rapport.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code rapport} with no arguments and a script on stdin: the REPL, line by line, ending at end of input. */
class ReplEntryTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String script, Map<String, String> env) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context ctx = new Context(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), env, () -> Fixtures.TODAY, false);
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
    void emptyInputJustGreetsAndEnds() {
        Run r = run("", Map.of());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(ReplMessages.get("guide.me"));
    }
}
