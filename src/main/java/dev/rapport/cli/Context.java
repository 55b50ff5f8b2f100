package dev.rapport.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything the front ends take from the world: streams, environment, clock and whether a person
 * is at a terminal. Injected (as jshell's IOContext is) so that whole sessions run as unit tests.
 */
public record Context(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env,
                      Supplier<YearMonth> today, boolean terminal, Supplier<LocalDate> date) {

    /**
     * Without a day clock (older callers): today's date when {@code today} is the current month,
     * else the first of that month, so that month and day never disagree.
     */
    public Context(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env,
                   Supplier<YearMonth> today, boolean terminal) {
        this(in, out, err, env, today, terminal, () -> {
            LocalDate now = LocalDate.now();
            YearMonth month = today.get();
            return YearMonth.from(now).equals(month) ? now : month.atDay(1);
        });
    }

    public static Context system() {
        boolean tty = System.console() != null;
        // System.out swallows its write errors; the writer over it reports them through checkError
        PrintWriter out = new PrintWriter(System.out, true) {
            @Override
            public boolean checkError() {
                return super.checkError() | System.out.checkError();
            }
        };
        return new Context(Stdin.of(System.in), out, new PrintWriter(System.err, true),
                System.getenv(), YearMonth::now, tty, LocalDate::now);
    }

    public String env(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** Colour only for a person at a real terminal who has not asked for none. */
    public boolean colour() {
        String term = env("TERM");
        return terminal && env("NO_COLOR") == null && !"dumb".equals(term);
    }
}
