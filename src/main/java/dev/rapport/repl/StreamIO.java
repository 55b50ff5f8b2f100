package dev.rapport.repl;

import dev.rapport.app.Styler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The REPL over plain streams, for scripts piped into {@code rapport}: one line per read, no prompts
 * (they would only clutter the output), no history, no clipboard, plain text.
 */
public final class StreamIO implements ReplIO {
    private final BufferedReader in;
    private final PrintWriter out;

    public StreamIO(InputStream in, PrintWriter out) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
    }

    @Override
    public Input read(String prompt, Mode mode) {
        try {
            String line = in.readLine();
            return line == null ? new End() : new Line(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void print(String text) {
        out.print(text);
        out.flush();
    }

    @Override
    public Styler styler() {
        return Styler.plain();
    }

    @Override
    public boolean wholePastes() {
        return false;
    }

    /**
     * A blank line inside a piped paste belongs to it (a profile page has blank lines), unless the next line is a command:
     * "/them FILE" after a pasted bio and a blank line ends the paste, as the prompt says (a scripted session's later lines
     * had all gone into the paste). The next line is looked at, not consumed.
     */
    @Override
    public boolean inputPending() {
        try {
            in.mark(NEXT_LINE);
            String next = in.readLine();
            in.reset();
            return next != null && !next.strip().startsWith("/");
        } catch (IOException e) {
            return true;
        }
    }

    private static final int NEXT_LINE = 64 * 1024;

    @Override
    public boolean copyToClipboard(String text) {
        return false;
    }

    @Override
    public void record(String line) {
        // a script is its own history
    }

    @Override
    public <T> Optional<T> cancellable(Supplier<T> work) {
        return Optional.of(work.get());
    }
}
