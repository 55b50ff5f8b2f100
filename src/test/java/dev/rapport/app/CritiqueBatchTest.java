package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.RapportException;
import dev.rapport.draft.OfflineDrafter;
import dev.rapport.etiquette.NoteVerdict;
import dev.rapport.etiquette.RuleSet;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CritiqueBatchTest {
    private final Advisor advisor = new Advisor(RuleSet.builtIn(), new OfflineDrafter(), () -> YearMonth.of(2026, 11));

    @Test
    void gradesOneNoteALineWithASummary() {
        Map<Integer, String> notes = CritiqueBatch.notes("Hi Helen, I convert Flash websites to HTML5 at very competitive rates.\n\n"
                + "Hi Priya, we worked together at Stripewell. Good to be connected again.\n", "notes.txt");
        assertThat(notes).containsOnlyKeys(1, 3);
        List<CritiqueBatch.Row> rows = CritiqueBatch.grade(advisor, notes, 0);
        assertThat(rows).extracting(CritiqueBatch.Row::verdict).containsExactly(NoteVerdict.DO_NOT_SEND, NoteVerdict.SEND);
        assertThat(CritiqueBatch.text(rows)).contains("2 notes: 1 send, 0 revise, 1 do-not-send");
        assertThat(CritiqueBatch.json(rows)).contains("\"do-not-send\" : 1").contains("\"line\" : 3");
    }

    @Test
    void aJsonLineAmongPlainLinesIsReadAsJsonNotGradedAsANote() {
        // a second new user's mixed file: '{"txt": "broken field"}' was scored 97, send
        CritiqueBatch.Notes read = CritiqueBatch.read("Hi Priya, we worked together at Stripewell. Good to be connected again.\n"
                + "{\"txt\": \"broken field\"}\n{\"text\": \"Hi Priya, thanks for your talk at FinOps Summit.\"}\n", "mixed.txt");
        assertThat(read.notes()).containsOnlyKeys(1, 3);
        assertThat(read.notes().get(3)).startsWith("Hi Priya, thanks");
        assertThat(read.skipped()).singleElement().asString().contains("2");
    }

    @Test
    void theTableHasHeadingsAndTheNotesAreReadForTheGivenRecipient() {
        // a hand session: bare rows needed the README, and --to was ignored in silence
        Map<Integer, String> notes = CritiqueBatch.notes("Hi Irene, we worked together at Stripewell. Good to be connected again.\n", "n.txt");
        dev.rapport.profile.Profile priya = LabelledNotes.profile("01-former-colleagues", "them");
        List<CritiqueBatch.Row> alone = CritiqueBatch.grade(advisor, notes, 0);
        List<CritiqueBatch.Row> toPriya = CritiqueBatch.grade(advisor, notes, 0, null, priya, "");
        assertThat(alone.get(0).rules()).doesNotContain("wrong-name");
        assertThat(toPriya.get(0).rules()).contains("wrong-name");
        assertThat(CritiqueBatch.text(toPriya).lines().findFirst().orElse("")).contains("line").contains("score").contains("verdict")
                .contains("rules").contains("note");
    }

    @Test
    void readsJsonLinesByTheirTextField() {
        Map<Integer, String> notes = CritiqueBatch.notes("{\"id\": 1, \"text\": \"I help CFOs like you unlock 3x growth.\"}\n", "n.jsonl");
        assertThat(notes).containsExactly(Map.entry(1, "I help CFOs like you unlock 3x growth."));
    }

    @Test
    void anEmptyFileOrABadLineIsAOneLineError() {
        assertThatThrownBy(() -> CritiqueBatch.notes(" \n\n", "empty.txt")).isInstanceOf(RapportException.class)
                .hasMessageContaining("empty.txt has no notes").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> CritiqueBatch.notes("{\"text\": \"ok\"}\n{\"note\": 3}\n", "n.jsonl"))
                .isInstanceOf(RapportException.class).hasMessageContaining("n.jsonl line 2");
    }

    @Test
    void aBadLineIsLeftOutAndSaidWhileTheOtherNotesAreRead() {
        CritiqueBatch.Notes read = CritiqueBatch.read("{\"text\": \"ok\"}\n{\"note\": 3}\n{\"text\": \"also ok\"}\n", "n.jsonl");
        assertThat(read.notes()).containsExactly(Map.entry(1, "ok"), Map.entry(3, "also ok"));
        assertThat(read.skipped()).singleElement().asString().contains("n.jsonl line 2");
        // nothing in it a note: still a one-line error
        assertThatThrownBy(() -> CritiqueBatch.read("{\"note\": 3}\n", "bad.jsonl")).isInstanceOf(RapportException.class)
                .hasMessageContaining("bad.jsonl line 1");
    }

    @Test
    void brokenJsonAndAnEmptyTextAreSaidForWhatTheyAre() {
        // a trainer's session: '{"text": ""}' was graded as a note, and a broken line was said to lack its "text" field
        CritiqueBatch.Notes read = CritiqueBatch.read("{\"text\": \"ok\"}\n{\"text\": \"\"}\n{\"text\": \"half\n", "n.jsonl");
        assertThat(read.notes()).containsExactly(Map.entry(1, "ok"));
        assertThat(read.skipped()).containsExactly("n.jsonl line 2: its \"text\" is empty", "n.jsonl line 3: not valid JSON");
    }

    @Test
    void theNotesStayInLineWhenANoteBreaksManyRules() {
        // a hand session (hand16): a long list of rules pushed the note column out of line
        List<CritiqueBatch.Row> rows = List.of(
                new CritiqueBatch.Row(1, "Hi Ana, first note", 0, NoteVerdict.DO_NOT_SEND,
                        List.of("wrong-name", "lead-gen", "target-policy", "link", "personal-channel")),
                new CritiqueBatch.Row(2, "Hi Sam, second note", 100, NoteVerdict.SEND, List.of()));
        List<String> lines = CritiqueBatch.text(rows).lines().toList();
        assertThat(lines.get(1).indexOf("Hi Ana")).isEqualTo(lines.get(2).indexOf("Hi Sam")).isEqualTo(lines.get(0).indexOf("note"));
    }
}
