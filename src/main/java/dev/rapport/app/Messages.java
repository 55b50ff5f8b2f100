package dev.rapport.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing text of the front ends, from one properties file (as jshell keeps its own). */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.rapport.app.messages", Locale.ROOT);

    private Messages() {
    }

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
