package dev.rapport.journal;

import dev.rapport.draft.Note;
import dev.rapport.etiquette.Reason;
import java.time.LocalDate;
import java.util.List;

/** A check as the journal kept it, enough to report it again without redoing it (a resumed batch). */
public record StoredCheck(Person person, LocalDate day, String decision, int warrant, List<Reason> reasons,
                          List<Note> notes) {
    public StoredCheck {
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
    }
}
