package dev.rapport.etiquette;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Findings for bad phrasing said in other words, added only where a rule's own phrases found
 * nothing. A paraphrased stock line is judged as the stock line is (a warning only when the note
 * names nothing specific), and then stands in for the generic finding, as the stock line does.
 */
final class Paraphrases {
    private Paraphrases() {
    }

    static void add(List<Finding> out, NoteMeaning meaning, NoteReading reading) {
        add(out, rule -> meaning.echoes(reading.note, rule), reading);
    }

    /** The same for any source of echoes, such as the trained sentence classifier. */
    static void add(List<Finding> out, Function<Rule, List<NoteMeaning.Echo>> source, NoteReading reading) {
        for (Rule rule : reading.rules.level(Rule.Level.NOTE)) {
            if (!rule.enabled() || out.stream().anyMatch(f -> f.rule().equals(rule.id()))) {
                continue;
            }
            for (NoteMeaning.Echo echo : source.apply(rule)) {
                Span span = new Span(echo.start(), echo.end());
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
