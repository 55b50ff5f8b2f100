package dev.rapport.etiquette;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Findings for bad phrasing said in other words, added only where a rule's own phrases found
 * nothing (for a sale, in every sentence they did not cover). A paraphrased stock line is judged as the stock line is (a warning only when the note
 * names nothing specific), and then stands in for the generic finding, as the stock line does.
 */
final class Paraphrases {
    private static final java.util.Set<String> SELLING = java.util.Set.of("pitch", "lead-gen");

    private Paraphrases() {
    }

    static void add(List<Finding> out, NoteMeaning meaning, NoteReading reading) {
        // what the trained classifier lets through as selling nothing (praise, a shared past, a retold reason) the embedding's
        // nearest examples do not flag either: one reading of a sale, whichever model is loaded
        add(out, rule -> meaning.echoes(reading.note, rule).stream()
                .filter(e -> !SELLING.contains(rule.id()) || !SentenceClassifier.sellsNothing(reading.note.substring(e.start(), e.end()), reading))
                .toList(), reading);
    }

    /** The same for any source of echoes, such as the trained sentence classifier. */
    static void add(List<Finding> out, Function<Rule, List<NoteMeaning.Echo>> source, NoteReading reading) {
        for (Rule rule : reading.rules.level(Rule.Level.NOTE)) {
            List<Finding> own = out.stream().filter(f -> f.rule().equals(rule.id())).toList();
            // a sale is never half taken out: a selling sentence the phrases missed is flagged beside one they found
            // ("I help HR leaders cut onboarding time by 30%." before "Happy to share a case study")
            if (!rule.enabled() || !own.isEmpty() && !SELLING.contains(rule.id())) {
                continue;
            }
            for (NoteMeaning.Echo echo : source.apply(rule)) {
                Span span = new Span(echo.start(), echo.end());
                if (own.stream().anyMatch(f -> f.start() < span.end() && span.start() < f.end())) {
                    continue;
                }
                if (rule.id().equals("no-reason")) {
                    boolean specific = reading.hasSpecific();
                    out.add(specific ? reading.finding(rule, Severity.INFO, span, "stock-message", "stock-fix", Map.of())
                            : reading.finding(rule, span));
                    if (!specific) {
                        out.removeIf(f -> f.rule().equals("generic"));
                    }
                } else {
                    out.add(reading.finding(rule, span));
                }
            }
        }
    }
}
