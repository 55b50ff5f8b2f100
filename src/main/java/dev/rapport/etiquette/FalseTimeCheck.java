package dev.rapport.etiquette;

import dev.rapport.ground.CommonGround;
import dev.rapport.profile.Position;
import dev.rapport.profile.Profile;
import dev.rapport.profile.Volunteering;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claims about elapsed time must agree with the reason and the dates: a meeting last month is not
 * "a few years" ago, people who both still work somewhere have no "time at" it behind them, and
 * "last week" in the note cannot be "last month" in the reason.
 */
final class FalseTimeCheck implements NoteCheck {
    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        NoteContext ctx = note.ctx;
        Evidence evidence = note.evidence();
        String reason = evidence.reason();
        Optional<String> recent = rule.phrases("recent").stream().filter(evidence::inReason).findFirst();
        Optional<String> together = stillTogether(ctx);
        List<Finding> out = new ArrayList<>();
        for (Span s : Span.merge(note.book.findPhrases(note.note, rule.phrases("long-ago")))) {
            if (recent.isPresent()) {
                out.add(note.finding(rule, rule.severity(), s, "recent-message", "fix", Map.of("when", recent.get())));
            } else if (together.isPresent()) {
                out.add(note.finding(rule, rule.severity(), s, "together-message", "fix", Map.of("org", together.get())));
            }
        }
        if (together.isPresent()) {
            List<Span> past = new ArrayList<>(note.book.findPhrases(note.note, rule.phrases("past-together")));
            past.addAll(note.book.findPatterns(note.note, rule.phrases("past-together-patterns")));
            for (Span s : Span.merge(past)) {
                if (out.stream().noneMatch(f -> f.start() < s.end() && s.start() < f.end())) {
                    out.add(note.finding(rule, rule.severity(), s, "together-message", "fix", Map.of("org", together.get())));
                }
            }
        }
        if (!reason.isBlank()) {
            Optional<String> said = rule.phrases("when").stream().filter(evidence::inReason).findFirst();
            // "two months ago", "last year" in the reason against "last week" in the note (a trainer's critique with the reason
            // passed it, a second new user's session): a time of days or a week is not one of months or years
            java.util.regex.Matcher longer = MONTHS_OR_YEARS_AGO.matcher(reason);
            if (said.isEmpty() && longer.find()) {
                for (Span s : Span.merge(note.book.findPhrases(note.note, List.of("yesterday", "last week", "this week", "a few days ago",
                        "the other day", "days ago")))) {
                    out.add(note.finding(rule, rule.severity(), s, "when-message", "fix", Map.of("when", longer.group())));
                }
            }
            for (Span s : Span.merge(note.book.findPhrases(note.note, rule.phrases("when")))) {
                if (asksAhead(note.note, s)) {
                    // "Do you have 15 minutes this week?" asks about a time to come; it claims nothing about when a thing was
                    continue;
                }
                String claim = Evidence.normal(s.of(note.note));
                if (said.isPresent() && !Evidence.normal(said.get()).equals(claim)) {
                    out.add(note.finding(rule, rule.severity(), s, "when-message", "fix", Map.of("when", said.get())));
                }
            }
        }
        return out;
    }

    /** The span is in a question or a sentence about what is to come ("Would you have time this week?", "I'll send it this week"). */
    static boolean asksAhead(String note, Span s) {
        int from = s.start();
        while (from > 0 && ".!?\n".indexOf(note.charAt(from - 1)) < 0) {
            from--;
        }
        int to = s.end();
        while (to < note.length() && ".!?\n".indexOf(note.charAt(to)) < 0) {
            to++;
        }
        boolean question = to < note.length() && note.charAt(to) == '?';
        return question || AHEAD.matcher(note.substring(from, to)).find();
    }

    private static final java.util.regex.Pattern AHEAD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:will|'ll|’ll|would|could|shall|going to|plan to|hope to|free|available|around)\\b");

    private static final java.util.regex.Pattern MONTHS_OR_YEARS_AGO = java.util.regex.Pattern.compile(
            "(?i)\\b(?:(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of|many) (?:months|years|month|year) ago|last year)\\b");

    /** The organisation both still belong to (a current job or volunteering at the same place), if any. */
    static Optional<String> stillTogether(NoteContext ctx) {
        Profile me = ctx.me();
        Profile them = ctx.them();
        if (me != null && them != null) {
            for (Position mine : me.positions()) {
                for (Position theirs : them.positions()) {
                    if (mine.dates().isCurrent() && theirs.dates().isCurrent() && same(mine.company(), theirs.company())) {
                        return Optional.of(theirs.company());
                    }
                }
            }
            for (Volunteering mine : me.volunteering()) {
                for (Volunteering theirs : them.volunteering()) {
                    if (mine.dates().isCurrent() && theirs.dates().isCurrent() && same(mine.organisation(), theirs.organisation())) {
                        return Optional.of(theirs.organisation());
                    }
                }
            }
        }
        for (CommonGround g : ctx.ground()) {
            if (g.kind() != null && g.kind().isRelationship() && g.period().endsWith("present")) {
                return Optional.of(g.subject());
            }
        }
        return Optional.empty();
    }

    private static boolean same(String a, String b) {
        String x = Evidence.normal(a);
        return !x.isEmpty() && x.equals(Evidence.normal(b));
    }
}
