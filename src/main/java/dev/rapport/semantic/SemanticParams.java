package dev.rapport.semantic;

import dev.rapport.text.BuiltIn;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The thresholds per use, the example phrasings per note rule and the one message, from semantic.yaml. */
record SemanticParams(Map<String, Use> uses, Map<String, List<String>> examples,
                      @JsonProperty("guard-words") List<String> guardWords,
                      @JsonProperty("note-thresholds") Map<String, Double> noteThresholds,
                      Map<String, String> messages) {
    static final String RESOURCE = "/dev/rapport/semantic/semantic.yaml";

    /** One use: whether it is on, its similarity threshold, and the extra numbers some uses need. */
    record Use(boolean enabled, double threshold, Double strong, Double margin, Double weight) {
        double strongOr(double fallback) {
            return strong == null ? fallback : strong;
        }

        double marginOr(double fallback) {
            return margin == null ? fallback : margin;
        }

        double weightOr(double fallback) {
            return weight == null ? fallback : weight;
        }
    }

    static final Use OFF = new Use(false, 1, null, null, null);

    private static final class Holder {
        static final SemanticParams BUILT_IN = load();
    }

    static SemanticParams builtIn() {
        return Holder.BUILT_IN;
    }

    Use use(String name) {
        return uses.getOrDefault(name, OFF);
    }

    List<String> examples(String ruleId) {
        return examples.getOrDefault(ruleId, List.of());
    }

    /** The same parameters with one use switched on or off (for measuring each use on its own). */
    SemanticParams with(String use, boolean enabled) {
        Map<String, Use> copy = new java.util.HashMap<>(uses);
        Use u = use(use);
        copy.put(use, new Use(enabled, u.threshold(), u.strong(), u.margin(), u.weight()));
        return new SemanticParams(Map.copyOf(copy), examples, guardWords, noteThresholds, messages);
    }

    double noteThreshold(String ruleId) {
        return noteThresholds.getOrDefault(ruleId, use("notes").threshold());
    }

    String message(String key, String reason) {
        return messages.getOrDefault(key, key).replace("{reason}", reason);
    }

    private static SemanticParams load() {
        SemanticParams p = BuiltIn.read(RESOURCE, SemanticParams.class);
        return new SemanticParams(Map.copyOf(p.uses()), Map.copyOf(p.examples()), List.copyOf(p.guardWords()),
                Map.copyOf(p.noteThresholds()), Map.copyOf(p.messages()));
    }
}
