package dev.rapport.cli;

import java.time.LocalDate;
import java.util.Map;

/** Lets tests in other packages run the command line in-process on a given day. */
public final class CliAccess {
    public record Result(int exit, String out, String err) {
    }

    private CliAccess() {
    }

    public static Result run(LocalDate day, Map<String, String> env, String... args) {
        CliRun r = CliRun.on(day, env, args);
        return new Result(r.exit, r.out, r.err);
    }
}
