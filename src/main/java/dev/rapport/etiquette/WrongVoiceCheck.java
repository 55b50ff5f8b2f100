package dev.rapport.etiquette;

import dev.rapport.purpose.Intent;
import dev.rapport.purpose.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The note must speak as the sender: a job seeker never writes as the one hiring, and a recruiter
 * never as the one looking for a role. The sender's side comes from their reason, or failing that
 * from their headline.
 */
final class WrongVoiceCheck implements NoteCheck {
    private enum Side { SEEKER, HIRER, UNKNOWN }

    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        Side side = side(rule, note.ctx, note.book);
        List<Finding> out = new ArrayList<>();
        if (side == Side.UNKNOWN) {
            // Neither side is known: a note may still not claim a side that nothing says the sender is on.
            if (note.ctx.purpose() != null && !note.ctx.purpose().text().isBlank()) {
                flag(rule, note, "hiring-voice-patterns", "unknown-hiring-message", out);
                flag(rule, note, "seeking-voice-patterns", "unknown-seeking-message", out);
            }
            return out;
        }
        flag(rule, note, side == Side.SEEKER ? "hiring-voice-patterns" : "seeking-voice-patterns",
                side == Side.SEEKER ? "seeker-message" : "hirer-message", out);
        return out;
    }

    private static void flag(Rule rule, NoteReading note, String patterns, String key, List<Finding> out) {
        for (Span s : Span.merge(note.book.findPatterns(note.note, rule.phrases(patterns)))) {
            out.add(note.finding(rule, rule.severity(), s, key, "fix", Map.of("evidence", evidence(note.ctx))));
        }
    }

    private static Side side(Rule rule, NoteContext ctx, PatternBook book) {
        Purpose p = ctx.purpose();
        boolean seeks = p != null && p.has(Intent.JOB_SEEKING);
        boolean hires = p != null && p.has(Intent.HIRING);
        if (p != null && !book.findPatterns(p.text(), rule.phrases("seeker-reason-patterns")).isEmpty()) {
            return Side.SEEKER;
        }
        // (a recruiter's shorthand read as seeking: their headline settles it, a new user's "my next role" note scored 100)
        if (SenderSide.hirerReadAsSeeker(rule, ctx.me(), p, book)) {
            return Side.HIRER;
        }
        if (seeks != hires) {
            return seeks ? Side.SEEKER : Side.HIRER;
        }
        String headline = ctx.me() == null ? "" : ctx.me().headline();
        if (!book.findPatterns(headline, rule.phrases("hirer-headline-patterns")).isEmpty()) {
            return Side.HIRER;
        }
        if (!book.findPatterns(headline, rule.phrases("seeker-headline-patterns")).isEmpty()) {
            return Side.SEEKER;
        }
        return Side.UNKNOWN;
    }

    private static String evidence(NoteContext ctx) {
        Purpose p = ctx.purpose();
        if (p != null && !p.text().isBlank()) {
            return p.text();
        }
        return ctx.me() == null ? "" : ctx.me().headline();
    }
}
