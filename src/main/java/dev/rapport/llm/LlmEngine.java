package dev.rapport.llm;

import dev.rapport.draft.Drafter;

/**
 * An LLM engine: the {@link Drafter} port over LangChain4j. Its signatures name no LangChain4j
 * type, so holding one costs nothing until a call is made. Obtain one from {@link Engines#open}.
 * Every method returns normally: failures come back as a one-line notice plus the offline notes.
 */
public interface LlmEngine extends Drafter {
    EngineConfig config();

    @Override
    default String name() {
        return config().engine().id();
    }

    /** Calls and tokens so far (shared with whatever engine was opened with the same {@link Usage}). */
    Usage usage();
}
