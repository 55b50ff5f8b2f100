package dev.rapport.app;

import dev.rapport.etiquette.Critique;
import java.util.List;

/**
 * A critiqued note and what to send instead: {@code rewrite} is the note itself when it can be sent,
 * a gated draft from the recipient's profile when one could be written, and otherwise the note with
 * its problems cut out and marked gaps to fill in ({@link Rewrite}); none when the rules could not read the
 * note (another language).
 */
public record NoteReview(String note, Critique critique, String rewrite, Rewrite kind, int limit, List<String> notices) {
    public enum Rewrite {
        UNCHANGED, DRAFTED, REPAIRED, UNREAD;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public NoteReview {
        notices = List.copyOf(notices);
    }
}
