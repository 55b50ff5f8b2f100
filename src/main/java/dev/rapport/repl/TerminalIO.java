package dev.rapport.repl;

import dev.rapport.app.Styler;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.Widget;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The thin adapter between the conversation and a real terminal: JLine's line editor with
 * bracketed paste, completion, a private history with Ctrl-R, Ctrl-C for input and for running work,
 * attributed colour and OSC 52. No conversation logic lives here.
 */
final class TerminalIO implements ReplIO, Closeable {
    private final Terminal terminal;
    private final LineReader reader;
    private final PrivateHistory history = new PrivateHistory();
    private final Styler styler;
    private final boolean dumb;
    private volatile Completer completer = (r, l, c) -> { };
    private volatile Mode mode = Mode.COMMAND;
    private ExecutorService worker;
    private Runnable firstPrompt;

    private TerminalIO(Terminal terminal, ReplEnvironment env, boolean colour) {
        this.terminal = terminal;
        this.dumb = terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB);
        this.styler = colour && !dumb ? new AttributedStyler(terminal) : Styler.plain();
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(false); // "I'm" in a reason is not an open quote
        parser.setEofOnEscapedNewLine(false);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("rapport")
                .parser(parser)
                .history(history)
                .completer((r, line, candidates) -> {
                    if (mode == Mode.COMMAND) {
                        completer.complete(r, line, candidates);
                    }
                })
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // "!" in pasted text stays "!"
                .option(LineReader.Option.BRACKETED_PASTE, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .variable(LineReader.HISTORY_SIZE, 1000);
        Path file = historyFile(env);
        StringBuilder notices = new StringBuilder();
        if (file != null) {
            HistoryFile.vetted(file, line -> notices.append(line).append('\n'))
                    .ifPresent(f -> builder.variable(LineReader.HISTORY_FILE, f));
        }
        this.reader = builder.build();
        if (notices.length() > 0) {
            terminal.writer().print(notices);
            terminal.writer().flush();
        }
        acceptWholePastes();
    }

    static TerminalIO open(ReplEnvironment env, boolean colour) throws IOException {
        Terminal terminal = TerminalBuilder.builder()
                .system(true)
                .nativeSignals(true)
                .signalHandler(Terminal.SignalHandler.SIG_IGN) // a stray Ctrl-C between reads must not kill the session
                .build();
        return new TerminalIO(terminal, env, colour);
    }

    /** Work to start once the first prompt is on the screen (and the person is reading, not waiting). */
    void whenFirstPromptIsUp(Runnable r) {
        this.firstPrompt = r;
    }

    void completeWith(Completer c) {
        this.completer = c;
    }

    /** A bracketed paste that holds a line break is a whole profile: accept it without waiting for Enter. */
    private void acceptWholePastes() {
        Widget begin = reader.getWidgets().get(LineReader.BEGIN_PASTE);
        if (begin == null) {
            return;
        }
        reader.getWidgets().put(LineReader.BEGIN_PASTE, () -> {
            boolean ok = begin.apply();
            if (reader.getBuffer().toString().indexOf('\n') >= 0) {
                reader.callWidget(LineReader.ACCEPT_LINE);
            }
            return ok;
        });
    }

    private static Path historyFile(ReplEnvironment env) {
        Path dir = env.dataDir();
        if (dir == null) {
            return null;
        }
        try {
            Files.createDirectories(dir);
            return dir.resolve("history");
        } catch (IOException | RuntimeException e) {
            return null; // no history is better than no REPL
        }
    }

    @Override
    public Input read(String prompt, Mode m) {
        this.mode = m;
        Runnable idle = firstPrompt;
        firstPrompt = null;
        try {
            if (idle != null) {
                // the prompt is drawn within readLine; the idle work starts alongside, not before it
                Thread starter = new Thread(idle, "rapport-idle");
                starter.setDaemon(true);
                starter.start();
            }
            return new Line(reader.readLine(prompt));
        } catch (UserInterruptException e) {
            // nothing typed is lost: the cancelled line is one Up-arrow away
            if (m == Mode.COMMAND && e.getPartialLine() != null) {
                history.keep(e.getPartialLine());
            }
            return new Cancel();
        } catch (EndOfFileException e) {
            if (m == Mode.COMMAND) {
                terminal.writer().println();
                terminal.flush();
            }
            return new End();
        } finally {
            this.mode = Mode.COMMAND;
        }
    }

    @Override
    public void print(String text) {
        terminal.writer().print(text);
        terminal.flush();
    }

    @Override
    public Styler styler() {
        return styler;
    }

    @Override
    public int width() {
        int w = terminal.getWidth();
        // one column spare: some terminals wrap early when a line fills the last column
        return w > 20 ? w - 1 : 0;
    }

    @Override
    public boolean live() {
        return !dumb;
    }

    @Override
    public boolean wholePastes() {
        return !dumb;
    }

    @Override
    public boolean copyToClipboard(String text) {
        if (dumb) {
            return false;
        }
        terminal.writer().print(Osc52.sequence(text));
        terminal.flush();
        return true;
    }

    @Override
    public void record(String line) {
        history.keep(line);
    }

    @Override
    public <T> Optional<T> cancellable(Supplier<T> work) {
        return cancellable(work, () -> { });
    }

    @Override
    public <T> Optional<T> cancellable(Supplier<T> work, Runnable onCancel) {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "rapport-work");
                t.setDaemon(true);
                return t;
            });
        }
        Future<T> future = worker.submit(work::get);
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> {
            onCancel.run();
            future.cancel(true);
        });
        try {
            return Optional.ofNullable(future.get());
        } catch (CancellationException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            history.save();
        } catch (IOException | RuntimeException e) {
            // losing history must not turn a clean exit into an error
        }
        if (worker != null) {
            worker.shutdownNow();
        }
        terminal.close();
    }
}
