package dev.rapport.batch;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing text of batches, from messages.properties. */
final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.rapport.batch.messages", Locale.ROOT);

    private Messages() {
    }

    static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
