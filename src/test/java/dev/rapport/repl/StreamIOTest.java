package dev.rapport.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Piped input: a blank line in a paste belongs to it unless a command comes next. */
class StreamIOTest {
    private static StreamIO of(String input) {
        return new StreamIO(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintWriter(new StringWriter()));
    }

    @Test
    void aBlankLineBeforeACommandEndsThePasteAndTheCommandIsStillRead() {
        // a second new user's script: a pasted bio, a blank line, then "/them FILE": every later line went into the paste
        StreamIO io = of("I'm a steel fixer at Hinkley Point C.\n\n/them them.txt\nwant to thank her\n");
        io.read("", ReplIO.Mode.PASTE);
        io.read("", ReplIO.Mode.PASTE_MORE);
        assertThat(io.inputPending()).isFalse();
        assertThat(io.read("", ReplIO.Mode.COMMAND)).isEqualTo(new ReplIO.Line("/them them.txt"));
    }

    @Test
    void aBlankLineInsideAPastedPageBelongsToIt() {
        StreamIO io = of("Priya Raman\nDirector of Product\n\nAbout\nI build risk tools.\n");
        io.read("", ReplIO.Mode.PASTE);
        io.read("", ReplIO.Mode.PASTE_MORE);
        io.read("", ReplIO.Mode.PASTE_MORE);
        assertThat(io.inputPending()).isTrue();
        assertThat(io.read("", ReplIO.Mode.PASTE_MORE)).isEqualTo(new ReplIO.Line("About"));
    }
}
