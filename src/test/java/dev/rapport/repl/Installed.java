package dev.rapport.repl;

import java.io.IOException;

/** Whether a tool the end-to-end tests drive (tmux, util-linux script) is on this machine. */
final class Installed {
    private Installed() {
    }

    /** True when the command (a tool with its version flag) runs and exits 0. */
    static boolean tool(String... versionCommand) {
        try {
            Process p = new ProcessBuilder(versionCommand).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
