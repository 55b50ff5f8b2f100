package dev.rapport.etiquette;

import java.util.List;
import java.util.Optional;

/**
 * Recognises a rule's bad phrasing said in other words (e.g. by an embedding model): "I'd love to
 * understand your roadmap" is lead generation without any of the listed phrases. Optional: without
 * it the note rules behave exactly as their phrase lists say.
 */
public interface NoteMeaning {
    NoteMeaning NONE = (note, rule) -> List.of();

    /** A stretch [start, end) of the note in UTF-16 indices and how closely it echoes the rule's examples. */
    record Echo(int start, int end, double score) {
    }

    /** Stretches of the note that say what the rule's examples say; empty for rules it knows nothing about. */
    List<Echo> echoes(String note, Rule rule);

    /** A passage's sentence embedding, when a model is loaded; the note-sentence classifier then reads it too. */
    default Optional<float[]> vector(String text) {
        return Optional.empty();
    }
}
