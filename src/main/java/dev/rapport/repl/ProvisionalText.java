package dev.rapport.repl;

import dev.rapport.draft.DraftListener;
import dev.rapport.text.Sanitizer;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Shows a model's answer while it is being written: a small spinner until the first token, then the
 * text, dimmed under a line that marks it provisional. {@link #close} erases all of it again (cursor
 * up, clear line), so that what stays on the screen is only what the conversation prints afterwards:
 * the notes that passed the rules. It breaks lines itself before the terminal's edge, so it always
 * knows how many lines to erase. Off a live terminal it shows nothing.
 */
final class ProvisionalText implements DraftListener, Consumer<String>, AutoCloseable {
    private static final String FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
    private static final String CLEAR_LINE = "\r\u001B[2K";
    private static final String UP_AND_CLEAR = "\u001B[1A\u001B[2K";
    private static final long FRAME_MS = 100;

    private final ReplIO io;
    private final String header;
    private final boolean on;
    private final Object lock = new Object();
    private Thread spinner;
    private boolean spinning;
    private boolean started;
    private boolean closed;
    private int lines;
    private int column;

    private ProvisionalText(ReplIO io, String header, boolean on) {
        this.io = io;
        this.header = header;
        this.on = on;
    }

    /** Starts the spinner on a live terminal; elsewhere a view that shows nothing. */
    static ProvisionalText open(ReplIO io, String header, String waiting) {
        ProvisionalText view = new ProvisionalText(io, header, io.live());
        if (view.on) {
            view.spin(waiting);
        }
        return view;
    }

    private void spin(String waiting) {
        spinning = true;
        spinner = new Thread(() -> {
            for (int i = 0; ; i++) {
                synchronized (lock) {
                    if (!spinning) {
                        return;
                    }
                    io.print(CLEAR_LINE + FRAMES.charAt(i % FRAMES.length()) + " " + io.styler().dim(waiting));
                }
                try {
                    Thread.sleep(FRAME_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rapport-spinner");
        spinner.setDaemon(true);
        spinner.start();
    }

    /** Must hold the lock. */
    private void stopSpinner() {
        if (spinning) {
            spinning = false;
            spinner.interrupt();
            io.print(CLEAR_LINE);
        }
    }

    @Override
    public void onText(String fragment) {
        accept(fragment);
    }

    @Override
    public void accept(String fragment) {
        if (!on || fragment == null || fragment.isEmpty()) {
            return;
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            stopSpinner();
            if (!started) {
                started = true;
                io.print(io.styler().dim(header) + "\n");
                lines++;
            }
            write(Sanitizer.clean(fragment));
        }
    }

    @Override
    public void onRetry(int next, String why) {
        line(ReplMessages.get("engine.provisional.retry", next - 1));
    }

    @Override
    public void onWait(Duration wait) {
        line(ReplMessages.get("engine.provisional.wait", Math.max(1, (wait.toMillis() + 999) / 1000)));
    }

    private void line(String text) {
        if (!on) {
            return;
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            stopSpinner();
            if (column > 0) {
                newline();
            }
            write(text);
            newline();
        }
    }

    /** Must hold the lock. Dimmed, with line breaks of its own before the edge, so the terminal never wraps. */
    private void write(String text) {
        int width = io.width();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                flush(run);
                newline();
                continue;
            }
            if (cp == '\t') {
                cp = ' ';
            }
            if (width > 0 && column >= width) {
                flush(run);
                newline();
            }
            run.appendCodePoint(cp);
            column++;
        }
        flush(run);
    }

    private void flush(StringBuilder run) {
        if (run.length() > 0) {
            io.print(io.styler().dim(run.toString()));
            run.setLength(0);
        }
    }

    private void newline() {
        io.print("\n");
        lines++;
        column = 0;
    }

    /** Erases everything this view printed (and the spinner); the cursor ends where the view began. */
    @Override
    public void close() {
        if (!on) {
            return;
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            stopSpinner();
            StringBuilder erase = new StringBuilder(CLEAR_LINE);
            for (int i = 0; i < lines; i++) {
                erase.append(UP_AND_CLEAR);
            }
            io.print(erase.append('\r').toString());
        }
    }

    /** Lines printed so far (the header included), for tests. */
    int lines() {
        synchronized (lock) {
            return lines;
        }
    }
}
