package dev.rapport.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refinements a hand session (hand16, faults 6, 7 and 17) typed in the REPL, replayed through the conversation: Mariana, a
 * data analyst new in Toronto, writes to the hiring manager of the team she applied to; Dana, a recruiter, to a nurse.
 */
class Hand16AsksRefinementsTest {
    private static final Path PAIRS = Path.of("src", "test", "resources", "hand-16-asks").toAbsolutePath();

    @TempDir
    Path dir;

    private Conversation session(ScriptIO io, String pair, String... requests) throws IOException {
        Path p = PAIRS.resolve(pair);
        Path me = Files.exists(p.resolve("me.json")) ? p.resolve("me.json") : p.resolve("me.txt");
        String why = Files.readAllLines(p.resolve("pair.yaml")).stream().filter(l -> l.startsWith("why: "))
                .map(l -> l.substring(6, l.length() - 1)).findFirst().orElseThrow();
        io.lines("/me " + me, "/them " + p.resolve("them.txt"), "/why " + why).lines(requests);
        Conversation c = Fixtures.conversation(io, dir);
        assertThat(c.run()).isZero();
        assertThat(io.output()).contains("Verdict: connect");
        return c;
    }

    private static String note(Conversation c) {
        return c.session().note(1).orElseThrow().text();
    }

    @Test
    void theUsersQuestionIsAskedAndEachRefinementOfItDoesWhatItSays() throws IOException {
        ScriptIO io = new ScriptIO();
        Conversation c = session(io, "mariana-jonathan-announced", "ask if the team uses Python or mostly SQL");
        assertThat(io.output()).contains("Changed: Added “Does the team use Python or mostly SQL?”")
                .doesNotContain("repetition");
        assertThat(note(c)).contains("Does the team use Python or mostly SQL?").doesNotContain("one question");

        ScriptIO drop = new ScriptIO();
        Conversation dropped = session(drop, "mariana-jonathan-announced", "drop the question",
                "end with a question about whether the team uses Python or mostly SQL");
        assertThat(drop.output()).doesNotContain("The note asks no question").doesNotContain("I would like to ask whether");
        assertThat(note(dropped)).endsWith("Does the team use Python or mostly SQL? Mariana");
    }

    @Test
    void askWhetherSheWouldConsiderKeepsWouldAndReplacesTheQuestionSayingSo() throws IOException {
        ScriptIO io = new ScriptIO();
        Conversation c = session(io, "dana-keisha", "ask whether she would consider nights in the ICU");
        assertThat(io.output()).contains("Changed: Added “Would you consider nights in the ICU?”")
                .contains("It takes the place of the question “Do you want me to keep you posted on ICU openings?”");
        assertThat(note(c)).contains("Would you consider nights in the ICU?").doesNotContain("keep you posted");
    }

    @Test
    void pleaseCorrectMyEnglishIsAnsweredHonestly() throws IOException {
        // "please correct my english" answered "I did not understand"
        ScriptIO io = new ScriptIO();
        Conversation c = session(io, "mariana-priscila", "please correct my english");
        String before = note(c);
        assertThat(io.output()).doesNotContain("I did not understand").contains("Offline I do not rewrite grammar");
        assertThat(note(c)).isEqualTo(before);
    }
}
