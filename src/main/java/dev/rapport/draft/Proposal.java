package dev.rapport.draft;

import java.util.List;

/**
 * What a drafter proposed: candidate notes (not yet vetted), one-line notices for the user, and
 * whether the drafter wrote them, fell back to the offline drafter, or was cancelled.
 */
public record Proposal(List<Note> notes, List<String> notices, Outcome outcome) {

    public enum Outcome { WRITTEN, FELL_BACK, CANCELLED }

    public Proposal {
        notes = List.copyOf(notes);
        notices = List.copyOf(notices);
    }

    public static Proposal written(List<Note> notes) {
        return new Proposal(notes, List.of(), Outcome.WRITTEN);
    }

    public boolean cancelled() {
        return outcome == Outcome.CANCELLED;
    }

    public boolean fellBack() {
        return outcome == Outcome.FELL_BACK;
    }
}
