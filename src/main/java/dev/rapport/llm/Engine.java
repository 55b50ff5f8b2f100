package dev.rapport.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The drafting engines a user can choose. Only {@link #OFFLINE} works without a network; the
 * others reach a model through LangChain4j. Defaults are the ones a first-time user most likely has.
 */
public enum Engine {
    OFFLINE("offline", "", "", null),
    OPENAI("openai", "gpt-4o-mini", "https://api.openai.com/v1", "OPENAI_API_KEY"),
    OLLAMA("ollama", "llama3.1", "http://localhost:11434", null),
    ANTHROPIC("anthropic", "claude-3-5-haiku-latest", "https://api.anthropic.com/v1", "ANTHROPIC_API_KEY"),
    GEMINI("gemini", "gemini-2.0-flash", "https://generativelanguage.googleapis.com/v1beta", "GEMINI_API_KEY");

    private final String id;
    private final String defaultModel;
    private final String defaultBaseUrl;
    private final String keyVariable;

    Engine(String id, String defaultModel, String defaultBaseUrl, String keyVariable) {
        this.id = id;
        this.defaultModel = defaultModel;
        this.defaultBaseUrl = defaultBaseUrl;
        this.keyVariable = keyVariable;
    }

    public String id() {
        return id;
    }

    public String defaultModel() {
        return defaultModel;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /** The environment variable holding this provider's API key; empty for engines that need none. */
    public Optional<String> keyVariable() {
        return Optional.ofNullable(keyVariable);
    }

    public boolean isRemote() {
        return this != OFFLINE;
    }

    public static Optional<Engine> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.id.equals(wanted)).findFirst();
    }

    public static String ids() {
        return String.join("|", Arrays.stream(values()).map(Engine::id).toList());
    }
}
