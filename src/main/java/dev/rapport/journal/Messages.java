package dev.rapport.journal;

import dev.rapport.text.Bundle;
import dev.rapport.RapportException;

/** User-facing text of the journal, from messages.properties. */
final class Messages {
    private static final Bundle BUNDLE = new Bundle("dev.rapport.journal.messages");

    private Messages() {
    }

    static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }

    static RapportException error(String key, Object... args) {
        return new RapportException(get(key, args), RapportException.INPUT, null);
    }
}
