package dev.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's fast-start training runs (made on the first run and by the Maven build) are rapport's
 * own: they must never write to the journal the user's RAPPORT_JOURNAL names, nor read the user's
 * settings or config.yaml. Run against a stand-in Java that records the environment each run gets.
 */
class LauncherTrainingRunsTest {
    @TempDir
    Path dir;

    @Test
    void trainingRunsSeeNoneOfTheUsersSettings() throws Exception {
        Path clone = cloneWithTheLauncher();
        Path runs = Files.createDirectories(dir.resolve("runs"));
        Path javaHome = standInJava(runs);
        Path user = dir.resolve("user");

        ProcessBuilder pb = new ProcessBuilder("bash", clone.resolve("rapport").toString(), "--prepare-start")
                .redirectErrorStream(true);
        pb.environment().putAll(Map.of("JAVA_HOME", javaHome.toString(),
                "HOME", user.toString(),
                "RAPPORT_JOURNAL", user.resolve("journal.db").toString(),
                "RAPPORT_ENGINE", "openai",
                "XDG_CONFIG_HOME", user.resolve("config").toString(),
                "XDG_DATA_HOME", user.resolve("data").toString()));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        List<String> trainingRuns = recorded(runs).stream().filter(run -> run.contains("\n-jar\n")).toList();
        assertThat(trainingRuns).as("a REPL session, a check and a draft").hasSize(3);
        Path scratch = clone.resolve("target/start/home");
        for (String run : trainingRuns) {
            Map<String, String> env = environment(run);
            assertThat(env.get("RAPPORT_JOURNAL")).as("the journal").startsWith(scratch.toString());
            for (String folder : List.of("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME")) {
                assertThat(env.get(folder)).as(folder).startsWith(scratch.toString());
            }
            assertThat(env).doesNotContainKey("RAPPORT_ENGINE");
        }
    }

    /** The variables a recorded run was given (the lines before its arguments). */
    private static Map<String, String> environment(String run) {
        return run.substring(0, run.indexOf("--args--")).lines().filter(l -> l.contains("="))
                .collect(java.util.stream.Collectors.toMap(l -> l.substring(0, l.indexOf('=')),
                        l -> l.substring(l.indexOf('=') + 1), (a, b) -> b));
    }

    /** The launcher, an empty jar and example pair 01 (the training runs' input). */
    private Path cloneWithTheLauncher() throws IOException {
        Path clone = Files.createDirectories(dir.resolve("clone"));
        Files.copy(Path.of("rapport"), clone.resolve("rapport"));
        Path pair = Files.createDirectories(clone.resolve("examples/pairs/01-former-colleagues"));
        for (String f : List.of("me.txt", "them.txt")) {
            Files.copy(Path.of("examples/pairs/01-former-colleagues", f), pair.resolve(f));
        }
        Files.createDirectories(clone.resolve("target"));
        Files.writeString(clone.resolve("target/rapport.jar"), "");
        return clone;
    }

    /** A JAVA_HOME for Java 17 whose java writes its environment and arguments to a file in {@code runs}. */
    private Path standInJava(Path runs) throws IOException {
        Path home = Files.createDirectories(dir.resolve("jdk"));
        Files.writeString(home.resolve("release"), "JAVA_RUNTIME_VERSION=\"17.0.99+1\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        // (each run in a file of its own: named by the process id alone, a later run could take an id freed by an earlier one
        // on a busy machine, where thread ids use up the same numbers, and overwrite its record; a fresh-clone CI run saw 1 of 3)
        Files.writeString(java, "#!/bin/sh\nf=$(mktemp '" + runs + "'/run.XXXXXXXX)\n{ env; echo --args--; printf '%s\\n' \"$@\"; } > \"$f\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private static List<String> recorded(Path runs) throws IOException {
        try (Stream<Path> files = Files.list(runs)) {
            return files.map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
