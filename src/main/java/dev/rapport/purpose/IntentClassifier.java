package dev.rapport.purpose;

import dev.rapport.language.LabelModels;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The trained intent classifier: a binary maximum-entropy model per intent over the reason's words
 * and word pairs, with the cue patterns that matched as features of their own (so the model learns
 * how far each cue can be trusted). A second model also reads the sentence embedding and is used when
 * one is at hand. Both are built by the training command from the corpus's train split (README,
 * "Reading the reason") and load lazily, once per JVM.
 */
final class IntentClassifier {
    static final String MODEL = "/dev/rapport/purpose/intents.model";
    static final String EMBEDDED_MODEL = "/dev/rapport/purpose/intents-embedded.model";

    private IntentClassifier() {
    }

    private static final LabelModels MODELS = new LabelModels(MODEL, EMBEDDED_MODEL);

    /** The cue evidence as the model's features name it. */
    static List<String> evidence(Set<Intent> cues) {
        return cues.stream().map(Intent::label).sorted().toList();
    }

    /** The probability of each intent for the text. */
    static Map<String, Double> scores(String text, Set<Intent> cues, Optional<float[]> vector) {
        return MODELS.scores(text, evidence(cues), vector);
    }

    /** The intents the model finds: every one at the threshold, or else the most probable one at the fallback. */
    static Set<Intent> classify(String text, Set<Intent> cues, Optional<float[]> vector, IntentCatalogue.Classifier limits) {
        Set<Intent> out = EnumSet.noneOf(Intent.class);
        Map<String, Double> scores = scores(text, cues, vector);
        String best = null;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (e.getValue() >= (cues.isEmpty() ? limits.threshold() : Math.max(limits.threshold(), limits.besideCues()))) {
                Intent.fromLabel(e.getKey()).ifPresent(out::add);
            }
            if (best == null || e.getValue() > scores.get(best)) {
                best = e.getKey();
            }
        }
        if (out.isEmpty() && best != null && scores.get(best) >= limits.fallback()) {
            Intent.fromLabel(best).ifPresent(out::add);
        }
        return out;
    }
}
