package dev.rapport.llm;

import dev.rapport.draft.Note;
import java.util.List;

/**
 * What a draft or refinement produced: the notes (gated, or the offline drafter's after a failure),
 * one-line notices for the user, whether the model's notes were used, and what the call cost.
 */
public record DraftResult(List<Note> notes, List<String> notices, Source source, Usage.Counts cost) {

    public enum Source { MODEL, OFFLINE_FALLBACK, CANCELLED }

    public DraftResult {
        notes = List.copyOf(notes);
        notices = List.copyOf(notices);
    }

    public boolean fellBack() {
        return source == Source.OFFLINE_FALLBACK;
    }

    public boolean cancelled() {
        return source == Source.CANCELLED;
    }
}
