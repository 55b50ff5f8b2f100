package dev.rapport.etiquette;

import java.util.List;

/** A rule that is nothing but its phrases and patterns: each match is a finding. Users' own rules work this way too. */
final class PhraseCheck implements NoteCheck {
    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        return note.book.find(note.note, rule).stream().map(span -> note.finding(rule, span)).toList();
    }
}
