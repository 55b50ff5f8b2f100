package dev.rapport.llm;

import dev.rapport.draft.DraftRequest;
import dev.rapport.draft.Drafter;

/**
 * An LLM engine as the command line and the REPL use it. Its signatures name no LangChain4j type,
 * so holding one costs nothing until a call is made. Obtain one from {@link Engines#open}.
 * Every method returns normally: failures come back as a one-line notice plus the offline notes.
 */
public interface LlmEngine {
    EngineConfig config();

    default String name() {
        return config().engine().id();
    }

    /** A {@link Drafter} for the facade: not streamed, notices go to the wiring's notice sink. */
    Drafter drafter();

    /** One gated draft, streamed to {@code listener}; Ctrl-C calls {@code cancel.cancel()}. */
    DraftResult draft(DraftRequest request, DraftListener listener, Cancellation cancel);

    /** A conversation about one pair, for refinements and questions, with its own memory. */
    ChatSession session(DraftRequest request);

    /** For follow-first: a drafted comment on the recipient's most recent post. */
    Reply comment(DraftRequest request, Cancellation cancel);

    /** Calls and tokens so far (shared with whatever engine was opened with the same {@link Usage}). */
    Usage usage();
}
