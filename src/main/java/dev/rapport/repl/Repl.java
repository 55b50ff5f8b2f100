package dev.rapport.repl;

import dev.rapport.RapportException;
import dev.rapport.app.Advisor;
import dev.rapport.llm.EngineConfig;
import dev.rapport.llm.EngineFlags;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Starts the REPL: on a terminal through JLine, otherwise over the streams (a script on stdin runs
 * line by line and ends at end of input, with exit 1 when any of its lines was refused with an error). The advisor (rules, phrase lists) loads in the background
 * while the greeting and the first prompt appear.
 */
public final class Repl {
    private Repl() {
    }

    public static int start(ReplEnvironment env, InputStream in, PrintWriter out, boolean terminal, boolean colour,
                            Supplier<Advisor> advisor) {
        return start(env, in, out, terminal, colour, advisor, EngineFlags.NONE, flags -> EngineConfig.OFFLINE,
                dev.rapport.app.DraftOptions.PREMIUM_LIMIT);
    }

    /**
     * With the engine the command line chose ({@code flags}), resolved (now and on /engine) by {@code engine}, and
     * notes first drafted for {@code limit} characters.
     */
    public static int start(ReplEnvironment env, InputStream in, PrintWriter out, boolean terminal, boolean colour,
                            Supplier<Advisor> advisor, EngineFlags flags, Function<EngineFlags, EngineConfig> engine,
                            int limit) {
        if (!terminal) {
            // nobody reads a script's output as it runs: an error anywhere in it makes the exit code 1
            Conversation script = new Conversation(new StreamIO(in, out), advisor, env, flags, engine, limit);
            script.run();
            return script.failed() ? RapportException.INPUT : 0;
        }
        Preload loading = new Preload(advisor);
        TerminalIO io;
        try {
            io = TerminalIO.open(env, colour);
        } catch (IOException e) {
            throw new RapportException(ReplMessages.get("terminal.failed", e.getMessage()));
        }
        try (io) {
            io.whenFirstPromptIsUp(loading::start);
            Conversation conversation = new Conversation(io, loading, env, flags, engine, limit);
            io.completeWith(new ReplCompleter(conversation.commands().getCommandSpec()));
            return conversation.run();
        } catch (IOException e) {
            return 0; // closing the terminal failed after the session ended; nothing to report
        }
    }

    /**
     * Loads the advisor on another thread once started; get() waits for it (or loads it, if nobody
     * started it) and rethrows what loading threw. Started when the first prompt is up, because on a
     * busy machine loading alongside the start-up work only delays the prompt.
     */
    static final class Preload implements Supplier<Advisor> {
        private final Supplier<Advisor> advisor;
        private CompletableFuture<Advisor> future;

        Preload(Supplier<Advisor> advisor) {
            this.advisor = advisor;
        }

        synchronized void start() {
            if (future == null) {
                // the embedding model (when on) starts loading too, so the first check does not wait for it
                future = CompletableFuture.supplyAsync(() -> {
                    Advisor a = advisor.get();
                    a.warmUp();
                    return a;
                });
            }
        }

        @Override
        public Advisor get() {
            start();
            CompletableFuture<Advisor> f;
            synchronized (this) {
                f = future;
            }
            try {
                return f.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw e;
            }
        }
    }
}
