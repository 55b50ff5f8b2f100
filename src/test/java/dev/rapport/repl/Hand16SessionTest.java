package dev.rapport.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's REPL session (hand16, 6 December 2026), replayed through the conversation: Dana, a staffing recruiter,
 * writes to Keisha, a nurse she met once at a career fair, and to Tomas, whom she placed in his job in 2022.
 */
class Hand16SessionTest {
    private static final Path HAND_16 = Path.of("src", "test", "resources", "hand-16").toAbsolutePath();
    private static final String KEISHA = "met keisha at the columbus nursing career fair 2 weeks ago, she came by our booth and we talked about"
            + " ICU residencies and night differential. want to ask if she wants me to keep her posted on ICU openings";
    private static final String TOMAS = "I was his recruiter, I placed Tomas in his CVICU job in 2022 when he moved up from Houston."
            + " saw his 4 year anniversary post, want to congratulate him";

    @TempDir
    Path dir;

    private Conversation session(ScriptIO io, String pair, String why, String... requests) {
        Path p = HAND_16.resolve(pair);
        io.lines("/me " + p.resolve("me.txt"), "/them " + p.resolve("them.txt"), why).lines(requests);
        Conversation c = Fixtures.conversation(io, dir);
        assertThat(c.run()).isZero();
        assertThat(io.output()).contains("Verdict: connect");
        return c;
    }

    private static String note(Conversation c) {
        return c.session().note(1).orElseThrow().text();
    }

    /** The output from the last line that starts with {@code start}. */
    private static String from(ScriptIO io, String start) {
        return io.output().substring(io.output().lastIndexOf(start));
    }

    @Test
    void oneNoteIsNotOfferedAsAChoiceFromOneToOne() {
        ScriptIO io = new ScriptIO();
        Conversation c = session(io, "dana-keisha", KEISHA, "/pick 2");
        assertThat(c.session().noteCount()).isEqualTo(1);
        assertThat(io.output()).contains("There is only one note").doesNotContain("from 1 to 1");
    }

    @Test
    void startOverSaysAsYouCorrectedItOnlyWhileTheCorrectionHolds() {
        ScriptIO corrected = new ScriptIO();
        session(corrected, "dana-keisha", KEISHA, "shorter", "it was 3 weeks ago, not 2", "start over");
        assertThat(from(corrected, "Redrafted:")).contains("as you corrected it");

        ScriptIO undone = new ScriptIO();
        session(undone, "dana-keisha", KEISHA, "mention that she is finishing her BSN at Capital University in May",
                "it was 3 weeks ago, not 2", "undo", "start over");
        assertThat(from(undone, "Redrafted:")).startsWith("Redrafted: drafted again from your reason").doesNotContain("corrected");
    }

    @Test
    void theEditsThatStillHoldAfterACorrectionNameEveryEditTheNoteStillHas() {
        // "Your earlier edits still hold: “shorter”, “warmer”, “ask whether …”" left out the mention the note still said
        ScriptIO io = new ScriptIO();
        Conversation c = session(io, "dana-keisha", KEISHA, "shorter", "mention that she is finishing her BSN at Capital University in May",
                "it was 3 weeks ago, not 2");
        assertThat(note(c)).contains("finishing your BSN");
        assertThat(from(io, "Changed: Noted")).contains("“mention that she is finishing her BSN at Capital University in May”");
    }

    @Test
    void aNewLimitOf200KeepsWhoWritesTheAskTheLastQuestionAndTheNameAndLeavesOutTheReadBack() {
        // "/limit 200" after her edits left "Hi Keisha, we met at … You are finishing your BSN at Capital University in May.
        // Could you consider nights in the ICU? Dana": no who, no ask of her own reason, the read-back kept
        ScriptIO io = new ScriptIO();
        Conversation c = session(io, "dana-keisha", KEISHA, "shorter", "warmer",
                "mention that she is finishing her BSN at Capital University in May", "ask whether she would consider nights in the ICU",
                "/limit 200");
        assertThat(note(c)).startsWith("Hi Keisha, we met at the Columbus Nursing Career Fair")
                // (the new question takes the place of "Do you want me to keep you posted on ICU openings?": one question, hand16 #17)
                .contains("recruiter at CarePath Staffing").contains("Would you consider nights in the ICU?").endsWith(" Dana")
                .doesNotContain("finishing your BSN");
        assertThat(from(io, "To fit 200 characters")).contains("“You are finishing your BSN at Capital University in May.”");
    }

    @Test
    void startOverAt200KeepsWhoWritesAndTheNameAndLeavesOutTheTalk() {
        // "start over" at 200 gave "… You came by our booth and we talked about … Do you want me to keep you posted on ICU openings?"
        // with no who and no name
        ScriptIO io = new ScriptIO();
        Conversation c = session(io, "dana-keisha", KEISHA, "shorter", "/limit 200", "start over");
        assertThat(note(c)).contains("I'm a senior healthcare recruiter at CarePath Staffing.").contains("keep you posted on ICU openings")
                .endsWith(" Dana").doesNotContain("booth");
    }

    @Test
    void theShorterReportQuotesWhatItLeftOutFromItsFirstWord() {
        // "Changed: Left out “. You came by our booth …”"
        ScriptIO io = new ScriptIO();
        session(io, "dana-keisha", KEISHA, "shorter");
        assertThat(io.output()).contains("Left out “You came by our booth").doesNotContain("“. ");
    }

    @Test
    void aNewLimitThatDraftsAgainNamesThePartOfASentenceItLeftOut() {
        // "/limit 120" cut "when you moved up from Houston" and the name went unsaid
        ScriptIO io = new ScriptIO();
        Conversation c = session(io, "dana-tomas", TOMAS, "/limit 120");
        String told = from(io, "The limit is now 120");
        assertThat(told).contains("To fit 120 characters the note no longer says");
        // whatever of the sentence and the sign-off went, the line names it
        assertThat(note(c).contains("Houston") && note(c).endsWith(" Dana")).isFalse();
        if (!note(c).contains("Houston")) {
            assertThat(told).contains("“when you moved up from Houston”");
        }
        if (!note(c).endsWith(" Dana")) {
            assertThat(told).contains("“Dana”");
        }
    }

    @Test
    void longerAddsNoSecondLineSayingWhoTheSenderIs() {
        // "longer" added "I am a senior healthcare recruiter at CarePath Staffing." right after "I was your recruiter."
        ScriptIO io = new ScriptIO();
        Conversation c = session(io, "dana-tomas", TOMAS, "longer");
        assertThat(note(c)).contains("I was your recruiter").doesNotContain("I am a senior healthcare recruiter")
                .doesNotContain("I'm a senior healthcare recruiter");
    }
}
