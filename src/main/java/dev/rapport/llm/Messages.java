package dev.rapport.llm;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The llm package's user-facing lines, kept in one properties file. */
final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.rapport.llm.messages", Locale.ROOT);

    private Messages() {
    }

    static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
