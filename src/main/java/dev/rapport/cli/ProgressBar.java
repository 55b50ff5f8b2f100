package dev.rapport.cli;

import dev.rapport.batch.BatchRunner;
import dev.rapport.batch.Row;
import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn at most ten times a second; silent when stderr is not a terminal. */
final class ProgressBar implements BatchRunner.Progress {
    private static final int WIDTH = 30;
    private static final long EVERY_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long last;
    private int unreadable;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public void done(int done, int total, Row row) {
        if (row.failed()) {
            unreadable++;
        }
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String tail = unreadable == 0 ? "" : "  " + dev.rapport.app.Messages.get("cli.batch.progress-unreadable", unreadable);
        err.print("\r[" + bar + "] " + done + "/" + total + tail);
        if (done == total) {
            err.print("\r\u001B[2K");
        }
        err.flush();
    }
}
