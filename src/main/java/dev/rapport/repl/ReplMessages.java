package dev.rapport.repl;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The REPL's user-facing text, from its own properties file. */
final class ReplMessages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.rapport.repl.messages", Locale.ROOT);

    private ReplMessages() {
    }

    static String get(String key, Object... args) {
        // always through MessageFormat, so that '' means one quote in every message alike
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
    }

    static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
