package dev.rapport.app;

import dev.rapport.etiquette.NoteBudget;
import dev.rapport.etiquette.OutreachHistory;
import dev.rapport.profile.Profile;
import java.time.LocalDate;

/**
 * Where the {@link Advisor} reads the user's past outreach and records each check and note. The
 * SQLite journal implements it at the edge; {@link #NONE} keeps the advisor free of any storage.
 */
public interface OutreachLog {
    OutreachHistory history(Profile them, LocalDate today);

    /** One check, with the notes that passed the gate (none unless the verdict is connect). */
    void recordCheck(Assessment checked, LocalDate day);

    /** Notes drafted again for an earlier check of the same person (a REPL refinement). */
    void recordNotes(Assessment drafted, LocalDate day);

    NoteBudget budget(LocalDate today);

    OutreachLog NONE = new OutreachLog() {
        @Override
        public OutreachHistory history(Profile them, LocalDate today) {
            return OutreachHistory.none(today);
        }

        @Override
        public void recordCheck(Assessment checked, LocalDate day) {
        }

        @Override
        public void recordNotes(Assessment drafted, LocalDate day) {
        }

        @Override
        public NoteBudget budget(LocalDate today) {
            return NoteBudget.none(today);
        }
    };
}
