package dev.rapport.batch;

import dev.rapport.text.Bundle;

/** User-facing text of batches, from messages.properties. */
final class Messages {
    private static final Bundle BUNDLE = new Bundle("dev.rapport.batch.messages");

    private Messages() {
    }

    static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
