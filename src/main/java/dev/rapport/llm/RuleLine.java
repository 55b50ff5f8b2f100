package dev.rapport.llm;

import dev.rapport.etiquette.Rule;
import dev.rapport.etiquette.RuleSet;
import java.util.Collection;
import java.util.List;

/** A note-level rule as the model is told about it: the id and the first sentence of its rationale. */
public record RuleLine(String id, String summary) {

    public static List<RuleLine> noteRules(RuleSet rules) {
        return of(rules.all());
    }

    public static List<RuleLine> of(Collection<Rule> rules) {
        return rules.stream()
                .filter(r -> r.level() == Rule.Level.NOTE && r.enabled())
                .map(r -> new RuleLine(r.id(), firstSentence(r.title(), r.rationale())))
                .toList();
    }

    private static String firstSentence(String title, String rationale) {
        String text = rationale == null || rationale.isBlank() ? title : rationale.strip().replaceAll("\\s+", " ");
        int dot = text.indexOf(". ");
        return dot < 0 ? text : text.substring(0, dot + 1);
    }
}
