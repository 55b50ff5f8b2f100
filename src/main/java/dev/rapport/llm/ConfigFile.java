package dev.rapport.llm;

import dev.rapport.io.InputKind;
import dev.rapport.io.InputFiles;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rapport.RapportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The user's {@code config.yaml}: engine, model, base-url, prompts, redact, timeout-seconds and,
 * for people who prefer a file to the environment, api-key. Every field is optional.
 */
public record ConfigFile(String engine, String model, @JsonProperty("base-url") String baseUrl,
                         String prompts, Boolean redact, @JsonProperty("timeout-seconds") Double timeoutSeconds,
                         @JsonProperty("api-key") String apiKey) {

    public static final ConfigFile EMPTY = new ConfigFile(null, null, null, null, null, null, null);

    /** Built only when a config file exists: Jackson's YAML costs start-up time that most launches need not pay. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** $XDG_CONFIG_HOME/rapport/config.yaml, else ~/.config/rapport/config.yaml; empty when neither is known. */
    public static Optional<Path> location(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "rapport", "config.yaml"));
        }
        String home = env.get("HOME");
        return home == null || home.isBlank() ? Optional.empty()
                : Optional.of(Path.of(home, ".config", "rapport", "config.yaml"));
    }

    /** The file named by the environment, or {@link #EMPTY} when there is none. */
    public static ConfigFile load(Map<String, String> env) {
        return location(env).filter(f -> InputFiles.type(f) != InputFiles.Type.MISSING).map(ConfigFile::read)
                .orElse(EMPTY);
    }

    public static ConfigFile read(Path file) {
        try {
            String text = InputFiles.readText(file, InputKind.CONFIG);
            if (text.isBlank()) {
                return EMPTY;
            }
            ConfigFile c = Yaml.MAPPER.readValue(text, ConfigFile.class);
            return c == null ? EMPTY : c;
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw new RapportException(Messages.get("config.bad", file, Messages.get("config.unknown-key",
                    e.getPropertyName(), String.join(", ", KEYS), line(e))));
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            String key = e.getPath().isEmpty() ? "?" : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw new RapportException(Messages.get("config.bad", file, Messages.get("config.wrong-type", key, line(e))));
        } catch (JacksonException e) {
            // the parser's own words may quote the file's text, and a value may be a key: say only where
            throw new RapportException(Messages.get("config.bad", file, Messages.get("config.not-yaml", line(e))));
        } catch (IOException e) {
            throw new RapportException(Messages.get("config.unreadable", file));
        }
    }

    private static final java.util.List<String> KEYS = java.util.List.of("engine", "model", "base-url", "prompts",
            "redact", "timeout-seconds", "api-key");

    private static String line(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "?" : String.valueOf(e.getLocation().getLineNr());
    }

    @Override
    public String toString() {
        return "ConfigFile[engine=" + engine + ", model=" + model + ", base-url=" + dev.rapport.text.Urls.printable(baseUrl) + "]";
    }
}
