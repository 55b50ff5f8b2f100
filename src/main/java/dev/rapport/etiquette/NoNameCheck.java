package dev.rapport.etiquette;

import java.util.ArrayList;
import java.util.List;

/**
 * "Dear Sir", "Hi there" by the rule's phrases; a greeting word alone ("Hello! I am a final year student …"); and a
 * greeting whose "name" is a profile page's section heading ("Hi Skills,"), a word no person is called: each greets no one.
 */
final class NoNameCheck implements NoteCheck {
    private static final NoteCheck PHRASES = new PhraseCheck();

    @Override
    public List<Finding> check(Rule rule, NoteReading note) {
        List<Finding> out = new ArrayList<>(PHRASES.check(rule, note));
        Span heading = note.greeting().noName();
        if (out.isEmpty() && heading != null) {
            out.add(note.finding(rule, heading));
        }
        return out;
    }
}
