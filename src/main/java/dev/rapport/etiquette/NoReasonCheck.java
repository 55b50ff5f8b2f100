package dev.rapport.etiquette;

import java.util.List;
import java.util.Map;

/**
 * The stock "add you to my network" line. It is a warning when the note gives nothing else; when
 * the note does name something specific the line is only wasted characters, which is worth an info.
 */
final class NoReasonCheck implements NoteCheck {
    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        if (note.note.isBlank()) {
            return List.of(note.finding(rule, rule.severity(), note.whole(), "empty-message", "fix", Map.of()));
        }
        List<Span> stock = stockLines(rule, note);
        boolean specific = note.hasSpecific();
        return stock.stream().map(span -> specific
                ? note.finding(rule, Severity.INFO, span, "stock-message", "stock-fix", Map.of())
                : note.finding(rule, span)).toList();
    }

    static List<Span> stockLines(Rule rule, NoteReading note) {
        return note.book.find(note.note, rule);
    }
}
