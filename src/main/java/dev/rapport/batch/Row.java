package dev.rapport.batch;

import dev.rapport.draft.Note;
import dev.rapport.etiquette.Reason;
import java.util.List;

/**
 * One target's outcome: its verdict, reasons and notes (only when the verdict is connect), or
 * the reason it could not be read. {@code resumed} says it was taken from today's journal
 * instead of being checked again; {@code notice} explains a connect without notes (the budget).
 */
public record Row(String source, String name, String verdict, int warrant, List<Reason> reasons, List<Note> notes,
                  List<String> suggestions, String error, boolean resumed, String notice) {
    public Row {
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
        suggestions = List.copyOf(suggestions);
    }

    public static Row unreadable(String source, String error) {
        return new Row(source, "", "", 0, List.of(), List.of(), List.of(), error, false, "");
    }

    public boolean failed() {
        return error != null;
    }

    /** They accepted an earlier invitation (the journal's follow-up): the verdict stays connect, with nothing to send. */
    public boolean alreadyConnected() {
        return reasons.stream().anyMatch(r -> r.rule().equals(dev.rapport.etiquette.OutreachRules.FOLLOW_UP));
    }
}
