package dev.rapport.etiquette;

import java.util.List;
import java.util.Map;

/**
 * A note longer than LinkedIn accepts, counted in code points as LinkedIn counts them. The span
 * covers the part past the limit, the text that would be cut.
 */
final class OverLengthCheck implements NoteCheck {
    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        int limit = note.ctx.limit() > 0 ? note.ctx.limit() : note.rules.defaultLimit();
        String text = note.note;
        int count = text.codePointCount(0, text.length());
        if (count <= limit) {
            return List.of();
        }
        Span overflow = new Span(text.offsetByCodePoints(0, limit), text.length());
        return List.of(note.finding(rule, rule.severity(), overflow, "message", "fix", Map.of(
                "count", Integer.toString(count), "limit", Integer.toString(limit),
                "over", Integer.toString(count - limit))));
    }
}
