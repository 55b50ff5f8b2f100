package dev.rapport.llm;

import java.nio.file.Path;

/** What the user gave on the command line (or with /engine in the REPL); null means "not given". */
public record EngineFlags(String engine, String model, String baseUrl, Path prompts, Boolean redact, Boolean evidence) {
    public static final EngineFlags NONE = new EngineFlags(null, null, null, null, null, null);

    /** Flags without a word on the evidence call (the setting then comes from the environment or the file). */
    public EngineFlags(String engine, String model, String baseUrl, Path prompts, Boolean redact) {
        this(engine, model, baseUrl, prompts, redact, null);
    }

    public EngineFlags withEngine(String e) {
        return new EngineFlags(e, model, baseUrl, prompts, redact, evidence);
    }

    public EngineFlags withModel(String m) {
        return new EngineFlags(engine, m, baseUrl, prompts, redact, evidence);
    }
}
