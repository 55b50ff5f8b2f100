package dev.rapport.language;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A trained classifier shipped as two label models: one over words only and one that also reads the
 * sentence embedding. Each is read on first use (never both unless both are asked for); the embedded
 * one answers whenever an embedding is at hand. Both the intent and the note-sentence classifier use this.
 */
public final class LabelModels {
    private final LazyModel<LabelModel> plain;
    private final LazyModel<LabelModel> embedded;

    public LabelModels(String plainPath, String embeddedPath) {
        this.plain = LazyModel.labelModel(plainPath);
        this.embedded = LazyModel.labelModel(embeddedPath);
    }

    /** The probability of each label for the text, with its cue evidence and, when present, its embedding. */
    public Map<String, Double> scores(String text, List<String> evidence, Optional<float[]> vector) {
        return vector.isPresent() ? embedded.get().scores(text, evidence, vector.get()) : plain.get().scores(text, evidence, null);
    }
}
