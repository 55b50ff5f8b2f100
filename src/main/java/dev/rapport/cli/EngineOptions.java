package dev.rapport.cli;

import dev.rapport.llm.EngineFlags;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which drafting engine to use; shared by draft and the REPL. Unset options fall back to env, then config.yaml. */
public final class EngineOptions {
    @Option(names = "--engine", paramLabel = "NAME",
            description = "Drafting engine: offline (default), openai, ollama, anthropic or gemini (also RAPPORT_ENGINE, or engine: in the config file).")
    String engine;

    @Option(names = "--model", paramLabel = "NAME", description = "Model name for the engine (also RAPPORT_MODEL).")
    String model;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Server address, e.g. http://127.0.0.1:1234/v1 for any OpenAI-compatible server (also RAPPORT_BASE_URL).")
    String baseUrl;

    @Option(names = "--prompts", paramLabel = "DIR", description = "Folder whose prompt files replace the built-in ones.")
    Path prompts;

    @Option(names = "--redact", description = "Remove e-mail addresses, phone numbers and links from profile text before it is sent to a model.")
    Boolean redact;

    @Option(names = "--no-model-evidence",
            description = "With an LLM engine, do not ask the model for evidence about the reason and the profiles (also RAPPORT_MODEL_EVIDENCE=0, or model-evidence: false in the config file).")
    Boolean noEvidence;

    public EngineFlags flags() {
        return new EngineFlags(engine, model, baseUrl, prompts, redact, noEvidence == null ? null : !noEvidence);
    }
}
