package dev.rapport.purpose;

import java.util.List;
import java.util.Set;

/**
 * What an LLM read in a reason and two profiles, after its answer was checked: only known intent
 * labels, and only quotes found verbatim in the text they claim to come from. It is evidence for the
 * rules to weigh ({@link WeighedEvidence}), never a decision. {@code discarded} counts what the check threw away.
 *
 * @param stated   the relationship the model quotes from the reason (kind as rapport names it), or none
 * @param negative sentences quoted from a profile or the reason that state a negative fact
 */
public record ModelEvidence(Set<Intent> intents, List<Purpose.StatedRelationship> stated, List<NegativeFact> negative,
                            int discarded) {

    public static final ModelEvidence NONE = new ModelEvidence(Set.of(), List.of(), List.of(), 0);

    /** Whose text a negative fact was quoted from. */
    public enum Source { REASON, SENDER, TARGET }

    /** "We have never used SAP", about "SAP", quoted from the target's profile. */
    public record NegativeFact(String text, String about, Source source) {
    }

    public ModelEvidence {
        intents = Set.copyOf(intents == null ? Set.of() : intents);
        stated = List.copyOf(stated == null ? List.of() : stated);
        negative = List.copyOf(negative == null ? List.of() : negative);
    }

    public boolean isEmpty() {
        return intents.isEmpty() && stated.isEmpty() && negative.isEmpty();
    }

    /** The target's own sentences the model reads as negative facts ("we have never used SAP"). */
    public List<String> targetNegatives() {
        return negative.stream().filter(n -> n.source() == Source.TARGET).map(NegativeFact::text).toList();
    }
}
