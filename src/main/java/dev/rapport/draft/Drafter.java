package dev.rapport.draft;

import java.util.List;
import java.util.function.Consumer;

/**
 * The drafting port. Implementations (the offline drafter, the LLM adapter in {@code llm}) only
 * propose; the application's one gate vets every candidate against the note rules and the limit
 * before anyone sees it, and records what passed.
 *
 * <p>{@code vetting} tells a drafter what is wrong with a candidate, so that a model can be asked
 * again with the problems listed; it never makes a candidate shown, the gate does.
 */
public interface Drafter {
    /** A short name for status lines and JSON ("offline", "openai"). */
    String name();

    /** Candidate notes for the request, in one go. */
    List<Note> draft(DraftRequest request);

    /** Candidate notes, written in one go; a drafter that can try again uses {@code vetting} to hear why. */
    default Proposal draft(DraftRequest request, Vetting vetting) {
        return Proposal.written(draft(request));
    }

    /** Candidate notes, their text streamed to {@code listener} as it is written; {@code cancel} stops the work. */
    default Proposal stream(DraftRequest request, Vetting vetting, DraftListener listener, Cancellation cancel) {
        return draft(request, vetting);
    }

    /**
     * The notes rewritten as the user asked in their own words ({@code instruction}), with what
     * was said before about the same pair; the request carries the style the instruction implies.
     */
    default Proposal refine(DraftRequest request, String instruction, Vetting vetting, DraftListener listener,
                            Cancellation cancel) {
        return stream(request, vetting, listener, cancel);
    }

    /** A plain-text answer to a question about the verdict or the notes; a drafter without a model has none. */
    default Answer ask(DraftRequest request, String question, Consumer<String> tokens, Cancellation cancel) {
        return Answer.NONE;
    }

    /** Forgets what was said before (new profiles, a new reason, /reset). */
    default void forget() {
    }
}
