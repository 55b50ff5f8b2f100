package dev.rapport.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

/** Tab completion: the new commands by name, and engine names after /engine. */
class ReplCompleterTest {
    private final ReplCompleter completer = new ReplCompleter(
            Fixtures.conversation(new ScriptIO(), Path.of(".")).commands().getCommandSpec());

    private List<String> complete(String typed) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, new DefaultParser().parse(typed, typed.length()), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void commandNamesIncludeEngineAndUsage() {
        assertThat(complete("/")).contains("/engine", "/usage", "/reset");
    }

    @Test
    void explainCompletesRuleIdsAndLimitTheTwoLimits() {
        assertThat(complete("/explain ")).contains("pitch", "link", "recent-invite");
        assertThat(complete("/limit ")).containsExactly("300", "200");
        assertThat(complete("/why ")).isEmpty();
    }

    @Test
    void engineCompletesTheEngineNames() {
        assertThat(complete("/engine ")).containsExactlyInAnyOrder("offline", "openai", "ollama", "anthropic", "gemini");
        assertThat(complete("/engine openai ")).isEmpty();
    }
}
