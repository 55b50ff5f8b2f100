package dev.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar's cold `check`, with the JVM listing every class it loads: rapport's own data is read from
 * the JSON the build wrote, so the YAML parser (SnakeYAML and Jackson's YAML format) never loads; it loads
 * when the user gives a rules file of their own, which is YAML.
 */
class CheckPathClassesIT {
    private static final String PAIR = "examples/pairs/01-former-colleagues";

    @TempDir
    Path home;

    @Test
    void aCheckLoadsNoYamlParserUntilTheUserGivesARulesFile() throws Exception {
        List<String> plain = loadedClasses("plain");
        assertThat(plain).as("classes loaded by a check").anyMatch(c -> c.startsWith("dev.rapport.etiquette.RuleSet"));
        assertThat(plain).noneMatch(c -> c.startsWith("org.yaml.snakeyaml.") || c.contains(".dataformat.yaml."));

        Path rules = Files.writeString(home.resolve("rules.yaml"), "rules:\n  - id: flattery\n    enabled: false\n");
        List<String> withRules = loadedClasses("rules", "--rules", rules.toString());
        assertThat(withRules).anyMatch(c -> c.startsWith("org.yaml.snakeyaml."));
    }

    private List<String> loadedClasses(String name, String... extra) throws IOException, InterruptedException {
        Path log = home.resolve(name + ".classes");
        Path pair = Path.of(PAIR).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xlog:class+load=info:file=" + log, "-jar",
                jar().toString(), "check", "--me", pair.resolve("me.txt").toString(), "--them",
                pair.resolve("them.txt").toString(), "--why", "we worked together at Stripewell and I would like to reconnect"));
        command.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.environment().put("RAPPORT_JOURNAL", "off");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("Verdict: connect");
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            int start = line.indexOf("] ");
            int end = line.indexOf(' ', start + 2);
            if (start >= 0 && end > start) {
                classes.add(line.substring(start + 2, end));
            }
        }
        return classes;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path jar() {
        return Path.of(System.getProperty("rapport.jar", "target/rapport.jar")).toAbsolutePath();
    }
}
