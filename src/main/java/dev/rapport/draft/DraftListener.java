package dev.rapport.draft;

/**
 * Follows a streamed draft. Text arrives before the gate has seen it, so it is provisional: the
 * notes to show are the ones in the {@link Proposal}. When the gate sends an answer back,
 * {@link #onRetry} says why, and the next attempt's text follows.
 */
public interface DraftListener {
    DraftListener NONE = new DraftListener() {
    };

    /** A piece of note text as the model writes it; a note ends with "\n". */
    default void onText(String fragment) {
    }

    /** The answer did not pass; attempt {@code next} begins. */
    default void onRetry(int next, String why) {
    }

    /** A 429 wait before trying again. */
    default void onWait(java.time.Duration wait) {
    }
}
