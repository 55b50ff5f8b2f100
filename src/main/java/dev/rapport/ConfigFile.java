package dev.rapport;

import dev.rapport.io.InputKind;
import dev.rapport.io.InputFiles;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import dev.rapport.text.Bundle;
import dev.rapport.text.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The user's {@code config.yaml}: engine, model, base-url, prompts, redact, timeout-seconds and,
 * for people who prefer a file to the environment, api-key; journal (a file or "off"),
 * account ("free"), note-budget, embeddings, model-evidence ({@code false}: never ask an engine for evidence) and colour ({@code false}: never colour; "color" also
 * read). Every field is optional.
 */
public record ConfigFile(String engine, String model, @JsonProperty("base-url") String baseUrl,
                         String prompts, Boolean redact, @JsonProperty("timeout-seconds") Double timeoutSeconds,
                         @JsonProperty("api-key") String apiKey, String journal, String account,
                         @JsonProperty("note-budget") Integer noteBudget, Boolean embeddings,
                         @com.fasterxml.jackson.annotation.JsonAlias("color") Boolean colour,
                         @JsonProperty("model-evidence") Boolean modelEvidence) {

    public static final ConfigFile EMPTY = new ConfigFile(null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    /** A file without the model-evidence setting. */
    public ConfigFile(String engine, String model, String baseUrl, String prompts, Boolean redact, Double timeoutSeconds,
                      String apiKey, String journal, String account, Integer noteBudget, Boolean embeddings, Boolean colour) {
        this(engine, model, baseUrl, prompts, redact, timeoutSeconds, apiKey, journal, account, noteBudget, embeddings,
                colour, null);
    }
    private static final Bundle MESSAGES = new Bundle("dev.rapport.messages");

    /** $XDG_CONFIG_HOME/rapport/config.yaml, else ~/.config/rapport/config.yaml; empty when neither is known. */
    public static Optional<Path> location(Map<String, String> env) {
        return dev.rapport.Xdg.configDir(env).map(d -> d.resolve("config.yaml"));
    }

    /** The file named by the environment, or {@link #EMPTY} when there is none. */
    public static ConfigFile load(Map<String, String> env) {
        return location(env).filter(f -> InputFiles.type(f) != InputFiles.Type.MISSING).map(ConfigFile::read)
                .orElse(EMPTY);
    }

    public static ConfigFile read(Path file) {
        String text = "";
        try {
            text = InputFiles.readText(file, InputKind.CONFIG);
            if (text.isBlank()) {
                return EMPTY;
            }
            ConfigFile c = YamlReader.MAPPER.readValue(text, ConfigFile.class);
            return c == null ? EMPTY : c;
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw new RapportException(MESSAGES.get("config.bad", file, MESSAGES.get("config.unknown-key",
                    e.getPropertyName(), String.join(", ", KEYS), lineOf(text, e.getPropertyName(), e))));
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            String key = e.getPath().isEmpty() ? "?" : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw new RapportException(MESSAGES.get("config.bad", file, MESSAGES.get("config.wrong-type", key, lineOf(text, key, e))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // the parser's own words may quote the file's text, and a value may be a key: say only where
            throw new RapportException(MESSAGES.get("config.bad", file, MESSAGES.get("config.not-yaml", line(e))));
        }
    }

    private static final java.util.List<String> KEYS = java.util.List.of("engine", "model", "base-url", "prompts",
            "redact", "timeout-seconds", "api-key", "journal", "account", "note-budget", "embeddings", "colour",
            "model-evidence");

    /**
     * The line the key stands on: the parser reports where it stopped, which for a key and its value on the last line is
     * the line after it (a new user's one-line file was told "line 2").
     */
    private static String lineOf(String text, String key, JacksonException e) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*:.*")) {
                return String.valueOf(i + 1);
            }
        }
        return line(e);
    }

    private static String line(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "?" : String.valueOf(e.getLocation().getLineNr());
    }

    @Override
    public String toString() {
        return "ConfigFile[engine=" + engine + ", model=" + model + ", base-url=" + dev.rapport.text.Urls.printable(baseUrl) + "]";
    }
}
