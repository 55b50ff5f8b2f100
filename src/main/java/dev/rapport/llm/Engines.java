package dev.rapport.llm;

import dev.rapport.draft.Drafter;

/**
 * The one door to the LLM engines. Nothing here touches LangChain4j until a remote engine is
 * opened, so offline users (and {@code rapport check}) never load it.
 */
public final class Engines {
    private Engines() {
    }

    /** The drafter for a configuration: the offline one, or an LLM drafter that falls back to it. */
    public static Drafter drafter(EngineConfig config, Wiring wiring, Usage usage) {
        return config.engine().isRemote() ? open(config, wiring, usage) : wiring.offline();
    }

    /** Opens a remote engine; pass the same {@link Usage} when switching engines to keep one tally per session. */
    public static LlmEngine open(EngineConfig config, Wiring wiring, Usage usage) {
        if (!config.engine().isRemote()) {
            throw new IllegalArgumentException("the offline engine is not an LLM engine");
        }
        return new LangChainEngine(config, wiring, usage == null ? new Usage() : usage);
    }
}
