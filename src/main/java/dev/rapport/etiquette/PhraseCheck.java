package dev.rapport.etiquette;

import java.util.List;

/** A rule that is nothing but its phrases and patterns: each match is a finding. Users' own rules work this way too. */
final class PhraseCheck implements NoteCheck {
    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        return note.book.find(note.note, rule).stream().map(span -> asksForMoney(rule, note, span)
                ? note.finding(rule, rule.severity(), span, "money-message", "money-fix", java.util.Map.of())
                : note.finding(rule, span)).toList();
    }

    // "Would Salesforce sponsor our gala?", "support our work with a $100 gift": money asked for, said as such, not as a sale
    static final java.util.regex.Pattern MONEY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:sponsor|sponsorship|donat\\w*|gift|pledge|underwrite)\\b|\\bfund\\s+(?:our|my|us)\\b");

    private static boolean asksForMoney(Rule rule, NoteReading note, Span span) {
        return rule.id().equals("pitch") && MONEY.matcher(note.note.substring(span.start(), span.end())).find()
                && note.rules.messages().note(rule.id(), "money-message").isPresent();
    }
}
