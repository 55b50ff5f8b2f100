package dev.rapport.draft;

import java.util.List;

/**
 * Writes candidate invitation notes. Implementations (the offline drafter, an LLM engine) only
 * propose; the caller gates every candidate through the note rules before anyone sees it.
 */
public interface Drafter {
    List<Note> draft(DraftRequest request);

    /** A short name for status lines and JSON ("offline", "openai"). */
    String name();
}
