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

    /**
     * One structured question about the sender's reason and the two profiles (intents, a stated
     * relationship, negative facts), answered as JSON and checked against the text; evidence for the
     * rules to weigh, never a verdict. Asked at most once per reason and pair while the engine lives;
     * returns {@link EvidenceResult#NONE} when the configuration switches it off. Never throws and never
     * waits past its own deadline: a failure is one notice and no evidence.
     */
    EvidenceResult evidence(dev.rapport.profile.Profile me, dev.rapport.profile.Profile them, String reason);
}
