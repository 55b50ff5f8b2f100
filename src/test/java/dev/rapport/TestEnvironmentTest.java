package dev.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The processes the tests start (the jar in tmux, a check with the model, the launcher) inherit the
 * tests' environment, which Maven sets in pom.xml: none of the developer's journal, config, settings
 * or keys may reach them. A rapport setting added later fails here until pom.xml clears it too.
 */
class TestEnvironmentTest {
    @Test
    void theTestsSeeNoneOfTheDevelopersSettings() {
        Map<String, String> env = System.getenv();
        assertThat(env.get("RAPPORT_JOURNAL")).isEqualTo("off");
        Path target = Path.of("target").toAbsolutePath();
        for (String folder : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME")) {
            assertThat(env.get(folder)).as(folder).startsWith(target.toString());
        }
        assertThat(env.keySet()).as("rapport's settings").filteredOn(k -> k.startsWith("RAPPORT_"))
                .containsOnly("RAPPORT_JOURNAL");
        assertThat(env.keySet()).as("the engines' keys")
                .doesNotContain("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY");
    }
}
