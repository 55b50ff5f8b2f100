package dev.rapport.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that exits while the embedding model loads in the background waits for the load to end:
 * exiting while ONNX Runtime builds its session crashed the JVM in native code (seen when a `check`
 * ended before the model it had started loading was ready), printing a fatal-error report and
 * leaving an hs_err file in the user's folder.
 */
class ExitWaitsForTheLoaderTest {
    @TempDir
    Path dir;

    @Test
    void exitWaitsForABackgroundLoadToFinish() throws Exception {
        Path marker = dir.resolve("loaded");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                ExitWhileLoading.class.getName(), marker.toString())).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(marker).as("the loader finished before the process ended").exists();
    }
}
