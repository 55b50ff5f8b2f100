package dev.rapport.draft;

import dev.rapport.purpose.Purpose;
import java.util.List;

/**
 * What a refinement did: the new plan (the same plan when nothing changed), the purpose (changed by
 * a correction of fact), whether the note changed, and a one-line report of what changed or why
 * nothing did. {@code answer} is true when the request was a question, answered in the report.
 * {@code edits} are the user's accepted edits the note now carries, in order, so that a later
 * correction of fact can apply them again (null only inside the refiner, before it is known).
 */
public record Refinement(NotePlan plan, Purpose purpose, boolean changed, boolean answer, String report, List<String> edits) {
    public Refinement {
        edits = edits == null ? null : List.copyOf(edits);
    }

    static Refinement changed(NotePlan plan, Purpose purpose, String report) {
        return new Refinement(plan, purpose, true, false, report, null);
    }

    static Refinement unchanged(NotePlan plan, Purpose purpose, String report) {
        return new Refinement(plan, purpose, false, false, report, null);
    }

    static Refinement answered(NotePlan plan, Purpose purpose, String report) {
        return new Refinement(plan, purpose, false, true, report, null);
    }

    Refinement withEdits(List<String> e) {
        return new Refinement(plan, purpose, changed, answer, report, e);
    }
}
