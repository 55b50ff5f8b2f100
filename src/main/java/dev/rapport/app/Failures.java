package dev.rapport.app;

import dev.rapport.RapportException;
import dev.rapport.io.IoReasons;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one mapping from a failure to what the user reads and the exit code: a problem with the
 * input says what is wrong in words (exit 1, or 2 for usage); an input or output error names its
 * reason ("no space left on the device"); running out of memory or stack says so; anything else is
 * an internal error (exit 70). No message ever names a Java class.
 */
public final class Failures {
    public static final int INTERNAL = 70;

    /** One line (without the "rapport: " prefix) and the exit code. */
    public record Report(String line, int exitCode, boolean internal) {
    }

    private Failures() {
    }

    public static Report of(Throwable e) {
        if (e instanceof RapportException r) {
            return new Report(r.getMessage(), r.exitCode(), false);
        }
        if (e instanceof UncheckedIOException u) {
            return new Report(Messages.get("failure.io", IoReasons.of(u.getCause())), RapportException.INPUT, false);
        }
        if (e instanceof IOException io) {
            return new Report(Messages.get("failure.io", IoReasons.of(io)), RapportException.INPUT, false);
        }
        if (e instanceof OutOfMemoryError) {
            return new Report(Messages.get("failure.memory"), RapportException.INPUT, false);
        }
        if (e instanceof StackOverflowError) {
            return new Report(Messages.get("failure.stack"), RapportException.INPUT, false);
        }
        if (e.getCause() instanceof RapportException r && e.getCause() != e) {
            return of(r);
        }
        return new Report(Messages.get("failure.internal"), INTERNAL, true);
    }
}
