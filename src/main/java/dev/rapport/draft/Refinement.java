package dev.rapport.draft;

import dev.rapport.purpose.Purpose;

/**
 * What a refinement did: the new plan (the same plan when nothing changed), the purpose (changed by
 * a correction of fact), whether the note changed, and a one-line report of what changed or why
 * nothing did. {@code answer} is true when the request was a question, answered in the report.
 */
public record Refinement(NotePlan plan, Purpose purpose, boolean changed, boolean answer, String report) {
    static Refinement changed(NotePlan plan, Purpose purpose, String report) {
        return new Refinement(plan, purpose, true, false, report);
    }

    static Refinement unchanged(NotePlan plan, Purpose purpose, String report) {
        return new Refinement(plan, purpose, false, false, report);
    }

    static Refinement answered(NotePlan plan, Purpose purpose, String report) {
        return new Refinement(plan, purpose, false, true, report);
    }
}
