package dev.rapport.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the built jar in a real terminal (tmux), driven by keys, judged by the screen. Runs in
 * {@code verify} after {@code package}; skipped only where tmux is not installed. Its own tmux server
 * (-L) keeps it away from the developer's sessions.
 */
class ReplTmuxIT {
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private final String socket = "rapport-it-" + ProcessHandle.current().pid();
    private final String session = "repl";

    @TempDir
    Path home;

    @BeforeEach
    void needsTmuxAndTheJar() {
        assumeTrue(tmuxInstalled(), "tmux is not installed");
        assertThat(jar()).exists();
    }

    @AfterEach
    void stopTmux() throws Exception {
        if (tmuxInstalled()) {
            tmux("kill-server");
        }
    }

    @Test
    void loadsTwoProfilesSetsTheReasonAndShowsTheVerdictAndANote() throws Exception {
        Path pair = Fixtures.pair("01-former-colleagues");
        String command = "cd '" + Path.of("").toAbsolutePath() + "' && env HOME='" + home + "' XDG_DATA_HOME='" + home
                + "/data' TERM=xterm-256color java -jar '" + jar() + "'; echo REPL-EXITED; sleep 600";
        tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command);

        waitFor(screen -> screen.contains("rapport [300]>"));
        type("/me " + pair.resolve("me.txt"));
        waitFor(screen -> screen.contains("Your profile: Daniel Okafor"));
        type("/them " + pair.resolve("them.txt"));
        waitFor(screen -> screen.contains("Their profile: Priya Raman"));
        type("/why we worked together at Stripewell for years and I'd like to reconnect");
        String screen = waitFor(s -> s.contains("Verdict: connect") && s.matches("(?s).*1\\. \\d+/300.*"));

        assertThat(screen).contains("Hi Priya").contains("rapport [you: Daniel · them: Priya · 300]>");

        tmux("send-keys", "-t", session, "C-d");
        waitFor(s -> s.contains("REPL-EXITED"));
        assertThat(Files.readString(home.resolve("data/rapport/history"), StandardCharsets.UTF_8))
                .contains("/why we worked together");
    }

    private void type(String line) throws Exception {
        tmux("send-keys", "-t", session, "-l", line);
        tmux("send-keys", "-t", session, "Enter");
    }

    /** Polls the screen until it satisfies the condition; no timing is asserted, the deadline only stops a hung run. */
    private String waitFor(Predicate<String> condition) throws Exception {
        Instant end = Instant.now().plus(DEADLINE);
        String screen = "";
        while (Instant.now().isBefore(end)) {
            screen = tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", session);
            if (condition.test(screen)) {
                return screen;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the screen never showed what was expected; last screen:\n" + screen);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static Path jar() {
        return Path.of(System.getProperty("rapport.jar", "target/rapport.jar")).toAbsolutePath();
    }

    private static boolean tmuxInstalled() {
        return Installed.tool("tmux", "-V");
    }
}
