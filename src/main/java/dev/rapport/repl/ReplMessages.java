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
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
