package dev.rapport.llm;

import dev.rapport.purpose.ModelEvidence;
import java.util.List;

/**
 * The model's checked evidence about one reason and pair, and what the user should be told about it
 * (the privacy notice, a failure, quotes that were dropped), one line each. On any failure the evidence is
 * {@link ModelEvidence#NONE} and the offline judgement stands.
 */
public record EvidenceResult(ModelEvidence evidence, List<String> notices) {
    public static final EvidenceResult NONE = new EvidenceResult(ModelEvidence.NONE, List.of());

    public EvidenceResult {
        evidence = evidence == null ? ModelEvidence.NONE : evidence;
        notices = List.copyOf(notices == null ? List.of() : notices);
    }
}
