package dev.rapport.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.rapport.RapportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one loader of rapport's built-in data resources ({@code rules.yaml}, the phrase lists, the intents
 * and the rest). Each is written as YAML, and the build also writes it as JSON next to it
 * ({@code src/build/YamlToJson.java}); this class reads the JSON with Jackson's streaming parser and binds it
 * with {@link RecordBinder}, so neither the YAML parser nor Jackson's data binding loads for rapport's own data.
 * Where no JSON twin is on the class path (a resource of a test, or classes compiled without the build step)
 * the YAML itself is read, with the same binding. Unknown keys are an error either way. A missing or broken
 * resource is a packaging fault, reported in one line.
 */
public final class BuiltIn {
    private static final JsonFactory JSON = new JsonFactory();

    private BuiltIn() {
    }

    /** The resource at {@code yamlPath} (absolute, ending in .yaml) bound to {@code type}. */
    public static <T> T read(String yamlPath, Class<T> type) {
        try {
            Optional<T> compiled = compiled(yamlPath, type);
            if (compiled.isPresent()) {
                return compiled.get();
            }
            try (JsonParser yaml = YamlReader.MAPPER.getFactory().createParser(text(yamlPath))) {
                return bound(yaml, type);
            }
        } catch (IOException e) {
            throw new RapportException("built-in resource " + yamlPath + " cannot be read: " + oneLine(e),
                    RapportException.INPUT, e);
        }
    }

    /**
     * The resource's JSON twin bound to {@code type}, or empty when the build wrote none; a caller with its
     * own YAML handling (rules, whose errors name the line) falls back to {@link #text} then.
     */
    public static <T> Optional<T> compiled(String yamlPath, Class<T> type) throws IOException {
        try (InputStream in = BuiltIn.class.getResourceAsStream(twin(yamlPath))) {
            if (in == null) {
                return Optional.empty();
            }
            try (JsonParser json = JSON.createParser(in)) {
                return Optional.ofNullable(bound(json, type));
            }
        }
    }

    private static <T> T bound(JsonParser parser, Class<T> type) throws IOException {
        return type.cast(RecordBinder.bind(RecordBinder.read(parser), type, ""));
    }

    /** The resource's own text (the YAML as written). */
    public static String text(String yamlPath) {
        try (InputStream in = BuiltIn.class.getResourceAsStream(yamlPath)) {
            if (in == null) {
                throw new RapportException("built-in resource " + yamlPath + " is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RapportException("built-in resource " + yamlPath + " cannot be read: " + oneLine(e),
                    RapportException.INPUT, e);
        }
    }

    static String twin(String yamlPath) {
        if (!yamlPath.endsWith(".yaml")) {
            throw new IllegalArgumentException("not a YAML resource: " + yamlPath);
        }
        return yamlPath.substring(0, yamlPath.length() - ".yaml".length()) + ".json";
    }

    private static String oneLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
