package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.draft.Vetting;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft call's candidates are vetted once each, however often the engine and the gate ask. */
class VettedOnceTest {
    @Test
    void eachNoteTextRunsTheRulesOnceAndEveryAskGetsTheSameAnswer() {
        List<String> ran = new ArrayList<>();
        Vetting rules = note -> {
            ran.add(note);
            return note.contains("http") ? List.of("link: a link") : List.of();
        };
        Vetting once = new VettedOnce(rules);

        // the engine asks while reading the model's answer, then the gate asks for the same notes
        for (int ask = 0; ask < 2; ask++) {
            assertThat(once.problems("see https://x.example")).containsExactly("link: a link");
            assertThat(once.problems("Hi Priya, good to reconnect.")).isEmpty();
        }
        assertThat(ran).containsExactly("see https://x.example", "Hi Priya, good to reconnect.");
    }
}
