package dev.rapport.app;

import dev.rapport.text.Bundle;

/** User-facing text of the front ends, from one properties file (as jshell keeps its own). */
public final class Messages {
    private static final Bundle BUNDLE = new Bundle("dev.rapport.app.messages");

    private Messages() {
    }

    public static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
