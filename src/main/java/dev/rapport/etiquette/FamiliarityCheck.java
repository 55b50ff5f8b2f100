package dev.rapport.etiquette;

import java.util.List;

/**
 * Claims of a past exchange. With both people known, any such claim needs shared history on
 * record; with nothing known, only the blatant fake follow-ups are flagged, since the claim
 * might be true.
 */
final class FamiliarityCheck implements NoteCheck {
    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        NoteContext ctx = note.ctx;
        boolean known = ctx.me() != null && ctx.them() != null;
        if (known && ctx.ground().stream().anyMatch(g -> g.kind().isRelationship())) {
            return List.of();
        }
        List<String> phrases = known ? rule.phrases("phrases") : rule.phrases("blatant");
        return Span.merge(note.book.findPhrases(note.note, phrases)).stream()
                .map(span -> note.finding(rule, span)).toList();
    }
}
