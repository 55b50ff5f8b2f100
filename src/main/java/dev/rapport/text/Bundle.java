package dev.rapport.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One package's user-facing messages from its properties file. Every message goes through
 * MessageFormat, with or without arguments, so that '' means one quote in every file alike.
 */
public final class Bundle {
    private final ResourceBundle bundle;

    public Bundle(String name) {
        this.bundle = ResourceBundle.getBundle(name, Locale.ROOT);
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
