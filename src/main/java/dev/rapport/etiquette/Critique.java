package dev.rapport.etiquette;

import java.util.List;

/**
 * A note graded against the rule set: a score out of 100, a verdict, the findings (each with its
 * span, explanation and fix) and {@code repaired}, the note with its offending parts taken out and
 * marked gaps where missing context belongs, for when no better rewrite can be drafted;
 * {@code repairGaps} says whether it has such gaps to fill in.
 */
public record Critique(String note, int score, NoteVerdict verdict, List<Finding> findings, String repaired, boolean repairGaps) {
    public Critique {
        findings = List.copyOf(findings);
    }

    /** The rule that reports a note in another language, which the other rules cannot read. */
    public static final String NOT_ENGLISH = "not-english";

    /** True when the rules could not read the note (another language): it gets no rewrite. */
    public boolean unread() {
        return unread(findings);
    }

    static boolean unread(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.rule().equals(NOT_ENGLISH));
    }

    /** Whether a finding concerns the whole note rather than a stretch of it. */
    public boolean wholeNote(Finding f) {
        return f.start() == 0 && f.end() == note.length() && !note.isEmpty();
    }
}
