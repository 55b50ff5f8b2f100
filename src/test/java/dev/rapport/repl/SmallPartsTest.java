package dev.rapport.repl;

import java.util.List;

import dev.rapport.text.Words;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallPartsTest {
    private static ReplEnvironment env(Map<String, String> vars) {
        return new ReplEnvironment(Path.of("/work/dir"), vars);
    }

    @Test
    void helpColumnsLineUpByTerminalWidthNotByChars() {
        // "/日本" is 5 columns in 3 chars; "/e\u0301" (e + combining accent) is 2 columns in 3 chars
        List<String> lines = ReplCommands.helpLines(List.of(
                new String[] {"/日本", "wide"}, new String[] {"/e\u0301", "combining"}, new String[] {"/abcd", "plain"}));
        assertThat(lines).extracting(line -> dev.rapport.text.Wrap.columns(line.substring(0, line.lastIndexOf(' ') + 1)))
                .containsOnly(2 + 5 + 2);
    }

    @Test
    void dataDirFollowsXdgThenHome() {
        assertThat(env(Map.of("XDG_DATA_HOME", "/x/data", "HOME", "/home/a")).dataDir()).isEqualTo(Path.of("/x/data/rapport"));
        assertThat(env(Map.of("HOME", "/home/a")).dataDir()).isEqualTo(Path.of("/home/a/.local/share/rapport"));
        // a relative XDG_DATA_HOME is invalid by the spec and ignored
        assertThat(env(Map.of("XDG_DATA_HOME", "rel", "HOME", "/home/a")).dataDir()).isEqualTo(Path.of("/home/a/.local/share/rapport"));
        assertThat(env(Map.of()).dataDir()).isNull();
    }

    @Test
    void filesResolveAgainstTheWorkDirWithQuotesAndTilde() {
        ReplEnvironment e = env(Map.of("HOME", "/home/a"));
        assertThat(e.resolve("me.txt")).isEqualTo(Path.of("/work/dir/me.txt"));
        assertThat(e.resolve("'my profile.txt'")).isEqualTo(Path.of("/work/dir/my profile.txt"));
        assertThat(e.resolve("~/p/them.json")).isEqualTo(Path.of("/home/a/p/them.json"));
        assertThat(e.resolve("/abs/x")).isEqualTo(Path.of("/abs/x"));
    }

    @Test
    void historyKeepsTypedLinesOnly() {
        assertThat(HistoryPolicy.keep("/me profile.txt")).isTrue();
        assertThat(HistoryPolicy.keep("make it shorter")).isTrue();
        assertThat(HistoryPolicy.keep("Priya Raman\nDirector of Product\nAbout\nI build things")).isFalse();
        assertThat(HistoryPolicy.keep("x".repeat(HistoryPolicy.MAX_LINE + 1))).isFalse();
        assertThat(HistoryPolicy.keep("  ")).isFalse();
    }

    @Test
    void osc52CarriesTheTextInBase64() {
        String seq = Osc52.sequence("Hi Priya — café");
        assertThat(seq).startsWith("\u001B]52;c;").endsWith("\u0007");
        String payload = seq.substring("\u001B]52;c;".length(), seq.length() - 1);
        assertThat(new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8)).isEqualTo("Hi Priya — café");
    }

    @Test
    void closestCommandForTypos() {
        List<String> names = ReplCommands.specs(Fixtures.conversation(new ScriptIO(), Path.of(".")).commands()).stream()
                .map(spec -> spec.name()).toList();
        assertThat(Words.closest("/chek", names)).contains("/check");
        assertThat(Words.closest("/lmit", names)).contains("/limit");
        assertThat(Words.closest("/expl", names)).contains("/explain");
        assertThat(Words.closest("/zzzzzzzz", names)).isEmpty();
    }
}
