package dev.rapport.etiquette;

import java.util.List;

/** Runs every enabled note-level rule over a note; the same checker gates drafts and grades notes people bring. */
public final class NoteRules {
    private final RuleSet rules;

    public NoteRules(RuleSet rules) {
        this.rules = rules;
    }

    public List<Finding> check(String note, NoteContext context) {
        throw new UnsupportedOperationException("note rules not written yet");
    }

    /** A note may be shown only when no finding is a warning or worse. */
    public boolean passes(String note, NoteContext context) {
        return check(note, context).stream().allMatch(f -> f.severity() == Severity.INFO);
    }
}
