package dev.rapport.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The streamed, provisional text: shown only on a live terminal, and erased line for line afterwards. */
class ProvisionalTextTest {
    private static final String UP = "\u001B[1A";

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void everyLineItPrintsIsErasedAgainAndTheTerminalNeverWrapsIt() {
        ScriptIO io = new ScriptIO();
        io.live = true; // 40 columns
        ProvisionalText view = ProvisionalText.open(io, "drafting (provisional)", "waiting");
        view.onText("x".repeat(50)); // breaks once at the edge
        view.onText(" and more\n");
        view.onRetry(2, "pitch");
        view.onWait(Duration.ofMillis(1500));
        view.onText("second try \u001B[31mred");
        view.close();
        view.onText("too late");

        String out = io.output();
        assertThat(view.lines()).isEqualTo(6); // header, the break, the note's end, the retry line (which breaks too), the wait line
        assertThat(count(out, UP)).isEqualTo(view.lines());
        assertThat(count(out, "\n")).isEqualTo(view.lines());
        assertThat(out).contains("drafting (provisional)").contains("second try red").doesNotContain("\u001B[31m")
                .doesNotContain("too late").endsWith(UP + "\u001B[2K\r");
        String printed = out.replaceAll("\r\u001B\\[2K[^\n\r\u001B]*", "").replace(UP, "");
        assertThat(printed.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
    }

    @Test
    void offALiveTerminalItShowsNothing() {
        ScriptIO io = new ScriptIO();
        try (ProvisionalText view = ProvisionalText.open(io, "drafting", "waiting")) {
            view.onText("provisional words\n");
            view.onRetry(2, "why");
        }
        assertThat(io.output()).isEmpty();
    }
}
