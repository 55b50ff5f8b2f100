package dev.rapport.purpose;

import java.util.Optional;
import java.util.Set;

/**
 * Evidence for intents beyond the cue patterns, such as similarity in meaning to the example
 * phrasings. It can only add: the cues (and their negation handling) stay authoritative.
 */
public interface IntentEvidence {
    IntentEvidence NONE = (text, lexical) -> Set.of();

    /** Intents the words suggest although no cue named them; {@code lexical} is what the cues found. */
    Set<Intent> more(String text, Set<Intent> lexical);

    /** The text's sentence embedding, when a model is loaded; the intent classifier then reads it too. */
    default Optional<float[]> vector(String text) {
        return Optional.empty();
    }
}
