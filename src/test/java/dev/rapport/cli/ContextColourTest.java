package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The faces' colour comes from the one settings resolver, so config.yaml's {@code colour: false} holds at a terminal. */
class ContextColourTest {
    @TempDir
    Path home;

    private Context at(boolean terminal) {
        return new Context(new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Map.of("HOME", home.toString(), "TERM", "xterm"), terminal,
                () -> LocalDate.of(2026, 11, 2));
    }

    @Test
    void aTerminalHasColourUntilTheConfigFileSaysNo() throws IOException {
        assertThat(at(true).colour()).isTrue();
        Path config = Files.createDirectories(home.resolve(".config/rapport")).resolve("config.yaml");
        Files.writeString(config, "colour: false\n");
        assertThat(at(true).colour()).isFalse();
    }

    @Test
    void aConfigFileThatCannotBeReadLeavesTheEnvironmentsAnswer() throws IOException {
        Path config = Files.createDirectories(home.resolve(".config/rapport")).resolve("config.yaml");
        Files.writeString(config, "colour: [not, a, switch\n");
        assertThat(at(true).colour()).isTrue();
    }
}
