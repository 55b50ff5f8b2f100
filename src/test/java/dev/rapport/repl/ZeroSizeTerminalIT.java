package dev.rapport.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar on a pseudo-terminal that reports 0 columns and 0 rows (util-linux `script` run
 * without a terminal of its own makes one, as some CI runners and container shells do): the REPL
 * falls back to 80 columns, shows a readable prompt and leaves on /quit.
 */
class ZeroSizeTerminalIT {
    @TempDir
    Path home;

    @Test
    void aTerminalWithoutASizeGetsEightyColumnsAndAWholePrompt() throws Exception {
        assumeTrue(Installed.tool("script", "--version"), "util-linux script is not installed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(System.getProperty("rapport.jar", "target/rapport.jar")).toAbsolutePath().toString();
        ProcessBuilder pb = new ProcessBuilder(List.of("script", "-qfc",
                "stty size; '" + java + "' -jar '" + jar + "'", "/dev/null"));
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        pb.environment().put("RAPPORT_JOURNAL", "off");
        pb.environment().put("TERM", "xterm-256color");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        StringBuilder screen = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                byte[] buf = new byte[4096];
                for (int n; (n = p.getInputStream().read(buf)) > 0; ) {
                    synchronized (screen) {
                        screen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.start();
        waitFor(screen, "rapport [300]>", p);
        OutputStream keys = p.getOutputStream();
        keys.write("/quit\r".getBytes(StandardCharsets.UTF_8));
        keys.flush();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the REPL left on /quit; screen:\n" + screen).isTrue();
        reader.join(5000);
        String s;
        synchronized (screen) {
            s = screen.toString();
        }
        assertThat(s).as("the pseudo-terminal had no size").contains("0 0");
        assertThat(s).contains("rapport [300]>").doesNotContain(">....");
    }

    private static void waitFor(StringBuilder screen, String text, Process p) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < end && p.isAlive()) {
            synchronized (screen) {
                if (screen.indexOf(text) >= 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        synchronized (screen) {
            throw new AssertionError("never showed " + text + "; screen:\n" + screen);
        }
    }
}
