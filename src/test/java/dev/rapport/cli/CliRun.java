package dev.rapport.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process with every stream and the environment injected. */
final class CliRun {
    static final YearMonth TODAY = YearMonth.of(2026, 11);

    final int exit;
    final String out;
    final String err;

    private CliRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    static CliRun run(String... args) {
        return withInput("", Map.of(), args);
    }

    static CliRun withInput(String stdin, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> environment = new HashMap<>(env);
        Context ctx = new Context(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), environment, false,
                () -> TODAY.atDay(16));
        int exit = new Main(ctx).run(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** A run on a given day (the journal's clock) with this environment. */
    static CliRun on(LocalDate day, Map<String, String> env, String... args) {
        return script(day, env, "", args);
    }

    /** The same with {@code stdin} (no arguments and a script on stdin: the REPL line by line). */
    static CliRun script(LocalDate day, Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context ctx = new Context(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true),
                new PrintWriter(err, true), new HashMap<>(env), false, () -> day);
        int exit = new Main(ctx).run(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
