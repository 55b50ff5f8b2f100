package dev.rapport.llm;

import dev.rapport.text.Bundle;

/** The llm package's user-facing lines, kept in one properties file. */
final class Messages {
    private static final Bundle BUNDLE = new Bundle("dev.rapport.llm.messages");

    private Messages() {
    }

    static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
