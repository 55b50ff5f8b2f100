package dev.rapport.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class of bad input, through the real command line in a child JVM with a wall-clock limit:
 * it must never hang, never print a Java trace or class name, say what is wrong in at most three
 * lines, exit 1 (2 for usage), and lose nothing. The runs go three at a time, so the whole suite
 * costs a few seconds of wall clock.
 */
class AdversarialCliTest {
    private static final Duration LIMIT = Duration.ofSeconds(40);
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b|\\bjava\\.[a-z]+\\.|\\bdev\\.rapport\\.|^\\s+at [\\w.$]+\\(");
    private static final Path PAIR = Path.of("examples/pairs/01-former-colleagues").toAbsolutePath();
    private static final String ME = PAIR.resolve("me.txt").toString();
    private static final String THEM = PAIR.resolve("them.txt").toString();

    @TempDir
    static Path work;
    private static final List<LoopbackServer> SERVERS = new ArrayList<>();

    /** One bad input: the command, where stdin and stdout go, the exit expected, and what else must hold. */
    private record Case(String name, List<String> args, Map<String, String> env, String stdin, String stdout,
                        int exit, Consumer<ChildCli.Result> also) {
        /** Only the real launcher path sees a closed stdin or System.out on a full disk: those get a JVM each. */
        boolean ownJvm() {
            return "<&-".equals(stdin) || "/dev/full".equals(stdout) && args.contains("check");
        }
    }

    @BeforeAll
    static void files() throws Exception {
        Files.createDirectories(work.resolve("data"));
        Files.createDirectories(work.resolve("config"));
    }

    @AfterAll
    static void stopServers() throws IOException {
        for (LoopbackServer s : SERVERS) {
            s.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsCleanFastAndLosesNothing() throws Exception {
        List<Case> cases = cases();
        // the cases that need the real launcher path get a JVM each; all others share one driver JVM
        ExecutorService pool = Executors.newFixedThreadPool(3);
        Map<String, Future<ChildCli.Result>> own = new java.util.HashMap<>();
        List<CliDriver.Spec> specs = new ArrayList<>();
        for (Case c : cases) {
            if (c.ownJvm()) {
                own.put(c.name(), pool.submit(() -> ChildCli.run(work, c.env(), c.stdin(), c.stdout(), LIMIT,
                        c.args().toArray(String[]::new))));
            } else {
                Map<String, String> env = new java.util.HashMap<>(ChildCli.baseEnv(work));
                env.putAll(c.env());
                specs.add(new CliDriver.Spec(c.name(), c.args(), env, c.stdin() == null ? null : c.stdin().replaceFirst("^<", ""),
                        c.stdout(), LIMIT.toMillis()));
            }
        }
        ObjectMapper json = new ObjectMapper();
        Path spec = work.resolve("spec.json");
        Path results = work.resolve("results.json");
        json.writeValue(spec.toFile(), specs);
        ChildCli.Result driver = ChildCli.runMain(CliDriver.class.getName(), work, Map.of(), null, null,
                LIMIT.multipliedBy(2), spec.toString(), results.toString());
        assertThat(driver.hung()).as("the driver JVM hung: " + driver.err()).isFalse();
        assertThat(driver.exit()).as(driver.err()).isZero();
        Map<String, ChildCli.Result> shared = new java.util.HashMap<>();
        for (CliDriver.Outcome o : json.readValue(results.toFile(), CliDriver.Outcome[].class)) {
            shared.put(o.name(), new ChildCli.Result(o.exit(), o.out(), o.err(), o.hung(), Duration.ofMillis(o.millis())));
        }
        pool.shutdown();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            ChildCli.Result r = c.ownJvm() ? own.get(c.name()).get() : shared.get(c.name());
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                String shown = "stdout:\n" + r.out() + "\nstderr:\n" + r.err();
                assertThat(r.hung()).as("hung past %s: %s", LIMIT, shown).isFalse();
                assertThat(r.exit()).as(shown).isEqualTo(c.exit());
                assertThat(r.errLines().size()).as("at most three lines: " + shown).isLessThanOrEqualTo(3);
                for (String line : (r.err() + "\n" + r.out()).lines().toList()) {
                    assertThat(CLASS_NAME.matcher(line).find()).as("a Java name or trace in: " + line).isFalse();
                }
                c.also().accept(r);
            }));
        }
        return tests.stream();
    }

    private static List<Case> cases() throws Exception {
        List<Case> c = new ArrayList<>();
        Path fifo = work.resolve("pipe");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        Path folder = Files.createDirectories(work.resolve("a-folder"));
        Path binary = write("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 1, 2, 3});
        Path badUtf8 = write("rules-latin1.yaml", "rules:\n  - id: pitch\n    title: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Path bigRules = work.resolve("big-rules.yaml");
        try (OutputStream out = Files.newOutputStream(bigRules)) {
            out.write("rules:\n".getBytes(StandardCharsets.UTF_8));
            byte[] line = "# a comment line that repeats for a long while to make the file large\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 70_000; i++) {
                out.write(line);
            }
        }
        Path badJson = write("resume.json", "{\"basics\": {\"name\": \"Mei\",, }".getBytes(StandardCharsets.UTF_8));
        Path badCsv = write("Invitations.csv", "From,To,Sent At,Message,Direction\n\"Ana,\"Bo\n".getBytes(StandardCharsets.UTF_8));
        Path badYaml = write("rules.yaml", "rules:\n  - id: pitch\n    title: \"unclosed\n".getBytes(StandardCharsets.UTF_8));
        Path badZip = write("export.zip", new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9});
        Path bomb = work.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("messages.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros); // 200 MB inflated, never needed
            }
            zip.closeEntry();
        }
        Path runaway = write("runaway.yaml", """
                rules:
                  - id: runaway
                    level: note
                    title: A pattern that backtracks for ever
                    severity: warning
                    params:
                      patterns: ['(.*[aeiou]){12}[z]{3}', '(a|b)*[z][q]']
                """.getBytes(StandardCharsets.UTF_8));
        Path longNote = write("note.txt", ("Hi Ana, " + "ab".repeat(6000)).getBytes(StandardCharsets.UTF_8));
        Path corrupt = write("corrupt.db", "SQLite format 3\u0000 and then garbage, garbage, garbage".repeat(200)
                .getBytes(StandardCharsets.UTF_8));
        Path foreign = work.resolve("foreign.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)");
            s.execute("INSERT INTO accounts(owner) VALUES ('someone else')");
        }
        Path targets = Files.createDirectories(work.resolve("targets"));
        Files.copy(Path.of(THEM), targets.resolve("01-them.txt"));
        new ProcessBuilder("mkfifo", targets.resolve("02-pipe.txt").toString()).start().waitFor();
        Path notADir = write("not-a-dir", "x".getBytes(StandardCharsets.UTF_8));
        Path config = Files.createDirectories(work.resolve("config-bad/rapport"));
        Files.writeString(config.resolve("config.yaml"), "engine: openai\ntimeout-seconds: sk-abcdefghijklmnopqrstuvwx\n");

        List<String> pair = List.of("--me", ME, "--them", THEM, "--why", "we worked together at Stripewell");
        Map<String, String> noJournal = Map.of("RAPPORT_JOURNAL", "off");

        c.add(new Case("missing profile", List.of("check", "--me", "nope.txt", "--them", THEM), noJournal, null, null, 1,
                r -> assertThat(r.err()).contains("nope.txt").contains("not found")));
        c.add(new Case("folder as rules", concat(List.of("check", "--rules", folder.toString()), pair), noJournal, null, null, 1,
                r -> assertThat(r.err()).contains("is a folder")));
        c.add(new Case("named pipe as --me", List.of("check", "--me", fifo.toString(), "--them", THEM), noJournal, null, null, 1,
                r -> assertThat(r.err()).contains("named pipe")));
        c.add(new Case("named pipe as --rules", concat(List.of("draft", "--rules", fifo.toString()), pair), noJournal, null, null, 1,
                r -> assertThat(r.err()).contains("named pipe")));
        c.add(new Case("named pipe as critique --file", List.of("critique", "--file", fifo.toString()), noJournal, null, null, 1,
                r -> assertThat(r.err()).contains("named pipe")));
        c.add(new Case("/dev/zero as --rules", concat(List.of("check", "--rules", "/dev/zero"), pair), noJournal, null, null, 1,
                r -> assertThat(r.err()).contains("a device")));
        c.add(new Case("/dev/zero as critique --file", List.of("critique", "--file", "/dev/zero"), noJournal, null, null, 1,
                r -> assertThat(r.err()).contains("a device")));
        c.add(new Case("/dev/zero on stdin as --me", List.of("check", "--me", "-", "--them", THEM), noJournal, "</dev/zero", null, 1,
                r -> assertThat(r.err()).contains("larger than 1 MB")));
        c.add(new Case("/dev/zero on stdin for critique -", List.of("critique", "-"), noJournal, "</dev/zero", null, 1,
                r -> assertThat(r.err()).contains("larger than 16 KB")));
        c.add(new Case("closed stdin as --me", List.of("check", "--me", "-", "--them", THEM), noJournal, "<&-", null, 1,
                r -> assertThat(r.err()).contains("stdin").contains("closed").doesNotContain("larger than")));
        c.add(new Case("binary profile", List.of("check", "--me", binary.toString(), "--them", THEM), noJournal, null, null, 1,
                r -> assertThat(r.err()).contains("not a text file")));
        c.add(new Case("invalid UTF-8 rules", concat(List.of("check", "--rules", badUtf8.toString()), pair), noJournal, null, null, 1,
                r -> assertThat(r.err()).contains("not valid UTF-8")));
        c.add(new Case("over-size rules", concat(List.of("check", "--rules", bigRules.toString()), pair), noJournal, null, null, 1,
                r -> assertThat(r.err()).contains("larger than 4 MB")));
        c.add(new Case("malformed JSON Resume", List.of("check", "--me", badJson.toString(), "--them", THEM), noJournal, null, null, 1,
                r -> assertThat(r.err()).contains("not a valid JSON Resume")));
        c.add(new Case("malformed CSV import", List.of("import", badCsv.toString()),
                Map.of("RAPPORT_JOURNAL", work.resolve("import.db").toString()), null, null, 1,
                r -> assertThat(r.err()).contains("Invitations.csv")));
        c.add(new Case("malformed YAML rules", concat(List.of("check", "--rules", badYaml.toString()), pair), noJournal, null, null, 1,
                r -> assertThat(r.err()).contains("line 3")));
        c.add(new Case("malformed zip", List.of("check", "--me", badZip.toString(), "--them", THEM), noJournal, null, null, 1,
                r -> assertThat(r.err()).contains("zip")));
        c.add(new Case("zip whose unneeded entry inflates to 200 MB", List.of("check", "--me", bomb.toString(), "--them", THEM),
                noJournal, null, null, 1, r -> assertThat(r.err()).contains("no Profile.csv")));
        c.add(new Case("runaway regex in draft", concat(List.of("draft", "--rules", runaway.toString()), pair), noJournal, null, null, 0,
                r -> {
                    assertThat(r.err()).contains("'runaway'").contains("skipped");
                    assertThat(r.out()).contains("Notes");
                }));
        c.add(new Case("runaway regex in critique of a long note", List.of("critique", "--rules", runaway.toString(),
                "--file", longNote.toString()), noJournal, null, null, 0, r -> assertThat(r.err()).contains("'runaway'")));
        c.add(new Case("stdout is a full disk", concat(List.of("check"), pair), noJournal, null, "/dev/full", 1,
                r -> assertThat(r.err()).contains("could not be written")));
        c.add(new Case("draft output to a full disk", concat(List.of("draft"), pair), noJournal, null, "/dev/full", 1,
                r -> assertThat(r.err()).contains("could not be written")));
        Path journal = work.resolve("batch.db");
        c.add(new Case("batch --out to a full disk", List.of("batch", "--me", ME, "--why", "we worked together",
                "--out", "/dev/full", "--format", "csv", targets.resolve("01-them.txt").toString()),
                Map.of("RAPPORT_JOURNAL", journal.toString()), null, null, 1, r -> {
                    assertThat(r.err()).contains("/dev/full").contains("no space left");
                    assertThat(rows(journal, "SELECT COUNT(*) FROM checks")).as("the check is kept").isEqualTo(1);
                }));
        c.add(new Case("batch --out where a file is in the way", List.of("batch", "--me", ME, "--why", "we worked together",
                "--out", notADir.resolve("out.csv").toString(), targets.resolve("01-them.txt").toString()), noJournal, null, null, 1,
                r -> assertThat(r.err()).contains("out.csv")));
        c.add(new Case("batch with a named pipe among the targets", List.of("batch", "--me", ME, "--why", "we worked together",
                targets.toString()), noJournal, null, null, 0, r -> assertThat(r.out() + r.err()).contains("named pipe")));
        c.add(new Case("corrupt journal: warned, checked, unrecorded", concat(List.of("check"), pair),
                Map.of("RAPPORT_JOURNAL", corrupt.toString()), null, null, 0, r -> {
                    assertThat(r.err()).contains("warning").contains("not recorded");
                    assertThat(r.out()).contains("Verdict");
                }));
        c.add(new Case("foreign database as journal: refused, untouched", concat(List.of("check"), pair),
                Map.of("RAPPORT_JOURNAL", foreign.toString()), null, null, 0, r -> {
                    assertThat(r.err()).contains("another program");
                    assertThat(rows(foreign, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")).isEqualTo(1);
                }));
        c.add(new Case("log over a foreign database", List.of("log"), Map.of("RAPPORT_JOURNAL", foreign.toString()), null, null, 1,
                r -> assertThat(r.err()).contains("another program")));
        c.add(new Case("RAPPORT_TIMEOUT=1e16", concat(List.of("draft", "--engine", "openai", "--base-url", "http://127.0.0.1:9/v1"), pair),
                Map.of("RAPPORT_JOURNAL", "off", "RAPPORT_TIMEOUT", "1e16"), null, null, 2,
                r -> assertThat(r.err()).contains("from 1 to 600")));
        c.add(new Case("credentials in --base-url are never printed", concat(List.of("draft", "--engine", "openai",
                "--base-url", "http://bob:hunter2@127.0.0.1:9/v1?key=s3cret"), pair),
                Map.of("RAPPORT_JOURNAL", "off", "RAPPORT_TIMEOUT", "2"), null, null, 0,
                r -> assertThat(r.out() + r.err()).doesNotContain("hunter2").doesNotContain("s3cret").contains("127.0.0.1")));
        c.add(new Case("a key under the wrong config field is not echoed", concat(List.of("draft"), pair),
                Map.of("RAPPORT_JOURNAL", "off", "XDG_CONFIG_HOME", work.resolve("config-bad").toString(), "RAPPORT_ENGINE", "openai"),
                null, null, 1, r -> assertThat(r.err()).doesNotContain("sk-abc").contains("timeout-seconds")));
        for (LoopbackServer.Mode mode : LoopbackServer.Mode.values()) {
            LoopbackServer server = new LoopbackServer(mode);
            SERVERS.add(server);
            c.add(new Case("LLM server that sends headers, then " + mode.name().toLowerCase(java.util.Locale.ROOT),
                    concat(List.of("draft", "--engine", "openai", "--base-url", server.baseUrl()), pair),
                    Map.of("RAPPORT_JOURNAL", "off", "RAPPORT_TIMEOUT", "2", "OPENAI_API_KEY", "sk-test-key-that-is-long-enough"),
                    null, null, 0, r -> {
                        assertThat(r.took()).as("bounded by the deadline").isLessThan(Duration.ofSeconds(30));
                        assertThat(r.err()).contains("offline");
                        assertThat(r.out()).contains("Notes");
                    }));
        }
        return c;
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(work.resolve(name), bytes);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static int rows(Path db, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : -1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
