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
        } catch (JacksonException e) {
            String why = e.getOriginalMessage() == null ? "not valid YAML" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new RapportException(Messages.get("config.bad", file, why));
        } catch (IOException e) {
            throw new RapportException(Messages.get("config.unreadable", file));
        }
    }

    @Override
    public String toString() {
        return "ConfigFile[engine=" + engine + ", model=" + model + ", base-url=" + baseUrl + "]";
    }
}
