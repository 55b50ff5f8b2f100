package dev.rapport.journal;

import dev.rapport.RapportException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing text of the journal, from messages.properties. */
final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.rapport.journal.messages", Locale.ROOT);

    private Messages() {
    }

    static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    static RapportException error(String key, Object... args) {
        return new RapportException(get(key, args), RapportException.INPUT, null);
    }
}
