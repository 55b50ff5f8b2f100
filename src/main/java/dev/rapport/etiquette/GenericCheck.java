package dev.rapport.etiquette;

import java.util.List;

/** A note that names nothing specific to the person. */
final class GenericCheck implements NoteCheck {
    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        if (note.note.isBlank() || note.hasSpecific()) {
            return List.of();
        }
        // A bare stock line is already reported by no-reason; one problem should give one finding.
        Rule noReason = note.rules.rule("no-reason").filter(Rule::enabled).orElse(null);
        if (noReason != null && !NoReasonCheck.stockLines(noReason, note).isEmpty()) {
            return List.of();
        }
        return List.of(note.finding(rule, note.whole()));
    }
}
