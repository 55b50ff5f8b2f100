package dev.rapport.repl;

import dev.rapport.text.Bundle;

/** The REPL's user-facing text, from its own properties file. */
final class ReplMessages {
    private static final Bundle BUNDLE = new Bundle("dev.rapport.repl.messages");

    private ReplMessages() {
    }

    static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }

    static boolean has(String key) {
        return BUNDLE.has(key);
    }
}
