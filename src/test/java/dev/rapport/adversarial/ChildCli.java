package dev.rapport.adversarial;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real command line, {@code dev.rapport.cli.Main}, in a child JVM with a wall-clock limit,
 * as a user's shell would: real files, real stdin and stdout redirections, a real environment.
 */
final class ChildCli {
    /** What a run left behind; {@code hung} when it had to be killed at the limit. */
    record Result(int exit, String out, String err, boolean hung, Duration took) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private ChildCli() {
    }

    /**
     * {@code shellStdin} is a shell redirection for stdin ("< /dev/zero", "<&-") or null for an
     * empty one; {@code stdout} a file to send stdout to (e.g. /dev/full) or null to capture it.
     */
    static Result run(Path work, Map<String, String> env, String shellStdin, String stdout, Duration limit,
                      String... args) throws IOException, InterruptedException {
        return runMain("dev.rapport.cli.Main", work, env, shellStdin, stdout, limit, args);
    }

    static Result runMain(String mainClass, Path work, Map<String, String> env, String shellStdin, String stdout,
                          Duration limit, String... args) throws IOException, InterruptedException {
        List<String> java = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx384m", "-Xss512k",
                "-cp", System.getProperty("java.class.path"), mainClass));
        java.addAll(List.of(args));
        StringBuilder cmd = new StringBuilder("exec");
        for (String a : java) {
            cmd.append(' ').append(quote(a));
        }
        cmd.append(' ').append(shellStdin == null ? "</dev/null" : shellStdin);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        cmd.append(" >").append(quote(stdout == null ? out.toString() : stdout)).append(" 2>").append(quote(err.toString()));
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", cmd.toString()).directory(work.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().putAll(baseEnv(work));
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        boolean done = p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Result(done ? p.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), !done, took);
    }

    /** What every run sees: a home, data and config folders of its own, no embeddings, no colour. */
    static Map<String, String> baseEnv(Path work) {
        return Map.of("HOME", work.toString(), "XDG_DATA_HOME", work.resolve("data").toString(),
                "XDG_CONFIG_HOME", work.resolve("config").toString(), "RAPPORT_NO_EMBEDDINGS", "1", "NO_COLOR", "1");
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    static String classPathSeparator() {
        return File.pathSeparator;
    }
}
