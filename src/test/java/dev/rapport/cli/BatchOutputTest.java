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

    @Test
    void theResultsNeverOverwriteAnInputAndMachineRowsStayMachineReadable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        // a new user's --out over the targets' list replaced it with the results
        java.nio.file.Path leads = java.nio.file.Files.writeString(dir.resolve("leads.csv"), "name,profile\nPriya Raman,"
                + java.nio.file.Path.of(PAIR + "them.txt").toAbsolutePath() + "\n");
        String before = java.nio.file.Files.readString(leads);
        CliRun over = CliRun.on(LocalDate.of(2026, 11, 16), OFF, "batch", "--me", PAIR + "me.txt", "--why", "reconnect",
                leads.toString(), "--out", leads.toString());
        assertThat(over.exit).isEqualTo(2);
        assertThat(over.err).contains("is one of the inputs");
        assertThat(java.nio.file.Files.readString(leads)).isEqualTo(before);
        // JSON lines on stdout are all JSON: the summary goes to stderr
        CliRun jsonl = CliRun.on(LocalDate.of(2026, 11, 16), OFF, "batch", "--me", PAIR + "me.txt", "--why", "reconnect", "--format",
                "jsonl", PAIR + "them.txt");
        assertThat(jsonl.out.strip().lines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("{"));
        assertThat(jsonl.err).contains("Batch summary");
        // nothing readable: exit 1; the sender's own profile is no target
        assertThat(CliRun.on(LocalDate.of(2026, 11, 16), OFF, "batch", "--me", PAIR + "me.txt", "--why", "x",
                dir.resolve("missing.txt").toString()).exit).isEqualTo(1);
        CliRun self = CliRun.on(LocalDate.of(2026, 11, 16), OFF, "batch", "--me", PAIR + "me.txt", "--why", "x", PAIR + "me.txt");
        assertThat(self.out).contains("your own profile");
        assertThat(CliRun.on(LocalDate.of(2026, 11, 16), OFF, "batch", "--me", PAIR + "me.txt", "--why", "x", "--note-budget", "-1",
                PAIR + "them.txt").exit).isEqualTo(2);
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
