package dev.rapport.app;

/**
 * A draft, redraft or refinement through the gate: the assessment with the notes that passed (and
 * the notices), or, when the user cancelled, the assessment as it was before with the notices so far.
 */
public record Drafting(Assessment assessment, boolean cancelled) {
}
