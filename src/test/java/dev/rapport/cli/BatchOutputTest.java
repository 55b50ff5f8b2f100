package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code batch} says on stderr: the missing reason, as draft and check say it, and nothing for a reader that stopped. */
class BatchOutputTest {
    private static final String PAIR = "examples/pairs/01-former-colleagues/";
    private static final Map<String, String> OFF = Map.of("RAPPORT_JOURNAL", "off");

    @Test
    void aBatchWithoutAReasonSaysSoAsDraftDoes() {
        CliRun run = CliRun.on(LocalDate.of(2026, 11, 16), OFF, "batch", "--me", PAIR + "me.txt", PAIR + "them.txt");
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.err).contains(dev.rapport.app.Messages.get("cli.no-why"));
        CliRun given = CliRun.on(LocalDate.of(2026, 11, 16), OFF, "batch", "--me", PAIR + "me.txt", "--why", "reconnect", PAIR + "them.txt");
        assertThat(given.err).doesNotContain(dev.rapport.app.Messages.get("cli.no-why"));
    }

    /** {@code rapport batch … | head -3}: the pipe closes under the batch, which is normal use. */
    @Test
    void aReaderThatStopsReadingEndsTheRunQuietly() {
        Outcome piped = batchInto(failingWith("Broken pipe"));
        assertThat(piped.err).doesNotContain(dev.rapport.app.Messages.get("cli.out-failed"));
        assertThat(piped.exit).isZero();
        Outcome full = batchInto(failingWith("No space left on device"));
        assertThat(full.err).contains(dev.rapport.app.Messages.get("cli.out-failed"));
        assertThat(full.exit).isNotZero();
    }

    private record Outcome(int exit, String err) {
    }

    private static Outcome batchInto(OutputStream stdout) {
        StringWriter err = new StringWriter();
        Context ctx = new Context(new ByteArrayInputStream(new byte[0]), Stdout.over(stdout, StandardCharsets.UTF_8),
                new PrintWriter(err, true), new HashMap<>(OFF), false, () -> LocalDate.of(2026, 11, 16));
        int exit = new Main(ctx).run("batch", "--me", PAIR + "me.txt", "--why", "reconnect", PAIR + "them.txt");
        return new Outcome(exit, err.toString());
    }

    private static OutputStream failingWith(String reason) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(reason);
            }
        };
    }
}
