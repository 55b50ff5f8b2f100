package dev.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.RapportException;
import dev.rapport.llm.Engine;
import dev.rapport.llm.EngineFlags;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One precedence for every setting: flag > environment > config file > default, from one XDG resolver. */
class SettingsTest {
    @TempDir
    Path home;

    private Map<String, String> withConfig(String yaml, String... env) throws IOException {
        Path dir = Files.createDirectories(home.resolve(".config/rapport"));
        Files.writeString(dir.resolve("config.yaml"), yaml);
        Map<String, String> vars = new java.util.HashMap<>(Map.of("HOME", home.toString()));
        for (int i = 0; i + 1 < env.length; i += 2) {
            vars.put(env[i], env[i + 1]);
        }
        return vars;
    }

    @Test
    void defaultsComeFromTheXdgFoldersUnderHome() {
        Settings s = Settings.resolve(Map.of("HOME", home.toString()), false);
        assertThat(s.journal()).contains(home.resolve(".local/share/rapport/journal.db"));
        assertThat(s.dataDir()).contains(home.resolve(".local/share/rapport"));
        assertThat(s.embeddings()).isTrue();
        assertThat(s.monthlyNotes(5, null, false)).isZero();
        assertThat(s.engine(EngineFlags.NONE).engine()).isEqualTo(Engine.OFFLINE);
        assertThat(Settings.resolve(Map.of("XDG_DATA_HOME", "relative", "HOME", home.toString()), false).journal())
                .contains(home.resolve(".local/share/rapport/journal.db"));
    }

    @Test
    void aBadSettingIsSaidAtTheLineItStandsOn() throws IOException {
        // a new user's one-line file was told "line 2"
        assertThatThrownBy(() -> Settings.resolve(withConfig("timout-seconds: 5\n"), false))
                .isInstanceOf(RapportException.class).hasMessageContaining("line 1: unknown setting 'timout-seconds'");
        assertThatThrownBy(() -> Settings.resolve(withConfig("engine: offline\ntimeout-seconds: lots\n"),
                false)).isInstanceOf(RapportException.class).hasMessageContaining("line 2");
    }

    @Test
    void theConfigFileBeatsTheDefaults() throws IOException {
        Settings s = Settings.resolve(withConfig("""
                engine: ollama
                journal: off
                account: free
                embeddings: false
                """), false);
        assertThat(s.journal()).isEmpty();
        assertThat(s.freeAccount()).isTrue();
        assertThat(s.monthlyNotes(5, null, false)).isEqualTo(5);
        assertThat(s.embeddings()).isFalse();
        assertThat(s.engine(EngineFlags.NONE).engine()).isEqualTo(Engine.OLLAMA);
    }

    @Test
    void theEnvironmentBeatsTheConfigFileAndAFlagBeatsBoth() throws IOException {
        Path journal = home.resolve("elsewhere.db");
        Settings s = Settings.resolve(withConfig("""
                engine: ollama
                journal: off
                note-budget: 3
                embeddings: false
                """, "RAPPORT_JOURNAL", journal.toString(), "RAPPORT_NOTE_BUDGET", "7", "RAPPORT_NO_EMBEDDINGS", "0",
                "RAPPORT_ENGINE", "gemini"), false);
        assertThat(s.journal()).contains(journal);
        assertThat(s.monthlyNotes(5, null, false)).isEqualTo(7);
        assertThat(s.monthlyNotes(5, 2, false)).isEqualTo(2);
        assertThat(s.embeddings()).isTrue();
        assertThat(s.engine(EngineFlags.NONE).engine()).isEqualTo(Engine.GEMINI);
        assertThat(s.engine(new EngineFlags("openai", null, null, null, null)).engine()).isEqualTo(Engine.OPENAI);
    }

    @Test
    void aBadBudgetIsOneUsageLine() {
        assertThatThrownBy(() -> Settings.resolve(Map.of("RAPPORT_NOTE_BUDGET", "lots"), false))
                .isInstanceOf(RapportException.class).hasMessageContaining("RAPPORT_NOTE_BUDGET").hasMessageContaining("lots");
    }

    @Test
    void switchingEngineInASessionUsesTheSettingsReadAtStartNotTheConfigFileReadAgain() throws IOException {
        Map<String, String> env = withConfig("model: llama-from-start\n");
        Settings s = Settings.resolve(env, false);
        Desk desk = new Desk(() -> { throw new AssertionError("no advisor needed"); }, EngineFlags.NONE, s::engine);
        assertThat(desk.engineConfig().engine()).isEqualTo(Engine.OFFLINE);
        Files.writeString(home.resolve(".config/rapport/config.yaml"), "model: changed-behind-our-back\n");
        assertThat(desk.switchEngine("ollama", null).model()).isEqualTo("llama-from-start");
    }

    @Test
    void colourCanBeSwitchedOffInTheConfigFileAsWellAsByTheEnvironment() throws IOException {
        assertThat(Settings.resolve(withConfig("engine: ollama\n", "TERM", "xterm"), true).colour()).isTrue();
        assertThat(Settings.resolve(withConfig("colour: false\n", "TERM", "xterm"), true).colour()).isFalse();
        assertThat(Settings.resolve(withConfig("color: false\n", "TERM", "xterm"), true).colour()).isFalse();
        assertThat(Settings.resolve(withConfig("colour: true\n", "NO_COLOR", "1"), true).colour()).isFalse();
        assertThat(Settings.resolve(withConfig("colour: true\n"), false).colour()).isFalse();
    }
}
