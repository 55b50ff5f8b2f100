package dev.rapport.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.cli.CliAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real rapport process is killed in the middle of a batch; the next run finishes it without redoing or duplicating anything. */
class KilledBatchTest {
    static final int N = 600;

    @TempDir
    Path dir;

    @Test
    void aBatchKilledMidwayResumesWithEveryTargetCheckedOnce() throws Exception {
        Path folder = dir.resolve("targets");
        GeneratedTargets.write(folder, N);
        Path db = dir.resolve("journal.db");
        Path out = dir.resolve("results.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.rapport.cli.Main",
                "batch", "--me", GeneratedTargets.SENDER.toString(), "--why", GeneratedTargets.WHY,
                "--out", out.toString(), folder.toString());
        pb.environment().put("RAPPORT_JOURNAL", db.toString());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        LocalDate day = LocalDate.now();
        Process child = pb.start();
        int atKill;
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            int seen = 0;
            while (seen < 2 * BatchOptions.CHUNK && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
                seen = Files.exists(db) ? checks(db) : 0;
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        atKill = checks(db);
        assertThat(atKill).as(Files.readString(dir.resolve("child.log"))).isBetween(1, N - 1);

        CliAccess.Result resumed = CliAccess.run(day, Map.of("RAPPORT_JOURNAL", db.toString()),
                "batch", "--me", GeneratedTargets.SENDER.toString(), "--why", GeneratedTargets.WHY,
                "--out", out.toString(), folder.toString());
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(checks(db)).isEqualTo(N);
        assertThat(BatchTest.count(db, "SELECT COUNT(DISTINCT person_id) FROM checks")).isEqualTo(N);
        assertThat(BatchTest.count(db, "SELECT COUNT(*) FROM people")).isEqualTo(N);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(N + 1);
        int taken = Integer.parseInt(resumed.out().replaceAll("(?s).*checked, (\\d+) taken from today's journal.*", "$1"));
        assertThat(taken).isGreaterThanOrEqualTo(atKill).isLessThan(N);
    }

    private static int checks(Path db) throws Exception {
        try {
            return BatchTest.count(db, "SELECT COUNT(*) FROM checks");
        } catch (java.sql.SQLException e) {
            return 0; // the child has not created the tables yet
        }
    }
}
