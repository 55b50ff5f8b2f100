package dev.rapport.repl;

import dev.rapport.RapportException;
import dev.rapport.app.Advisor;
import dev.rapport.etiquette.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Starts the REPL: on a terminal through JLine, otherwise over the streams (a script on stdin runs
 * line by line and ends at end of input). The advisor (rules, phrase lists) loads in the background
 * while the greeting and the first prompt appear.
 */
public final class Repl {
    private Repl() {
    }

    public static int start(ReplEnvironment env, InputStream in, PrintWriter out, boolean terminal, boolean colour,
                            Supplier<Advisor> advisor) {
        Supplier<Advisor> loading = preload(advisor);
        if (!terminal) {
            return new Conversation(new StreamIO(in, out), loading, env).run();
        }
        TerminalIO io;
        try {
            io = TerminalIO.open(env, colour);
        } catch (IOException e) {
            throw new RapportException("cannot open the terminal: " + e.getMessage());
        }
        try (io) {
            Conversation conversation = new Conversation(io, loading, env);
            io.completeWith(new ReplCompleter(conversation.commands().getCommandSpec(), () -> ruleIds(loading)));
            return conversation.run();
        } catch (IOException e) {
            return 0; // closing the terminal failed after the session ended; nothing to report
        }
    }

    private static Collection<String> ruleIds(Supplier<Advisor> advisor) {
        try {
            return advisor.get().rules().all().stream().map(Rule::id).sorted().toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Starts loading now; the first call to get() waits for it and rethrows what the loading threw. */
    static Supplier<Advisor> preload(Supplier<Advisor> advisor) {
        CompletableFuture<Advisor> future = CompletableFuture.supplyAsync(advisor::get);
        return () -> {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw e;
            }
        };
    }
}
