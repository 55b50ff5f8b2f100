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

    /**
     * Offline refinements in the real terminal, over two example pairs: "longer" adds a line, "shorter
     * and make it rhyme" says what it left out and names the part it did not understand
     * (the talk, who the sender is and the sign-off stay), "mention that …" adds the
     * user's words, and a request nothing supports says "Unchanged:" with the reason; never "Redrafted".
     */
    @Test
    void refinementsChangeTheNoteOrSayWhyNotOnTwoPairs() throws Exception {
        start();
        load("03-met-at-meetup", "Marcus Bell", "Tanya Kowalczyk", "we met at DevOpsDays Denver last week after her talk on on-call fatigue");
        waitFor(s -> s.contains("Verdict: connect") && s.matches("(?s).*1\\. \\d+/300.*"));
        type("longer");
        String screen = waitFor(s -> s.contains("Changed: Added"));
        type("shorter and make it rhyme");
        // (the report comes before the note it describes: wait for the prompt after both)
        screen = waitFor(s -> s.contains("Changed: Left out") && s.substring(s.lastIndexOf("Changed: Left out")).contains("rapport [you:"));
        String after = screen.substring(screen.lastIndexOf("Changed: Left out")).replaceAll("\\s+", " ");
        // the part not understood is named, and who the sender is stays (they met once)
        assertThat(after).contains("I did not understand “make it rhyme”").contains("talk on on-call fatigue")
                .contains("I'm a site reliability engineer").contains("Marcus").doesNotContain("Redrafted");
        type("mention the panel");
        screen = waitFor(s -> s.contains("Unchanged: I could not find"));
        assertThat(screen.substring(screen.lastIndexOf("Unchanged:"))).contains("panel");
        type("/reset");
        load("01-former-colleagues", "Daniel Okafor", "Priya Raman", "we worked together at Stripewell for years and I'd like to reconnect");
        waitFor(s -> s.contains("Hi Priya") && s.contains("rapport [you: Daniel · them: Priya · 300]>"));
        type("mention that I'm also in Austin");
        screen = waitFor(s -> s.contains("Changed: Added “I'm also in Austin.”")
                && s.substring(s.lastIndexOf("Changed: Added")).contains("rapport [you:"));
        assertThat(screen.substring(screen.lastIndexOf("Changed: Added")).replaceAll("\\s+", " ")).contains("I'm also in Austin.").contains("Stripewell");
        assertThat(screen).doesNotContain("Redrafted").doesNotContain("needs an LLM engine");
        quit();
    }

    /**
     * Pastes as a terminal delivers them: a one-paragraph bio in a bracketed paste is loaded at once
     * (no Enter, no paste prompt left waiting), a profile that arrives line by line without brackets
     * shows how the paste ends and ends by itself after the lines stop, and the next line is the
     * reason, not more profile.
     */
    @Test
    void aBracketedPasteEndsByItselfAndALineByLinePasteEndsWhenTheLinesStop() throws Exception {
        start();
        String bio = Files.readString(Fixtures.pair("04-referral").resolve("me.txt"), StandardCharsets.UTF_8)
                .lines().findFirst().orElseThrow();
        paste(bio, true);
        waitFor(screen -> screen.contains("Your profile: Luis Ortega"));
        paste(Files.readString(Fixtures.pair("04-referral").resolve("them.txt"), StandardCharsets.UTF_8), false);
        String screen = waitFor(s -> s.contains("Their profile: Hannah Lindqvist"));
        assertThat(screen).contains("The paste ends on an empty line; Ctrl-D also ends it here and does not quit.");
        type("a friend suggested I ask Hannah about moving from analytics into data engineering");
        screen = waitFor(s -> s.contains("Verdict:"));
        assertThat(screen).contains("rapport [you: Luis · them: Hannah · 300]>").doesNotContain("Your profile: Luis Ortega\nWhy");
        quit();
    }

    /** Two profile pages in one paste are taken apart, never merged into one person. */
    @Test
    void aPasteOfTwoProfilesIsSplitNotMerged() throws Exception {
        start();
        Path pair = Fixtures.pair("03-met-at-meetup");
        paste(Files.readString(pair.resolve("me.txt"), StandardCharsets.UTF_8) + "\n"
                + Files.readString(pair.resolve("them.txt"), StandardCharsets.UTF_8), true);
        String screen = waitFor(s -> s.contains("Their profile: Tanya Kowalczyk"));
        assertThat(screen).contains("That paste held two profiles").contains("Your profile: Marcus Bell");
        quit();
    }

    /** Loads an example pair's two profiles by file, waits for each, then gives the reason. */
    private void load(String name, String me, String them, String why) throws Exception {
        Path pair = Fixtures.pair(name);
        type("/me " + pair.resolve("me.txt"));
        waitFor(s -> s.contains("Your profile: " + me));
        type("/them " + pair.resolve("them.txt"));
        waitFor(s -> s.contains("Their profile: " + them));
        type(why);
    }

    private void start() throws Exception {
        String command = "cd '" + Path.of("").toAbsolutePath() + "' && env HOME='" + home + "' XDG_DATA_HOME='" + home
                + "/data' RAPPORT_JOURNAL=off TERM=xterm-256color java -jar '" + jar() + "'; echo REPL-EXITED; sleep 600";
        tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "50", command);
        waitFor(screen -> screen.contains("rapport [300]>"));
    }

    private void quit() throws Exception {
        type("/quit");
        waitFor(s -> s.contains("REPL-EXITED"));
    }

    /** Pastes text as the terminal would: bracketed (-p, as the REPL asks for) or as plain typed lines. */
    private void paste(String text, boolean bracketed) throws Exception {
        tmux("set-buffer", "-b", "it", text.replace("\r\n", "\n").stripTrailing());
        if (bracketed) {
            tmux("paste-buffer", "-p", "-b", "it", "-t", session);
        } else {
            tmux("paste-buffer", "-b", "it", "-t", session);
            tmux("send-keys", "-t", session, "Enter");
        }
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
