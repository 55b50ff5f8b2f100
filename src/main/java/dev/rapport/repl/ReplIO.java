package dev.rapport.repl;

import dev.rapport.app.Styler;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything the conversation takes from and gives to the terminal, in the spirit of jshell's
 * IOContext: a real terminal (JLine), a script on stdin, or a test's scripted inputs all plug in here,
 * so a whole session runs as a unit test.
 */
public interface ReplIO {

    /** What one read brought: a line (a bracketed paste may hold several), a cancel (Ctrl-C) or the end (Ctrl-D, EOF). */
    sealed interface Input permits Line, Cancel, End {
    }

    record Line(String text) implements Input {
    }

    record Cancel() implements Input {
    }

    record End() implements Input {
    }

    /**
     * {@code PASTE} reads profile text: never completed, never kept in history. {@code PASTE_MORE} reads
     * the next line of a paste already begun, and on a terminal a short pause with nothing typed ends it.
     */
    enum Mode { COMMAND, PASTE, PASTE_MORE }

    Input read(String prompt, Mode mode);

    /** Prints text that is already styled and sanitised; the conversation adds the line breaks. */
    void print(String text);

    Styler styler();

    /** The terminal's width for word-wrapping output; 0 when there is no terminal (scripts, tests). */
    default int width() {
        return 0;
    }

    /** True when a multi-line paste arrives as one input (bracketed paste); otherwise a paste ends with "." or EOF. */
    boolean wholePastes();

    /** True when the last line read was one bracketed paste on its own, complete as it is (a one-paragraph bio too). */
    default boolean lastWasPaste() {
        return false;
    }

    /**
     * True when more input is already waiting (the rest of a paste arriving line by line); a blank line
     * then belongs to the paste. Scripts and tests always have more to read, so for them it is true.
     */
    default boolean inputPending() {
        return true;
    }

    /** Puts text on the system clipboard (OSC 52) when a real terminal can take it; false otherwise. */
    boolean copyToClipboard(String text);

    /** Keeps a line in the history. The conversation calls it only for commands and chat, never for profile text. */
    void record(String line);

    /** Runs work so that Ctrl-C can cancel it; empty when it was cancelled. */
    <T> Optional<T> cancellable(Supplier<T> work);

    /**
     * As {@link #cancellable(Supplier)}, and Ctrl-C also runs {@code onCancel} (which stops a model
     * request at once rather than waiting for the worker to notice the interrupt).
     */
    default <T> Optional<T> cancellable(Supplier<T> work, Runnable onCancel) {
        return cancellable(work);
    }

    /**
     * True on a real terminal that can show text as it arrives and erase it again with cursor
     * movement; false for scripts, pipes, dumb terminals and tests, which get only final results.
     */
    default boolean live() {
        return false;
    }
}
