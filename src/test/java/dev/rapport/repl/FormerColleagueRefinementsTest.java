package dev.rapport.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refinements a hand session typed in the REPL that were not understood or did the opposite, replayed
 * through the conversation: Hannah, a recruiter, writes to Oliver, who worked with her at Pennine People Partners.
 */
class FormerColleagueRefinementsTest {
    private static final Path PAIR = Path.of("src", "test", "resources", "dev", "rapport", "repl", "former-colleagues-pennine")
            .toAbsolutePath();
    private static final String WHY = "Oliver and I worked together at Pennine People Partners, we both left in %s. "
            + "I'd like to reconnect now he is in-house at Northgate";

    @TempDir
    Path dir;

    /** The session's output after the pair is loaded with the reason (naming {@code year}) and each request is typed. */
    private Conversation session(ScriptIO io, String year, String... requests) {
        io.lines("/me " + PAIR.resolve("me.txt"), "/them " + PAIR.resolve("them.txt"), WHY.formatted(year)).lines(requests);
        Conversation c = Fixtures.conversation(io, dir);
        assertThat(c.run()).isZero();
        assertThat(io.output()).contains("Verdict: connect");
        return c;
    }

    private static String note(Conversation c) {
        return c.session().note(1).orElseThrow().text();
    }

    @Test
    void whyDidYouDropXIsAnsweredFromTheNotesHistoryNotWithTheVerdict() {
        // "why did you drop the bit about Northgate?" and "why did you drop the warm ending?" gave the whole verdict again
        ScriptIO io = new ScriptIO();
        session(io, "2022", "why did you drop the bit about Northgate?");
        assertThat(lastLine(io)).startsWith("Nothing was dropped: the note still says “").contains("Northgate");
        assertThat(io.output().split("Verdict:", -1)).hasSize(2);

        ScriptIO shorter = new ScriptIO();
        session(shorter, "2022", "warmer", "shorter", "why did you drop the warm ending?");
        assertThat(lastLine(shorter)).containsAnyOf("left out “", "the note still ends “");
        assertThat(shorter.output().split("Verdict:", -1)).hasSize(2);
    }

    private static String lastLine(ScriptIO io) {
        return io.output().strip().lines().reduce((a, b) -> b).orElse("");
    }

    @Test
    void signItWithTheSendersOwnNameOrPartOfItSignsWithItAndAnyOtherNameIsRefused() {
        // "sign it Hannah Whitcombe" was not understood, though "sign it" and "sign it with my full name" were
        ScriptIO io = new ScriptIO();
        Conversation c = session(io, "2022", "sign it Hannah Whitcombe");
        assertThat(io.output()).contains("Changed: Signed it with your name: “Hannah Whitcombe”.").doesNotContain("I did not understand");
        assertThat(note(c)).endsWith("Hannah Whitcombe");

        ScriptIO other = new ScriptIO();
        Conversation refused = session(other, "2022", "sign it hannah whitcombe", "sign off as Hannah", "sign it Bob Smith",
                "sign off with best wishes");
        assertThat(other.output()).contains("Signed it with your name: “Hannah”.")
                .contains("“Bob Smith” is not the name on your profile (Hannah Whitcombe), so nothing changed.")
                .doesNotContain("“best wishes” is not the name");
        assertThat(note(refused)).endsWith(" Hannah").doesNotContain("Bob");
    }

    @Test
    void aYearPutRightWithoutTheWrongOneCorrectsTheYearTheReasonGave() {
        // "actually it was 2022, sorry" was not understood, while "it was 2022 not 2021" was
        for (String correction : new String[] {"actually it was 2022, sorry", "it was 2022 actually", "sorry, 2022 not 2021"}) {
            ScriptIO io = new ScriptIO();
            Conversation c = session(io, "2021", correction);
            assertThat(io.output()).as(correction).contains("Noted: it was 2022, not 2021.").doesNotContain("I did not understand");
            assertThat(note(c)).as(correction).contains("we both left in 2022").doesNotContain("2021");
            assertThat(c.session().assessment().purpose().text()).as(correction).contains("2022").doesNotContain("2021");
        }
    }

    @Test
    void dropTheXLineFindsTheLineByItsWordsAndTooCasualMakesItLessCasual() {
        // "drop the pub quiz line, too casual" said nothing mentions "the pub quiz line", then made the note more casual
        ScriptIO io = new ScriptIO();
        Conversation c = session(io, "2022", "mention we used to do the Friday pub quiz together", "more casual",
                "drop the pub quiz line, too casual");
        String last = io.output().substring(io.output().lastIndexOf("Changed:"));
        assertThat(last).startsWith("Changed: Removed “We used to do the Friday pub quiz together”").contains("more formal")
                .doesNotContain("Nothing in the note mentions").doesNotContain("more casual");
        assertThat(note(c)).doesNotContain("quiz").doesNotContain("Speak soon").doesNotStartWith("Hi ");

        ScriptIO words = new ScriptIO();
        Conversation apart = session(words, "2022", "mention we used to do the Friday pub quiz together", "drop that line",
                "cut the Friday quiz bit");
        assertThat(note(apart)).doesNotContain("quiz");
        assertThat(words.output()).contains("Removed “We used to do the Friday pub quiz together”")
                .contains("Nothing in the note mentions “that line”"); // no words to find a line by: never "that" alone
    }

