package dev.rapport.adversarial;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.cli.Context;
import dev.rapport.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs many command lines in one child JVM, so that thirty bad inputs cost one JVM start instead
 * of thirty: each case gets its own streams (real files such as /dev/zero and /dev/full), its own
 * environment and its own wall-clock limit, through the same {@link Main} the launcher runs.
 * Usage: CliDriver SPEC.json RESULTS.json
 */
public final class CliDriver {
    /** One command line to run. */
    public record Spec(String name, List<String> args, Map<String, String> env, String stdin, String stdout,
                       long limitMillis) {
    }

    /** What it did. */
    public record Outcome(String name, int exit, String out, String err, boolean hung, long millis) {
    }

    private CliDriver() {
    }

    public static void main(String[] argv) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Spec> specs = List.of(json.readValue(Path.of(argv[0]).toFile(), Spec[].class));
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        List<Future<Outcome>> running = new ArrayList<>();
        for (Spec s : specs) {
            running.add(pool.submit(() -> run(s)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            try {
                outcomes.add(running.get(i).get(s.limitMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                outcomes.add(new Outcome(s.name(), -1, "", "", true, s.limitMillis()));
            }
        }
        json.writeValue(Path.of(argv[1]).toFile(), outcomes);
        System.exit(0);
    }

    private static Outcome run(Spec s) throws Exception {
        long start = System.nanoTime();
        InputStream in = s.stdin() == null ? new ByteArrayInputStream(new byte[0]) : new FileInputStream(s.stdin());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = s.stdout() == null ? new PrintWriter(out, true)
                : new PrintWriter(new OutputStreamWriter(new FileOutputStream(s.stdout()), StandardCharsets.UTF_8), true);
        Context ctx = new Context(in, outWriter, new PrintWriter(err, true), s.env(), false,
                LocalDate::now);
        int exit = new Main(ctx).run(s.args().toArray(String[]::new));
        in.close();
        return new Outcome(s.name(), exit, out.toString(), err.toString(), false,
                (System.nanoTime() - start) / 1_000_000);
    }
}
