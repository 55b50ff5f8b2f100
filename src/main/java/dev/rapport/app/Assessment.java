package dev.rapport.app;

import dev.rapport.etiquette.Verdict;
import dev.rapport.draft.Note;
import dev.rapport.ground.CommonGround;
import dev.rapport.profile.Profile;
import dev.rapport.purpose.Purpose;
import java.util.List;

/**
 * The outcome of one check: who, why, what they share, the verdict, the notes that passed the
 * gate (empty unless the verdict is connect) and what to do instead or besides.
 * {@code notices} are one-line remarks for the user (e.g. a drafted note that the gate held back).
 */
public record Assessment(Profile me, Profile them, Purpose purpose, List<CommonGround> commonGround,
                         Verdict verdict, List<Note> notes, List<String> suggestions, List<String> notices) {
    public Assessment {
        commonGround = List.copyOf(commonGround);
        notes = List.copyOf(notes);
        suggestions = List.copyOf(suggestions);
        notices = List.copyOf(notices);
    }

    public Assessment withNotes(List<Note> newNotes, List<String> newNotices) {
        return new Assessment(me, them, purpose, commonGround, verdict, newNotes, suggestions, newNotices);
    }
}
