package dev.rapport.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history file cut by a kill mid-write must not end every session: it is moved aside and named. */
class HistoryFileTest {
    @TempDir
    Path dir;

    @Test
    void aBadUtf8ByteMovesTheFileAsideWithOneNoticeNamingIt() throws Exception {
        Path file = dir.resolve("history");
        byte[] good = "1700000000000:/limit 200\n1700000000001:shorter\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 3);
        bytes[good.length] = '1';
        bytes[good.length + 1] = ':';
        bytes[good.length + 2] = (byte) 0xC3; // the first byte of "é", the second never written
        Files.write(file, bytes);
        // what JLine itself does with such a file: the failure that used to end the REPL at every start
        try (Terminal t = TerminalBuilder.builder().dumb(true).streams(new java.io.ByteArrayInputStream(new byte[0]),
                new java.io.ByteArrayOutputStream()).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(t).variable(LineReader.HISTORY_FILE, file).build();
            DefaultHistory history = new DefaultHistory();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.attach(reader)).isNotNull();
        }
        List<String> notices = new ArrayList<>();
        assertThat(HistoryFile.vetted(file, notices::add)).contains(file);
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).contains(file.toString()).contains("history.unreadable").contains("not UTF-8")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(Files.exists(file)).isFalse();
        assertThat(Files.readAllBytes(dir.resolve("history.unreadable"))).isEqualTo(bytes); // nothing lost
    }

    @Test
    void aGoodFileIsLeftAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("history"), "1700000000000:/limit 200\n");
        List<String> notices = new ArrayList<>();
        assertThat(HistoryFile.vetted(file, notices::add)).contains(file);
        assertThat(notices).isEmpty();
        assertThat(HistoryFile.vetted(dir.resolve("none"), notices::add)).contains(dir.resolve("none"));
        assertThat(notices).isEmpty();
    }

    @Test
    void aNamedPipeIsNeverOpened() throws Exception {
        Path fifo = dir.resolve("history");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        List<String> notices = new ArrayList<>();
        assertThat(HistoryFile.vetted(fifo, notices::add)).isEmpty();
        assertThat(notices).singleElement().asString().contains("not a regular file");
    }

    @Test
    void aKeyTypedAtThePromptIsMaskedBeforeItIsKept() {
        PrivateHistory history = new PrivateHistory();
        history.keep("/engine openai sk-abcdefghijklmnopqrstuvwxyz123456");
        List<String> kept = new ArrayList<>();
        history.forEach(e -> kept.add(e.line()));
        assertThat(kept).containsExactly("/engine openai [key removed]");
    }
}
