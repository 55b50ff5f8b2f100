package dev.rapport.cli;

import dev.rapport.app.Settings;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything the front ends take from the world: streams, environment, the one clock and whether a person
 * is at a terminal. Injected (as jshell's IOContext is) so that whole sessions run as unit tests.
 */
public record Context(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env,
                      boolean terminal, Supplier<LocalDate> date, Supplier<Settings> settings) {

    /** Every setting resolved once, when first needed, from this context's environment and config file. */
    public Context(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal,
                   Supplier<LocalDate> date) {
        this(in, out, err, env, terminal, date, dev.rapport.text.Lazy.of(() -> Settings.resolve(env, terminal)));
    }

    public static Context system() {
        boolean tty = System.console() != null;
        // System.out swallows its write errors and their cause; the writer over the descriptor reports
        // them through checkError and tells a closed pipe (normal use) from a full disk
        PrintWriter out = Stdout.over(new java.io.FileOutputStream(java.io.FileDescriptor.out), Charset.defaultCharset());
        return new Context(Stdin.of(System.in), out, new PrintWriter(System.err, true),
                System.getenv(), tty, LocalDate::now);
    }

    /** This month, from the one clock. */
    public Supplier<YearMonth> today() {
        return () -> YearMonth.from(date.get());
    }

    public String env(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /**
     * Colour only for a person at a real terminal who has not asked for none: the settings' answer
     * (environment, then config.yaml); the environment's alone when the config file cannot be read.
     */
    public boolean colour() {
        try {
            return settings.get().colour();
        } catch (RuntimeException e) {
            return Settings.colour(env, terminal);
        }
    }
}