    @Test
    void droppingALineThatSharesAClauseWithHowTheyKnowEachOtherKeepsTheRest() {
        // typed by hand: the pub quiz came in the same sentence of the reason as the work together, and "drop the pub quiz
        // line, too casual" took both, so the note was generic and the gate kept the old one ("Unchanged: … generic")
        ScriptIO io = new ScriptIO();
        io.lines("/me " + PAIR.resolve("me.txt"), "/them " + PAIR.resolve("them.txt"),
                "Oliver and I worked together at Pennine People Partners, we used to do the Friday pub quiz together. "
                        + "I want to catch up now he's in-house", "drop the pub quiz line, too casual");
        Conversation c = Fixtures.conversation(io, dir);
        assertThat(c.run()).isZero();
        assertThat(io.output()).contains("Removed “We used to do the Friday pub quiz together”").doesNotContain("Unchanged");
        assertThat(note(c)).contains("we worked together at Pennine People Partners").doesNotContain("pub quiz");
    }

    @Test
    void askHowPutsTheQuestionToThemAtTheCloseInPlaceOfAnyOther() {
        // "ask how in-house compares to agency life" added "I would like to ask how …" mid-note, and
        // "end with a question about …" was not understood
        String[][] asked = {{"ask how in-house compares to agency life", "How does in-house compare to agency life?"},
                {"end with a question about how in-house life compares to agency", "How does in-house life compare to agency?"},
                {"finish with a question about how in-house compares to agency life", "How does in-house compare to agency life?"}};
        for (String[] a : asked) {
            ScriptIO io = new ScriptIO();
            Conversation c = session(io, "2022", "end with a question", a[0]);
            String note = note(c);
            assertThat(io.output()).as(a[0]).doesNotContain("I did not understand");
            assertThat(note).as(a[0]).contains(a[1]).doesNotContain("I would like to ask").endsWith(" Hannah");
            assertThat(note.indexOf('?')).as(a[0]).isEqualTo(note.lastIndexOf('?')).isGreaterThan(note.indexOf("reconnect"));
        }
    }

    @Test
    void aNewLimitNamesEveryLineItTakesOutTheSignOffToo() {
        // "/limit 200" said it took out one line, and the note lost "Kind regards, Hannah" without a word
        ScriptIO io = new ScriptIO();
        Conversation c = session(io, "2022", "more formal", "mention we used to do the Friday pub quiz together", "/limit 200");
        String after = io.output().substring(io.output().lastIndexOf("The limit is now 200"));
        // the valediction goes before the name (every first note is signed), and the line says so
        assertThat(note(c)).endsWith(" Hannah").doesNotContain("Kind regards");
        assertThat(after.lines().filter(l -> l.startsWith("To fit 200 characters")).findFirst()).hasValueSatisfying(
                l -> assertThat(l).contains("“Kind regards”"));
    }

    @Test
    void aLineTheUserHadRemovedStaysOutOfEveryNoteAfterACorrection() {
        // "don't mention the pub quiz", then "it was 2022 not 2021": the redrafted second note said the pub quiz again
        for (String removal : new String[] {"don't mention the pub quiz", "drop the pub quiz line"}) {
            ScriptIO io = new ScriptIO();
            Conversation c = session(io, "2021", "mention we used to do the Friday pub quiz together", removal, "it was 2022 not 2021");
            assertThat(io.output()).as(removal).contains("Noted: it was 2022, not 2021.");
            assertThat(c.session().assessment().notes()).as(removal).isNotEmpty()
                    .allSatisfy(n -> assertThat(n.text()).contains("2022").doesNotContain("quiz"));
        }
    }

    @Test
    void aToneChangeThatDoesNotFitGivesTheTrueReason() {
        // at a tight limit "more formal" blamed "your question" in a note that asked none
        ScriptIO io = new ScriptIO();
        Conversation c = session(io, "2022", "more casual", "mention we used to do the Friday pub quiz together", "/limit 190", "more formal");
        assertThat(note(c)).doesNotContain("?");
        assertThat(io.output().substring(io.output().lastIndexOf("The limit is now 190"))).doesNotContain("your question")
                .contains("A more formal close would not fit within the limit");
    }
}
