package dev.rapport.batch;

import dev.rapport.app.DraftOptions;

/**
 * How a batch runs: the sender's reason, the drafting options, whether to redo targets already
 * checked today ({@code again}), whether to draft past the month's note budget, and the budget
 * (personalised notes a month; 0 when none applies). {@code chunk} targets share one transaction.
 */
public record BatchOptions(String why, DraftOptions draft, boolean again, boolean ignoreBudget, int monthlyNotes,
                           int chunk) {
    public static final int CHUNK = 50;

    public BatchOptions {
        why = why == null ? "" : why;
        draft = draft == null ? DraftOptions.DEFAULT : draft;
        chunk = chunk <= 0 ? CHUNK : chunk;
    }
}
