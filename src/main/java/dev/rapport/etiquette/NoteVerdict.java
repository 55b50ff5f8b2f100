package dev.rapport.etiquette;

import java.util.Locale;

/** What to do with a note someone wrote: send it as it is, revise it, or not send it as written. */
public enum NoteVerdict {
    SEND, REVISE, DO_NOT_SEND;

    /** The id used in JSON and by the quiz: send, revise, do-not-send. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The verdict a set of findings earns: any error blocks the note, any warning asks for a revision. */
    public static NoteVerdict of(Iterable<Finding> findings) {
        NoteVerdict v = SEND;
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                return DO_NOT_SEND;
            }
            if (f.severity() == Severity.WARNING) {
                v = REVISE;
            }
        }
        return v;
    }

    public static java.util.Optional<NoteVerdict> parse(String id) {
        for (NoteVerdict v : values()) {
            if (v.id().equals(id)) {
                return java.util.Optional.of(v);
            }
        }
        return java.util.Optional.empty();
    }
}
