package dev.rapport.draft;

import dev.rapport.text.Bundle;

/** The draft package's user-facing lines, kept in one properties file. */
final class Messages {
    private static final Bundle BUNDLE = new Bundle("dev.rapport.draft.messages");

    private Messages() {
    }

    static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
