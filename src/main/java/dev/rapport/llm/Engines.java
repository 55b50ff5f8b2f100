package dev.rapport.llm;

/**
 * The one door to the LLM engines. Nothing here touches LangChain4j until a remote engine is
 * opened, so offline users (and {@code rapport check}) never load it.
 */
public final class Engines {
    private Engines() {
    }

    /** Opens a remote engine; pass the same {@link Usage} when switching engines to keep one tally per session. */
    public static LlmEngine open(EngineConfig config, Wiring wiring, Usage usage) {
        if (!config.engine().isRemote()) {
            throw new IllegalArgumentException("the offline engine is not an LLM engine");
        }
        return new LangChainEngine(config, wiring, usage == null ? new Usage() : usage);
    }
}
