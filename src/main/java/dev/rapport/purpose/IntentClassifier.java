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

    /**
     * The intents the model finds: every one at the threshold, or else the most probable one at the
     * fallback (unless the catalogue says an intent is never guessed that way).
     */
    static Set<Intent> classify(Map<String, Double> scores, Set<Intent> cues, IntentCatalogue.Classifier limits) {
        Set<Intent> out = EnumSet.noneOf(Intent.class);
        double limit = cues.isEmpty() ? limits.threshold() : Math.max(limits.threshold(), limits.besideCues());
        String best = null;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (e.getValue() >= limit) {
                Intent.fromLabel(e.getKey()).ifPresent(out::add);
            }
            if (best == null || e.getValue() > scores.get(best)) {
                best = e.getKey();
            }
        }
        if (out.isEmpty() && cues.isEmpty() && best != null && scores.get(best) >= limits.fallback()
                && !limits.fallbackNever().contains(best)) {
            Intent.fromLabel(best).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Settles a reading the corpus's labelling rules forbid: of each exclusive group (one never sells to,
     * hires and asks a job from the same person in one reason) the most probable intent stays, and
     * networking for its own sake means no other purpose.
     */
    static void settle(Set<Intent> intents, Map<String, Double> scores, IntentCatalogue.Classifier limits) {
        for (List<String> group : limits.exclusive()) {
            List<Intent> present = group.stream().map(Intent::fromLabel).flatMap(Optional::stream).filter(intents::contains).toList();
            if (present.size() > 1) {
                Intent keep = present.stream().max(java.util.Comparator.comparingDouble(i -> scores.getOrDefault(i.label(), 0.0))).orElseThrow();
                present.stream().filter(i -> i != keep).forEach(intents::remove);
            }
        }
        if (intents.size() > 1) {
            intents.remove(Intent.NETWORKING);
        }
    }
}
