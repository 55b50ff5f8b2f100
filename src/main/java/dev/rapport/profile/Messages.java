package dev.rapport.profile;

import dev.rapport.RapportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The profile readers' one-line error messages, kept in messages.properties. */
final class Messages {
    private static final Properties TEXTS = load();

    private Messages() {
    }

    static String text(String key, Object... args) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("missing message " + key);
        }
        return String.format(pattern, args);
    }

    static RapportException error(String key, Object... args) {
        return new RapportException(text(key, args));
    }

    /** The person's name was not found in {@code source}. */
    static UnnamedProfileException noName(String source) {
        return noName("no.name", source);
    }

    /** The same, in the words of message {@code key} (a JSON Resume's name goes in basics.name, not on a first line). */
    static UnnamedProfileException noName(String key, String source, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = source;
        System.arraycopy(more, 0, args, 1, more.length);
        return new UnnamedProfileException(text(key, args));
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("messages.properties missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
