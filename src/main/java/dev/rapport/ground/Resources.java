package dev.rapport.ground;

import dev.rapport.text.BuiltIn;
import dev.rapport.RapportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Reads this package's built-in resources; a missing or broken one is a packaging fault, reported in one line. */
final class Resources {
    private Resources() {
    }

    static <T> T yaml(String name, Class<T> type) {
        return BuiltIn.read("/dev/rapport/ground/" + name, type);
    }

    static Properties properties(String name) {
        String path = "/dev/rapport/ground/" + name;
        Properties props = new Properties();
        try (InputStream in = open(path)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RapportException("built-in resource " + path + " cannot be read: " + e.getMessage(),
                    RapportException.INPUT, e);
        }
        return props;
    }

    private static InputStream open(String path) {
        InputStream in = Resources.class.getResourceAsStream(path);
        if (in == null) {
            throw new RapportException("built-in resource " + path + " is missing from the program");
        }
        return in;
    }
}
