package dev.rapport.io;

import dev.rapport.text.Bundle;

/** The io package's words, from its messages.properties. */
final class Texts {
    private static final Bundle BUNDLE = new Bundle("dev.rapport.io.messages");

    private Texts() {
    }

    static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
