package dev.rapport.repl;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The OSC 52 escape that asks the terminal (and tmux, ssh in between) to put text on the system clipboard. */
final class Osc52 {
    private Osc52() {
    }

    static String sequence(String text) {
        return "\u001B]52;c;" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\u0007";
    }
}
